import { defineEntity } from "@/lib/server/transitions/define-entity";

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
  }),
});
