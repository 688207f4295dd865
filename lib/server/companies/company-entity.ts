import { LoanProjectOutstandingStatuses } from "@/lib/domain/machines/loan-project";
import { getClock } from "@/lib/server/clock";
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
    // Company status requests (issue 12 item 4), on the clock's business date: checked at filing and at approval.
    ...(eventType === "CLEAR_WATCH" ? await clearWatchFacts(tx, row, getClock()) : {}),
    ...(eventType === "UPGRADE" ? await upgradeFacts(tx, row, getClock()) : {}),
    ...(eventType === "LIFT_BLACKLIST" ? await liftBlacklistFacts(tx, row, getClock()) : {}),
  }),
  refusal: companyGuardRefusal,
});
