import { businessDateOf } from "@/lib/domain/dates";
import { getClock } from "@/lib/server/clock";
import { everyProjectHasOverdue } from "@/lib/server/overdue/overdue-facts";
import { projectStanding } from "@/lib/server/overdue/standing";
import { defineEntity } from "@/lib/server/transitions/define-entity";

// The events whose guards read what the project owes (docs/domain/repayment.md).
const STANDING_EVENTS = new Set(["MARK_OVERDUE", "CURE", "DECLARE_BAD_DEBT", "SETTLE"]);

/** Loan project (借款项目) transitions: the guard facts its machine reads from the database. */
export const loanProjectEntity = defineEntity("LOAN_PROJECT", {
  table: "LoanProject",
  rows: (tx) => tx.loanProject,
  facts: async (tx, project, eventType, actor) => ({
    actorId: actor?.id,
    passedById: project.passedById,
    fundedFen: project.fundedFen,
    amountFen: project.amountFen,
    fundraisingDeadline: project.fundraisingDeadline,
    // SUBMIT: only NORMAL and GOOD companies may borrow.
    ...(eventType === "SUBMIT"
      ? {
          companyStatus: (await tx.company.findUniqueOrThrow({ where: { id: project.companyId }, select: { status: true } })).status,
        }
      : {}),
    // APPROVE_DISBURSEMENT: no investment is still waiting for its review.
    ...(eventType === "APPROVE_DISBURSEMENT"
      ? {
          allInvestmentsConfirmed: (await tx.investment.count({ where: { projectId: project.id, status: "PENDING" } })) === 0,
        }
      : {}),
    // On the business date of the clock: a bad-debt declaration approved a day later counts that day too.
    ...(STANDING_EVENTS.has(eventType) ? await projectStanding(tx, project.id, businessDateOf(getClock().now(), getClock().zone)) : {}),
  }),
  // The daily overdue job marks its projects in bulk; no other project event moves in bulk.
  bulk: {
    statusType: "LoanStatus",
    groupFacts: async (tx, ids, eventType) => {
      if (eventType !== "MARK_OVERDUE") throw new Error(`LOAN_PROJECT ${eventType} does not move in bulk`);
      return { hasOverdueInstalments: await everyProjectHasOverdue(tx, ids) };
    },
  },
});
