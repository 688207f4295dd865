/** Basis points in one whole: 10 000 bp = 100 %. */
const BP_PER_WHOLE = 10_000n;

/** Highest service fee a setting may hold: 20.00 % of the loan (anything above is a typing slip). */
export const MAX_SERVICE_FEE_BP = 2_000;

/**
 * The platform's service fee (服务费) kept from a loan payout, in fen: `amountFen × feeBp / 10 000`, rounded half
 * up to the fen (0.5 fen goes to the platform), the rule DESIGN §6 uses for platform fees. With `feeBp` at most
 * MAX_SERVICE_FEE_BP the fee is always below the loan, so the transferred amount stays positive.
 * Throws RangeError on a negative amount or a fee outside 0…MAX_SERVICE_FEE_BP (programming errors).
 */
export function serviceFeeFen(amountFen: bigint, feeBp: number): bigint {
  if (amountFen < 0n) throw new RangeError("amountFen must not be negative");
  if (!Number.isSafeInteger(feeBp) || feeBp < 0 || feeBp > MAX_SERVICE_FEE_BP) {
    throw new RangeError(`feeBp must be an integer from 0 to ${MAX_SERVICE_FEE_BP}`);
  }
  return (amountFen * BigInt(feeBp) * 2n + BP_PER_WHOLE) / (BP_PER_WHOLE * 2n);
}

/** What a payout moves: the fee kept and the net amount transferred to the company's card, in fen. */
export function payoutAmounts(loanFen: bigint, feeBp: number): { feeFen: bigint; netFen: bigint } {
  const feeFen = serviceFeeFen(loanFen, feeBp);
  return { feeFen, netFen: loanFen - feeFen };
}
