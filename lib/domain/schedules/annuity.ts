import { divRoundHalfUp } from "../money/rounding";
import { BP_MONTHS_PER_UNIT } from "./monthly-interest";

/**
 * The level monthly payment of an annuity (等额本息), rounded half up to the fen, computed exactly.
 *
 * With r = bp / 120000 the textbook formula is PMT = P·r·(1+r)^n / ((1+r)^n − 1). Writing
 * 1 + r = A / B with A = 120000 + bp and B = 120000, it becomes the single fraction
 * PMT = P·bp·A^n / (B·(A^n − B^n)) of integers, so the only rounding is the final one.
 */
export function annuityPaymentFen(principalFen: bigint, annualRateBp: number, termMonths: number): bigint {
  const n = BigInt(termMonths);
  if (annualRateBp === 0) return divRoundHalfUp(principalFen, n);
  const bp = BigInt(annualRateBp);
  const b = BP_MONTHS_PER_UNIT;
  const aN = (b + bp) ** n;
  const bN = b ** n;
  return divRoundHalfUp(principalFen * bp * aN, b * (aN - bN));
}
