import { LoanProjectOutstandingStatuses } from "@/lib/domain/machines/loan-project";
import { everyCompanyHasOverdue } from "@/lib/server/overdue/overdue-facts";
import { defineEntity } from "@/lib/server/transitions/define-entity";
import { hasVerifiableDocuments } from "./submit-verification";

/** Company (企业) transitions: the guard facts its machine reads from the database. */
export const companyEntity = defineEntity("COMPANY", {
  table: "Company",
  rows: (tx) => tx.company,
  facts: async (tx, row, eventType) => ({
    // ACTIVATE: the company submitted its profile with every required document (staff vouch for the rest).
    ...(eventType === "ACTIVATE" ? { documentsVerified: await hasVerifiableDocuments(tx, row) } : {}),
    ...(eventType === "DEACTIVATE"
      ? {
          hasOutstandingLoan:
            (await tx.loanProject.count({
              where: { companyId: row.id, status: { in: [...LoanProjectOutstandingStatuses] } },
            })) > 0,
        }
      : {}),
    ...(eventType === "BLACKLIST"
      ? { hasBadDebtProject: (await tx.loanProject.count({ where: { companyId: row.id, status: "BAD_DEBT" } })) > 0 }
      : {}),
    // FLAG_OVERDUE (the daily overdue job): some project of the company has an overdue instalment.
    ...(eventType === "FLAG_OVERDUE" ? { hasOverdueInstalments: await everyCompanyHasOverdue(tx, [row.id]) } : {}),
  }),
  // The daily overdue job flags its companies in bulk; no other company event moves in bulk.
  bulk: {
    statusType: "CompanyStatus",
    groupFacts: async (tx, ids, eventType) => {
      if (eventType !== "FLAG_OVERDUE") throw new Error(`COMPANY ${eventType} does not move in bulk`);
      return { hasOverdueInstalments: await everyCompanyHasOverdue(tx, ids) };
    },
  },
});
