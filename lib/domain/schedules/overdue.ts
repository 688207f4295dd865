import { type BusinessDate, daysBetween } from "../dates/business-calendar";
import { divRoundHalfUp } from "../money/rounding";

/**
 * Days an instalment counts as overdue on `asOf`. Within the grace days it is not overdue (0); past
 * them, lateness counts from the due date itself, so the grace days are forgiven only to those who pay
 * within them. `graceDays` is the platform setting. Both are business dates: `asOf` is today's business
 * date (businessDateOf(now, zone)), so a day overdue starts at midnight in the business zone.
 */
export function overdueDays(input: { dueDate: BusinessDate; asOf: BusinessDate; graceDays: number }): number {
  const { dueDate, asOf, graceDays } = input;
  if (!Number.isSafeInteger(graceDays) || graceDays < 0) throw new RangeError("graceDays must be a non-negative integer");
  const late = daysBetween(dueDate, asOf);
  return late > graceDays ? late : 0;
}

/**
 * Penalty interest (罚息): simple daily interest on the overdue amount, rounded half up to the fen.
 * `dailyRateBp` is basis points per day: 5 = 0.05% a day.
 */
export function penaltyInterestFen(input: { overdueFen: bigint; dailyRateBp: number; daysOverdue: number }): bigint {
  const { overdueFen, dailyRateBp, daysOverdue } = input;
  if (overdueFen < 0n) throw new RangeError("overdueFen must not be negative");
  if (!Number.isSafeInteger(dailyRateBp) || dailyRateBp < 0) throw new RangeError("dailyRateBp must be a non-negative integer");
  if (!Number.isSafeInteger(daysOverdue) || daysOverdue < 0) throw new RangeError("daysOverdue must be a non-negative integer");
  return divRoundHalfUp(overdueFen * BigInt(dailyRateBp) * BigInt(daysOverdue), 10_000n);
}

/** Aging buckets for the overdue reports; the names are i18n keys. */
export type OverdueAgingBucket = "CURRENT" | "DAYS_1_30" | "DAYS_31_60" | "DAYS_61_90" | "DAYS_OVER_90";

export function overdueAgingBucket(daysOverdue: number): OverdueAgingBucket {
  if (daysOverdue <= 0) return "CURRENT";
  if (daysOverdue <= 30) return "DAYS_1_30";
  if (daysOverdue <= 60) return "DAYS_31_60";
  if (daysOverdue <= 90) return "DAYS_61_90";
  return "DAYS_OVER_90";
}
