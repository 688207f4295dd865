import { type BusinessDate, type CalendarMonth, compareBusinessDates, daysBetween, firstDayOf, lastDayOf } from "@/lib/domain/dates";
import type { DbOrTx } from "@/lib/server/db/types";
import { getRepaymentSettings } from "@/lib/server/settings/repayment-settings";
import { addAmounts, amountsOf, expectedFeeFen, NO_AMOUNTS, type RepaymentAmounts } from "./amounts";
import { claimRemaining, investorClaimRows } from "./investor-claim-rows";

/** One line of the calendar: what one investment received, or has still to receive, on one instalment. */
export interface CalendarItem {
  kind: "received" | "upcoming";
  date: BusinessDate;
  projectId: string;
  projectTitle: string;
  investmentId: string;
  instalmentNumber: number;
  amounts: RepaymentAmounts;
  /** Upcoming items of an overdue instalment: days since its due date on `today`; otherwise 0. */
  overdueDays: number;
}

export interface CalendarDay {
  date: BusinessDate;
  received: RepaymentAmounts;
  upcoming: RepaymentAmounts;
  items: CalendarItem[];
}

/** The investor's repayment calendar (回款日历) for one month. */
export interface RepaymentCalendar {
  month: CalendarMonth;
  /** Only the days with something received or due, in order. */
  days: CalendarDay[];
  /** The month's totals. */
  received: RepaymentAmounts;
  upcoming: RepaymentAmounts;
}

/**
 * One month of an investor's repayments (business dates, Asia/Shanghai): received — the claims' received
 * columns on the date of the instalment's latest repayment (net of the fee withheld, penalty included); upcoming
 * — what each claim still lacks (principal, interest not waived) on its due date, with the fee expected at
 * `managementFeeBp` (the repayment setting's when not given). An instalment overdue past its due date stays upcoming on that date, with its days overdue
 * on `today`. Penalty still to come is not shown: it is split among the claims only when paid.
 */
export async function getRepaymentCalendar(
  db: DbOrTx,
  investorId: string,
  month: CalendarMonth,
  { today, managementFeeBp: feeBp }: { today: BusinessDate; managementFeeBp?: number },
): Promise<RepaymentCalendar> {
  const from = firstDayOf(month);
  const to = lastDayOf(month);
  const within = (date: BusinessDate) => compareBusinessDates(date, from) >= 0 && compareBusinessDates(date, to) <= 0;
  const [rows, managementFeeBp] = await Promise.all([
    investorClaimRows(db, investorId, { from, to }),
    feeBp ?? getRepaymentSettings(db).then((settings) => settings.managementFeeBp),
  ]);

  const items: CalendarItem[] = [];
  for (const row of rows) {
    const base = {
      projectId: row.projectId,
      projectTitle: row.projectTitle,
      investmentId: row.investmentId,
      instalmentNumber: row.instalmentNumber,
    };
    const receivedAny = row.receivedPrincipalFen + row.receivedInterestFen + row.receivedPenaltyFen > 0n;
    if (row.receivedOn && within(row.receivedOn) && receivedAny) {
      items.push({
        ...base,
        kind: "received",
        date: row.receivedOn,
        overdueDays: 0,
        amounts: amountsOf({
          principalFen: row.receivedPrincipalFen,
          interestFen: row.receivedInterestFen,
          penaltyFen: row.receivedPenaltyFen,
          feeFen: row.feeFen,
        }),
      });
    }
    const remaining = claimRemaining(row);
    if (within(row.dueDate) && remaining.principalFen + remaining.interestFen > 0n) {
      items.push({
        ...base,
        kind: "upcoming",
        date: row.dueDate,
        overdueDays: row.overdue ? Math.max(0, daysBetween(row.dueDate, today)) : 0,
        amounts: amountsOf({ ...remaining, feeFen: expectedFeeFen(remaining.interestFen, managementFeeBp) }),
      });
    }
  }
  items.sort((a, b) => compareBusinessDates(a.date, b.date));

  const days: CalendarDay[] = [];
  let received = NO_AMOUNTS;
  let upcoming = NO_AMOUNTS;
  for (const item of items) {
    let day = days.at(-1);
    if (!day || day.date !== item.date) {
      day = { date: item.date, received: NO_AMOUNTS, upcoming: NO_AMOUNTS, items: [] };
      days.push(day);
    }
    day.items.push(item);
    day[item.kind] = addAmounts(day[item.kind], item.amounts);
    if (item.kind === "received") received = addAmounts(received, item.amounts);
    else upcoming = addAmounts(upcoming, item.amounts);
  }
  return { month, days, received, upcoming };
}
