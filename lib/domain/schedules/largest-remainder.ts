/**
 * Splits `totalFen` in proportion to `weights` (Hamilton / largest-remainder method): everyone gets the
 * whole-fen part of their exact share, then the fen left over go one each to the largest fractional
 * remainders. Parts sum exactly to the total and each is within one fen of its exact share.
 * Ties go to the lower index, so callers get the same answer every time for the same order of inputs.
 * A zero weight always gets zero.
 */
export function splitByLargestRemainder(totalFen: bigint, weights: readonly bigint[]): bigint[] {
  if (totalFen < 0n) throw new RangeError("totalFen must not be negative");
  if (weights.some((w) => w < 0n)) throw new RangeError("weights must not be negative");
  const weightSum = weights.reduce((sum, w) => sum + w, 0n);
  if (totalFen === 0n) return weights.map(() => 0n);
  if (weightSum === 0n) throw new RangeError("weights must not all be zero");

  const parts = weights.map((w) => (totalFen * w) / weightSum);
  // Remainders are numerators over weightSum, so comparing them as integers compares the fractions.
  const remainders = weights.map((w) => (totalFen * w) % weightSum);
  const leftOver = Number(totalFen - parts.reduce((sum, p) => sum + p, 0n)); // < weights.length
  const byLargestRemainder = weights
    .map((_, index) => index)
    .sort((a, b) => (remainders[a] === remainders[b] ? a - b : remainders[a] > remainders[b] ? -1 : 1));
  for (const index of byLargestRemainder.slice(0, leftOver)) parts[index] += 1n;
  return parts;
}
