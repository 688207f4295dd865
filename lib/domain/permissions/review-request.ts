import type { Condition, EntityRules } from "./entity-rules";

type Row = { status: string; makerId?: string };

const notTheMaker: Condition<Row> = {
  label: "not the request's maker",
  holds: (row, actor) => typeof row.makerId === "string" && row.makerId !== actor.id,
  code: "SELF_APPROVAL",
};

/** Review request (审批单): a supervisor other than its maker decides it (maker ≠ checker); only its maker cancels it. */
export const reviewRequestRules: EntityRules<Row> = {
  events: {
    APPROVE: { conditions: [notTheMaker] },
    REJECT: { conditions: [notTheMaker] },
    CANCEL: {
      conditions: [{ label: "its maker", holds: (row, actor) => row.makerId === actor.id, code: "FORBIDDEN" }],
    },
  },
};
