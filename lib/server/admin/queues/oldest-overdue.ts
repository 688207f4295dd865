import { addDays, type BusinessDate, businessDate, startOfBusinessDay } from "@/lib/domain/dates";
import { BAD_DEBT_MIN_DAYS_OVERDUE } from "@/lib/domain/machines/loan-project";
import { type Clock, today } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";

/**
 * Since when the longest-waiting item of the overdue queue's count (countAwaitingBadDebtDeclaration: OVERDUE
 * projects BAD_DEBT_MIN_DAYS_OVERDUE days overdue, no pending DECLARE_BAD_DEBT) has waited: the start of the
 * business day its oldest overdue instalment reached that many days, or null when none waits. Same where as
 * the count, one statement.
 */
export async function oldestAwaitingBadDebtDeclaration(db: DbOrTx, clock: Clock): Promise<Date | null> {
  const asOf = today(clock);
  const dueOnOrBefore = addDays(asOf, -BAD_DEBT_MIN_DAYS_OVERDUE);
  const [row] = await db.$queryRaw<{ due: string | null }[]>`
    SELECT to_char(min(i."dueDate"), 'YYYY-MM-DD') AS "due"
      FROM "LoanProject" p
      JOIN "RepaymentInstalment" i ON i."projectId" = p."id" AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL
     WHERE p."status" = 'OVERDUE' AND i."dueDate" <= ${dueOnOrBefore}::date
       AND NOT EXISTS (SELECT 1 FROM "ReviewRequest" r
                        WHERE r."targetType" = 'LOAN_PROJECT' AND r."targetId" = p."id"
                          AND r."action" = 'DECLARE_BAD_DEBT' AND r."status" = 'PENDING')`;
  if (!row?.due) return null;
  const reached: BusinessDate = addDays(businessDate(row.due), BAD_DEBT_MIN_DAYS_OVERDUE);
  return startOfBusinessDay(reached, clock.zone);
}
