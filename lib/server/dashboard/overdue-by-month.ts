import type { CalendarMonth } from "@/lib/domain/dates";
import type { Clock } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { ratioBp } from "@/lib/server/stats/repayment-stats";
import { lastBusinessMonths } from "./months";

/** The overdue rate at the end of one business month (today for the current one). */
export interface OverdueMonth {
  month: CalendarMonth;
  /** Principal and interest (less interest waived) still unpaid at the month's end on instalments overdue by then, fen. */
  overdueFen: bigint;
  /** Principal of the disbursed loans' instalments not yet repaid at the month's end, fen. */
  outstandingFen: bigint;
  /** overdueFen ÷ outstandingFen in basis points, rounded half up (0 when nothing is outstanding). */
  rateBp: number;
}

/**
 * The overdue rate at each of the last DASHBOARD_MONTHS business months' ends, oldest first. Rebuilt from what the
 * rows keep: an instalment exists from its loan's payout (createdAt), counts as overdue from overdueSince (kept
 * once paid) and is paid down by its allocations on their repayments' repaidOn. Penalty is left out — its accrual
 * is not dated — so this is the rate of principal and interest; today's rate with penalty is overdueOverview's.
 * Interest waived is taken as of now (early repayment waives it on loans that were not overdue). Every sum is a
 * difference of running totals by month, each term never negative (payments never exceed what is owed), so one
 * grouped pass over instalments and one over allocations, whatever the book's size.
 */
export async function overdueByMonth(db: DbOrTx, clock: Clock): Promise<OverdueMonth[]> {
  const months = lastBusinessMonths(clock);
  const rows = await db.$queryRaw<{ month: string; overdue: bigint | null; outstanding: bigint | null }[]>`
    WITH ends AS (SELECT unnest(${months}::text[]) AS "month"),
         inst AS (
           SELECT to_char((i."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${clock.zone}, 'YYYY-MM') AS "createdIn",
                  to_char(i."overdueSince", 'YYYY-MM') AS "overdueIn",
                  sum(i."principalFen") AS "principal",
                  sum(i."principalFen" + i."interestFen" - i."interestWaivedFen") AS "owed"
             FROM "RepaymentInstalment" i
            GROUP BY 1, 2),
         paid AS (
           SELECT to_char(r."repaidOn", 'YYYY-MM') AS "paidIn", to_char(i."overdueSince", 'YYYY-MM') AS "overdueIn",
                  sum(a."principalFen") AS "principal", sum(a."principalFen" + a."interestFen") AS "principalInterest"
             FROM "RepaymentAllocation" a
             JOIN "Repayment" r ON r."id" = a."repaymentId"
             JOIN "RepaymentInstalment" i ON i."id" = a."instalmentId"
            GROUP BY 1, 2)
    SELECT e."month",
           (COALESCE((SELECT sum("owed") FROM inst WHERE "overdueIn" <= e."month"), 0)
            - COALESCE((SELECT sum("principalInterest") FROM paid WHERE "overdueIn" <= e."month" AND "paidIn" <= e."month"), 0))::bigint AS "overdue",
           (COALESCE((SELECT sum("principal") FROM inst WHERE "createdIn" <= e."month"), 0)
            - COALESCE((SELECT sum("principal") FROM paid WHERE "paidIn" <= e."month"), 0))::bigint AS "outstanding"
      FROM ends e`;
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return months.map((month) => {
    const row = byMonth.get(month);
    const overdueFen = BigInt(row?.overdue ?? 0n);
    const outstandingFen = BigInt(row?.outstanding ?? 0n);
    return { month, overdueFen, outstandingFen, rateBp: ratioBp(overdueFen, outstandingFen) };
  });
}
