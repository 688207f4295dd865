import type { EntityRules } from "./entity-rules";

type Row = { status: string; passedById?: string | null };

/** Only a supervisor decides a loan project in final review (复审): once passed, it is the checker's to decide. */
const finalReviewIsTheSupervisors = { PENDING_FINAL_REVIEW: ["SUPERVISOR"] } as const;

/**
 * Loan project (借款项目) rules beyond the event metadata: review stages have owners (DESIGN §3, 初审 by
 * customer service, 复审 by a supervisor) and the publisher is not the person who passed the preliminary
 * review (four eyes; the machine guard `publisherDidNotPassIt` and a database CHECK say it too).
 */
export const loanProjectRules: EntityRules<Row> = {
  events: {
    RETURN_FOR_REVISION: { rolesAt: finalReviewIsTheSupervisors },
    REJECT: { rolesAt: finalReviewIsTheSupervisors },
    PUBLISH: {
      conditions: [
        {
          label: "not the staff member who passed the preliminary review",
          holds: (row, actor) => typeof row.passedById === "string" && row.passedById !== actor.id,
          code: "GUARD_FAILED",
        },
      ],
    },
  },
};
