import { splitByLargestRemainder } from "./largest-remainder";

/**
 * Splits each amount of a sequence (e.g. every instalment's principal) among parties by weight, keeping
 * each party's running total close to its exact share of the running total.
 *
 * Splitting every amount on its own leaves the rounding error to pile up (the same party would win the
 * extra fen every month), and splitting the running totals by largest remainder can take a fen *back*
 * from someone (the Alabama paradox), i.e. produce a negative part. So each step splits only its own
 * amount, weighted by how far each party is behind its exact running share:
 *
 *   behind_i = C_k·w_i − c_i·W   (in units of 1/W fen; C_k running total, c_i party's running total)
 *
 * and parties ahead of their share (behind_i < 0) get nothing this step. Guarantees, for every step k:
 * - parts are ≥ 0 and sum exactly to the step's amount;
 * - c_i never exceeds ⌈C_k·w_i / W⌉ (a party is never paid ahead of its share by a whole fen);
 * hence, when the amounts add up to exactly the sum of the weights (principal split by investment
 * amounts), every party ends with exactly its weight.
 * The split is causal: step k depends only on steps 1..k, so rewriting later steps (an early repayment)
 * leaves the parts already paid unchanged.
 */
export function splitCumulatively(amounts: readonly bigint[], weights: readonly bigint[]): bigint[][] {
  if (weights.length === 0) throw new RangeError("weights must not be empty");
  if (weights.some((w) => w < 0n)) throw new RangeError("weights must not be negative");
  const weightSum = weights.reduce((sum, w) => sum + w, 0n);
  if (weightSum === 0n) throw new RangeError("weights must not all be zero");

  const running = weights.map(() => 0n);
  let runningTotal = 0n;
  return amounts.map((amount) => {
    if (amount < 0n) throw new RangeError("amounts must not be negative");
    runningTotal += amount;
    const behind = weights.map((w, i) => {
      const gap = runningTotal * w - running[i] * weightSum;
      return gap > 0n ? gap : 0n;
    });
    // The gaps add up to at least amount·W > 0 whenever amount > 0, so the split is always defined.
    const parts = splitByLargestRemainder(amount, behind);
    parts.forEach((part, i) => {
      running[i] += part;
    });
    return parts;
  });
}
