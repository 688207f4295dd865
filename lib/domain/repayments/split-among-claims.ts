import { divRoundHalfUp } from "../money/rounding";
import { splitByLargestRemainder } from "../schedules/largest-remainder";
import type { OwedParts } from "./allocate";

/** One investor's claim on one instalment, as the split needs it (fen). */
export interface ClaimWeights {
  /** The claim's part of the instalment's principal (weights the penalty). */
  principalFen: bigint;
  /** The claim's part of the instalment's interest (weights the penalty of an instalment without principal, INTEREST_FIRST). */
  interestFen: bigint;
  /** principalFen − receivedPrincipalFen: what the claim still lacks of its principal. */
  principalLackFen: bigint;
  /** interestFen − receivedInterestFen − interestWaivedFen: what it still lacks of its interest. */
  interestLackFen: bigint;
}

/** What one claim receives of one instalment's payment (fen). The investor is credited principal + interest − fee + penalty. */
export interface ClaimShare extends OwedParts {
  /** The platform's interest management fee withheld from this claim's interest (≤ interestFen). */
  feeFen: bigint;
}

export interface InstalmentSplit {
  /** In the order of the claims given. */
  shares: ClaimShare[];
  /** The fee withheld on this instalment's interest part: the shares' feeFen sum to it. */
  feeFen: bigint;
}

/** The interest management fee on an interest amount: round half up of interest × feeBp / 10 000. */
export function managementFeeFen(interestFen: bigint, managementFeeBp: number): bigint {
  if (!Number.isSafeInteger(managementFeeBp) || managementFeeBp < 0 || managementFeeBp > 10_000) {
    throw new RangeError("managementFeeBp must be an integer from 0 to 10000");
  }
  return divRoundHalfUp(interestFen * BigInt(managementFeeBp), 10_000n);
}

/**
 * Splits what one instalment is paid (`paid`) among its claims (docs/domain/repayment.md "A repayment", step 3),
 * each component by largest remainder so the shares sum exactly to it:
 * - principal weighted by what each claim still lacks of its principal, interest likewise of its interest, so no
 *   claim is ever paid beyond what it lacks and the part that completes the instalment pays each claim exactly
 *   what it lacks;
 * - penalty weighted by the claims' principal (by their interest on an instalment that carries no principal);
 * - the fee (managementFeeFen of the interest part) weighted by each claim's share of the interest part, so no
 *   claim's fee exceeds its interest when managementFeeBp ≤ 10 000.
 *
 * @throws RangeError when a part exceeds what the claims lack (principal, interest), or a penalty is paid on
 *   claims that carry nothing.
 */
export function splitInstalmentPayment(paid: OwedParts, claims: readonly ClaimWeights[], managementFeeBp: number): InstalmentSplit {
  const principal = splitCapped(
    paid.principalFen,
    claims.map((c) => c.principalLackFen),
    "principal",
  );
  const interest = splitCapped(
    paid.interestFen,
    claims.map((c) => c.interestLackFen),
    "interest",
  );
  const penalty = splitByLargestRemainder(paid.penaltyFen, penaltyWeights(claims));
  const feeFen = managementFeeFen(paid.interestFen, managementFeeBp);
  const fees = splitByLargestRemainder(feeFen, interest);
  return {
    feeFen,
    shares: claims.map((_, i) => ({
      principalFen: principal[i] as bigint,
      interestFen: interest[i] as bigint,
      penaltyFen: penalty[i] as bigint,
      feeFen: fees[i] as bigint,
    })),
  };
}

function splitCapped(total: bigint, lacks: bigint[], what: string): bigint[] {
  const lacking = lacks.reduce((sum, lack) => {
    if (lack < 0n) throw new RangeError(`a claim lacks a negative ${what}`);
    return sum + lack;
  }, 0n);
  if (total > lacking) throw new RangeError(`${what} paid (${total}) exceeds what the claims lack (${lacking})`);
  return splitByLargestRemainder(total, lacks);
}

function penaltyWeights(claims: readonly ClaimWeights[]): bigint[] {
  const byPrincipal = claims.map((c) => c.principalFen);
  return byPrincipal.some((w) => w > 0n) ? byPrincipal : claims.map((c) => c.interestFen);
}
