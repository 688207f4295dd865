import type { EntityRules } from "./entity-rules";

type Row = { status: string; decidedById?: string | null };

/**
 * Outflow (提现, 放款) rules beyond the event metadata: no money leaves without two people (DESIGN §2, 划账),
 * so whoever records the transfer is not the supervisor who approved it (a supervisor later made customer
 * service keeps their approvals). The database says it too (Outflow_four_eyes_check).
 */
export const outflowRules: EntityRules<Row> = {
  events: {
    MARK_TRANSFERRED: {
      conditions: [
        {
          label: "not the supervisor who approved it",
          holds: (row, actor) => typeof row.decidedById === "string" && row.decidedById !== actor.id,
          code: "SELF_TRANSFER",
        },
      ],
    },
  },
};
