import { type BusinessDate, daysBetween } from "../dates/business-calendar";
import { divRoundHalfUp } from "../money/rounding";
import { buildSchedule } from "./build-schedule";
import { BP_MONTHS_PER_UNIT } from "./monthly-interest";
import type { LoanTerms } from "./terms";

export type EarlyRepaymentQuote =
  | {
      ok: true;
      /** All principal still owed. */
      principalFen: bigint;
      /** Interest accrued in the current period up to the repayment date. */
      interestFen: bigint;
      totalFen: bigint;
      accruedDays: number;
      periodDays: number;
    }
  | { ok: false; code: "NOTHING_OUTSTANDING" | "INSTALMENT_DUE" };

/**
 * What a company pays to repay the whole remaining principal early (提前还款): the principal still owed
 * plus the current period's interest pro rata to the actual days elapsed in that period:
 *
 *   interest = owed × annual rate × periodMonths / 12 × elapsedDays / periodDays   (rounded half up)
 *
 * The period is the one after the last paid instalment (from the start date or that instalment's due
 * date to the next due date; for BULLET the whole term). Counting actual days of the actual period means
 * repaying on the due date costs exactly the scheduled interest, and one day after the previous due
 * date costs one day's worth, with no 30/360 jumps around month ends. No early-repayment fee.
 *
 * Past the next due date that instalment is due, not early: the quote is refused (INSTALMENT_DUE) and the
 * service collects it (with any penalty) first.
 */
export function earlyRepaymentQuote(
  terms: LoanTerms,
  input: { paidInstalments: number; repaymentDate: BusinessDate },
): EarlyRepaymentQuote {
  const schedule = buildSchedule(terms);
  const { paidInstalments, repaymentDate } = input;
  if (!Number.isSafeInteger(paidInstalments) || paidInstalments < 0 || paidInstalments > schedule.length) {
    throw new RangeError(`paidInstalments must be an integer from 0 to ${schedule.length}`);
  }
  if (paidInstalments === schedule.length) return { ok: false, code: "NOTHING_OUTSTANDING" };

  const previous = paidInstalments === 0 ? undefined : schedule[paidInstalments - 1];
  const next = schedule[paidInstalments];
  const periodStart = previous ? previous.dueDate : terms.startDate;
  const periodDays = daysBetween(periodStart, next.dueDate);
  const elapsed = daysBetween(periodStart, repaymentDate);
  if (elapsed > periodDays) return { ok: false, code: "INSTALMENT_DUE" };
  const accruedDays = Math.max(0, elapsed);

  const principalFen = previous ? previous.remainingPrincipalFen : terms.principalFen;
  const periodMonths = terms.method === "BULLET" ? terms.termMonths : 1;
  const interestFen = divRoundHalfUp(
    principalFen * BigInt(terms.annualRateBp) * BigInt(periodMonths) * BigInt(accruedDays),
    BP_MONTHS_PER_UNIT * BigInt(periodDays),
  );
  return { ok: true, principalFen, interestFen, totalFen: principalFen + interestFen, accruedDays, periodDays };
}
