import type { BusinessDate } from "@/lib/domain/dates";
import { buildSchedule, type RepaymentMethod, splitInstalmentAmongInvestors } from "@/lib/domain/schedules";

/** The loan-project terms the expected interest needs (a Prisma LoanProject fits). */
export interface InterestTerms {
  amountFen: bigint;
  annualRateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
}

/** One live investment of the project, in the order claims are split (createdAt, then id). */
export interface LiveInvestment {
  id: string;
  amountFen: bigint;
}

/** The placeholder weight for the part of the amount no one has invested yet; never a real cuid. */
const UNFUNDED = "\u0000unfunded";

/**
 * The interest still to come to each of `mine`, in fen, by the rule of docs/wallet.md#expected-interest:
 * the project's schedule (lib/domain/schedules buildSchedule, from its own terms) is split among its live
 * investments pro rata (splitInstalmentAmongInvestors, the same split the claims are stored with), the part
 * of the amount not yet invested counted as one more investment so an open project splits as if it filled.
 * Instalments numbered up to `paidThroughInstalment` are already paid and left out.
 *
 * `live` is every live investment of the project (PENDING, CONFIRMED, HOLDING), in the claims' order;
 * their sum must not exceed the amount. `startDate` only dates the instalments: it changes no amount.
 * Returns a map investment id → interest fen for the ids of `mine` that are in `live`.
 */
export function expectedInterestByInvestment(
  terms: InterestTerms,
  live: readonly LiveInvestment[],
  mine: readonly string[],
  { startDate, paidThroughInstalment = 0 }: { startDate: BusinessDate; paidThroughInstalment?: number },
): Map<string, bigint> {
  const result = new Map<string, bigint>();
  if (live.length === 0 || mine.length === 0) return result;
  const funded = live.reduce((sum, inv) => sum + inv.amountFen, 0n);
  if (funded > terms.amountFen) throw new RangeError(`live investments (${funded} fen) exceed the amount (${terms.amountFen} fen)`);
  const weights = funded < terms.amountFen ? [...live, { id: UNFUNDED, amountFen: terms.amountFen - funded }] : [...live];
  const schedule = buildSchedule({
    principalFen: terms.amountFen,
    annualRateBp: terms.annualRateBp,
    termMonths: terms.termMonths,
    method: terms.repaymentMethod,
    startDate,
  });
  const wanted = new Set(mine);
  for (const claim of splitInstalmentAmongInvestors(schedule, weights)) {
    if (!wanted.has(claim.investmentId)) continue;
    const interest = claim.instalments
      .filter((instalment) => instalment.number > paidThroughInstalment)
      .reduce((sum, instalment) => sum + instalment.interestFen, 0n);
    result.set(claim.investmentId, interest);
  }
  return result;
}
