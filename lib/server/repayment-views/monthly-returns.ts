import { type CalendarMonth, firstDayOf, lastDayOf, shiftCalendarMonth } from "@/lib/domain/dates";
import type { DbOrTx } from "@/lib/server/db/types";

/** What one month's repayments brought the investor in interest, fen. */
export interface MonthlyReturn {
  month: CalendarMonth;
  /** Gross interest received. */
  interestFen: bigint;
  /** Penalty interest (罚息) received. */
  penaltyFen: bigint;
  /** The interest management fee withheld. */
  feeFen: bigint;
  /** interest − fee + penalty: the returns that reached the wallet (principal back is not a return). */
  netFen: bigint;
}

interface Row {
  month: string;
  interestFen: bigint;
  penaltyFen: bigint;
  feeFen: bigint;
}

/**
 * The investor's returns (收益) per month for the `months` months up to and including `until`, oldest first,
 * every month present (zeros where nothing came). Dated like the calendar: a claim's received columns on the
 * business date of its instalment's latest repayment. One aggregate statement.
 */
export async function getMonthlyReturns(
  db: DbOrTx,
  investorId: string,
  { until, months = 12 }: { until: CalendarMonth; months?: number },
): Promise<MonthlyReturn[]> {
  const first = shiftCalendarMonth(until, -(months - 1));
  const rows = await db.$queryRaw<Row[]>`
    SELECT to_char(last."receivedOn", 'YYYY-MM') AS "month",
           sum(c."receivedInterestFen")::bigint AS "interestFen", sum(c."receivedPenaltyFen")::bigint AS "penaltyFen",
           sum(c."feeFen")::bigint AS "feeFen"
      FROM "ClaimInstalment" c
      JOIN "Investment" v ON v."id" = c."investmentId"
      JOIN LATERAL (
        SELECT max(r."repaidOn") AS "receivedOn"
          FROM "RepaymentAllocation" a JOIN "Repayment" r ON r."id" = a."repaymentId"
         WHERE a."instalmentId" = c."instalmentId"
      ) last ON true
     WHERE v."investorId" = ${investorId}
       AND last."receivedOn" BETWEEN ${firstDayOf(first)}::date AND ${lastDayOf(until)}::date
     GROUP BY 1`;
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return Array.from({ length: months }, (_, i) => {
    const month = shiftCalendarMonth(first, i);
    const row = byMonth.get(month);
    const interestFen = row?.interestFen ?? 0n;
    const penaltyFen = row?.penaltyFen ?? 0n;
    const feeFen = row?.feeFen ?? 0n;
    return { month, interestFen, penaltyFen, feeFen, netFen: interestFen - feeFen + penaltyFen };
  });
}
