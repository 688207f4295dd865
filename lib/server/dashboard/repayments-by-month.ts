import { type CalendarMonth, firstDayOf, lastDayOf } from "@/lib/domain/dates";
import type { Clock } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { lastBusinessMonths } from "./months";

/** What borrowers owed and paid in one business month, fen. */
export interface RepaymentMonth {
  month: CalendarMonth;
  /** Principal and interest of the instalments due in the month (due date), less interest waived by early repayment. */
  dueFen: bigint;
  /** What repayments paid in the month (repaidOn): principal, interest and penalty, whichever instalment it went to. */
  receivedFen: bigint;
}

/**
 * Repayments received vs due per business month for the last DASHBOARD_MONTHS months, oldest first, every month
 * present. Both sides are business dates already (RepaymentInstalment.dueDate, Repayment.repaidOn), so a month
 * is their calendar month. One statement, two grouped scans (indexes on (status, dueDate) and repaidOn).
 */
export async function repaymentsByMonth(db: DbOrTx, clock: Clock): Promise<RepaymentMonth[]> {
  const months = lastBusinessMonths(clock);
  const from = firstDayOf(months[0] as CalendarMonth);
  const to = lastDayOf(months.at(-1) as CalendarMonth);
  const rows = await db.$queryRaw<{ month: string; dueFen: bigint; receivedFen: bigint }[]>`
    SELECT "month", sum("due")::bigint AS "dueFen", sum("received")::bigint AS "receivedFen"
      FROM (SELECT to_char(i."dueDate", 'YYYY-MM') AS "month",
                   i."principalFen" + i."interestFen" - i."interestWaivedFen" AS "due", 0::bigint AS "received"
              FROM "RepaymentInstalment" i
             WHERE i."dueDate" BETWEEN ${from}::date AND ${to}::date
            UNION ALL
            SELECT to_char(r."repaidOn", 'YYYY-MM'), 0::bigint, r."amountFen"
              FROM "Repayment" r
             WHERE r."repaidOn" BETWEEN ${from}::date AND ${to}::date) AS flows
     GROUP BY 1`;
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return months.map((month) => {
    const row = byMonth.get(month);
    return { month, dueFen: BigInt(row?.dueFen ?? 0n), receivedFen: BigInt(row?.receivedFen ?? 0n) };
  });
}
