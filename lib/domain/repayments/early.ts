import { type BusinessDate, compareBusinessDates } from "../dates/business-calendar";
import { earlyRepaymentQuote } from "../schedules/early-repayment";
import type { LoanTerms } from "../schedules/terms";
import { type InstalmentAllocation, sumParts } from "./allocate";
import type { DatedOwedInstalment } from "./payable";

export interface EarlyOwedInstalment extends DatedOwedInstalment {
  /** 1-based, as scheduled. */
  number: number;
  /** Interest already paid on it (a prepayment of the current instalment), fen. */
  paidInterestFen: bigint;
}

export type EarlyRepaymentPlan =
  | {
      ok: true;
      /** All principal still owed. */
      principalFen: bigint;
      /** The current period's interest to `today` (less what was prepaid of it). */
      interestFen: bigint;
      /** Penalty still owed (none while nothing is past due; kept for completeness). */
      penaltyFen: bigint;
      totalFen: bigint;
      accruedDays: number;
      periodDays: number;
      /** What each unpaid instalment is paid. */
      allocations: InstalmentAllocation[];
      /** Interest no longer owed per instalment id: the rest of the current period's, all of every later one's. */
      waivedInterest: Map<string, bigint>;
    }
  | { ok: false; code: "NOTHING_OUTSTANDING" | "INSTALMENT_DUE" };

/**
 * Early repayment (提前还款) of everything on business date `today` (docs/domain/repayment.md): refused while an
 * unpaid instalment's due date has passed (INSTALMENT_DUE: pay it first, penalty included). Otherwise every
 * unpaid instalment's principal is paid in full, the current one (the first unpaid) pays the interest accrued
 * to today (earlyRepaymentQuote: actual days of the actual period) less what was already paid of its interest,
 * and the rest of its interest and all of every later one's is waived. `owed` are the unpaid instalments in
 * number order, with what each owes now.
 */
export function planEarlyRepayment(terms: LoanTerms, owed: readonly EarlyOwedInstalment[], today: BusinessDate): EarlyRepaymentPlan {
  const current = owed[0];
  if (!current) return { ok: false, code: "NOTHING_OUTSTANDING" };
  if (owed.some((i) => compareBusinessDates(i.dueDate, today) < 0)) return { ok: false, code: "INSTALMENT_DUE" };
  const quote = earlyRepaymentQuote(terms, { paidInstalments: current.number - 1, repaymentDate: today });
  if (!quote.ok) return quote;

  const accruedLeft = quote.interestFen - current.paidInterestFen;
  // biome-ignore lint/complexity/useMathMinMax: Math.min does not accept bigint
  const currentInterest = accruedLeft <= 0n ? 0n : accruedLeft < current.interestFen ? accruedLeft : current.interestFen;
  const allocations = owed.map((i) => ({
    instalmentId: i.id,
    principalFen: i.principalFen,
    interestFen: i === current ? currentInterest : 0n,
    penaltyFen: i.penaltyFen,
  }));
  const waivedInterest = new Map(
    owed.map((i, k) => [i.id, i.interestFen - (allocations[k] as InstalmentAllocation).interestFen] as const).filter(([, w]) => w > 0n),
  );
  const principalFen = allocations.reduce((s, a) => s + a.principalFen, 0n);
  const penaltyFen = allocations.reduce((s, a) => s + a.penaltyFen, 0n);
  return {
    ok: true,
    principalFen,
    interestFen: currentInterest,
    penaltyFen,
    totalFen: allocations.reduce((s, a) => s + sumParts(a), 0n),
    accruedDays: quote.accruedDays,
    periodDays: quote.periodDays,
    allocations: allocations.filter((a) => sumParts(a) > 0n),
    waivedInterest,
  };
}
