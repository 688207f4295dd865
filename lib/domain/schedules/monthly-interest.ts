import { divRoundHalfUp } from "../money/rounding";

/** Basis points per year → a monthly fraction: 1 bp/year = 1/10000 per year = 1/120000 per month. */
export const BP_MONTHS_PER_UNIT = 120_000n;

/** Interest on `principalFen` for `months` months at `annualRateBp`, simple, rounded half up to the fen. */
export function interestForMonthsFen(principalFen: bigint, annualRateBp: number, months: number): bigint {
  return divRoundHalfUp(principalFen * BigInt(annualRateBp) * BigInt(months), BP_MONTHS_PER_UNIT);
}
