import { LoanProjectOutstandingStatuses } from "@/lib/domain/machines/loan-project";
import { getClock } from "@/lib/server/clock";
import { everyCompanyHasOverdue } from "@/lib/server/overdue/overdue-facts";
import { defineEntity } from "@/lib/server/transitions/define-entity";
import { clearWatchFacts, liftBlacklistFacts, upgradeFacts } from "./company-status-facts";
import { companyGuardRefusal } from "./company-status-refusal";
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
    // Company status requests (issue 12 item 4), on the clock's business date: checked at filing and at approval.
    ...(eventType === "CLEAR_WATCH" ? await clearWatchFacts(tx, row, getClock()) : {}),
    ...(eventType === "UPGRADE" ? await upgradeFacts(tx, row, getClock()) : {}),
    ...(eventType === "LIFT_BLACKLIST" ? await liftBlacklistFacts(tx, row, getClock()) : {}),
  }),
  refusal: companyGuardRefusal,
  // The daily overdue job flags its companies in bulk; no other company event moves in bulk.
  bulk: {
    statusType: "CompanyStatus",
    groupFacts: async (tx, ids, eventType) => {
      if (eventType !== "FLAG_OVERDUE") throw new Error(`COMPANY ${eventType} does not move in bulk`);
      return { hasOverdueInstalments: await everyCompanyHasOverdue(tx, ids) };
    },
  },
});
