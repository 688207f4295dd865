import type { EntityRules } from "./entity-rules";

type Row = { status: string; profileCompletedAt?: Date | null };

/**
 * Company (企业) rules beyond the event metadata: customer service asks for an activation only once the
 * company has submitted its profile and documents (DESIGN §4, 企业认证).
 */
export const companyRules: EntityRules<Row> = {
  events: {
    ACTIVATE: {
      conditions: [
        { label: "the company submitted its profile", holds: (row) => row.profileCompletedAt instanceof Date, code: "GUARD_FAILED" },
      ],
    },
  },
};
