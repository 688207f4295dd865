import { type CalendarMonth, firstDayOf, shiftCalendarMonth, startOfBusinessDay } from "@/lib/domain/dates";
import type { Clock } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { lastBusinessMonths } from "./months";

/** Loans paid out in one business month. */
export interface FinancedMonth {
  month: CalendarMonth;
  /** Projects whose payout customer service confirmed in the month (CONFIRM_DISBURSED, disbursedAt). */
  loans: number;
  /** Sum of those projects' amounts (what the borrowers owe, before the service fee), fen. */
  amountFen: bigint;
}

/**
 * Volume financed per business month (issue 13 item 3): the loans paid out, by the business month (in the clock's
 * business zone, Asia/Shanghai) of their disbursedAt, for the last DASHBOARD_MONTHS months, oldest first, every
 * month present. One grouped statement over the months' instants (the zone's month boundaries).
 */
export async function financedByMonth(db: DbOrTx, clock: Clock): Promise<FinancedMonth[]> {
  const months = lastBusinessMonths(clock);
  const first = months[0] as CalendarMonth;
  const last = months.at(-1) as CalendarMonth;
  const from = startOfBusinessDay(firstDayOf(first), clock.zone);
  const until = startOfBusinessDay(firstDayOf(shiftCalendarMonth(last, 1)), clock.zone);
  const rows = await db.$queryRaw<{ month: string; loans: number; amountFen: bigint }[]>`
    SELECT to_char(("disbursedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${clock.zone}, 'YYYY-MM') AS "month",
           count(*)::int AS "loans", sum("amountFen")::bigint AS "amountFen"
      FROM "LoanProject"
     WHERE "disbursedAt" >= ${from} AND "disbursedAt" < ${until}
     GROUP BY 1`;
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return months.map((month) => {
    const row = byMonth.get(month);
    return { month, loans: row?.loans ?? 0, amountFen: BigInt(row?.amountFen ?? 0n) };
  });
}
