import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitCumulatively } from "./cumulative-split";
import { splitByLargestRemainder } from "./largest-remainder";

const sum = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe("splitCumulatively", () => {
  it("never takes a fen back where splitting running totals would (Alabama paradox)", () => {
    const weights = [1n, 3n, 3n];
    // Splitting running totals 3 then 4 by largest remainder gives [1,1,1] then [0,2,2]:
    // the first party would have to hand back a fen in the second step.
    expect(splitByLargestRemainder(3n, weights)).toEqual([1n, 1n, 1n]);
    expect(splitByLargestRemainder(4n, weights)).toEqual([0n, 2n, 2n]);
    expect(splitCumulatively([3n, 1n], weights)).toEqual([
      [1n, 1n, 1n],
      [0n, 1n, 0n],
    ]);
  });

  it("does not let the same party collect the rounding fen every time", () => {
    const parts = splitCumulatively([1n, 1n, 1n], [1n, 1n, 1n]);
    expect(parts).toEqual([
      [1n, 0n, 0n],
      [0n, 1n, 0n],
      [0n, 0n, 1n],
    ]);
  });

  it("refuses what cannot be split", () => {
    expect(() => splitCumulatively([1n], [])).toThrow(RangeError);
    expect(() => splitCumulatively([1n], [0n])).toThrow(RangeError);
    expect(() => splitCumulatively([1n], [-1n, 2n])).toThrow(RangeError);
    expect(() => splitCumulatively([-1n], [1n])).toThrow(RangeError);
  });

  const input = fc.record({
    amounts: fc.array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 50n }), fc.bigInt({ min: 0n, max: 10n ** 9n })), {
      maxLength: 40,
    }),
    weights: fc.array(fc.bigInt({ min: 0n, max: 10n ** 7n }), { minLength: 1, maxLength: 25 }),
  });

  it("sums each step exactly, never negative, never a whole fen ahead of a running share", () => {
    fc.assert(
      fc.property(input, ({ amounts, weights }) => {
        const weightSum = sum(weights);
        fc.pre(weightSum > 0n);
        const steps = splitCumulatively(amounts, weights);
        const running = weights.map(() => 0n);
        let total = 0n;
        steps.forEach((parts, k) => {
          expect(sum(parts)).toBe(amounts[k]);
          total += amounts[k];
          parts.forEach((part, i) => {
            expect(part >= 0n).toBe(true);
            running[i] += part;
            const ceilShare = (total * weights[i] + weightSum - 1n) / weightSum;
            expect(running[i] <= ceilShare).toBe(true);
          });
        });
      }),
    );
  });

  it("ends with exactly each weight when the amounts add up to the weights", () => {
    const input = fc.array(fc.bigInt({ min: 1n, max: 10n ** 8n }), { minLength: 1, maxLength: 30 }).chain((weights) =>
      fc.array(fc.bigInt({ min: 0n, max: sum(weights) }), { maxLength: 40 }).map((cuts) => {
        // Random cut points turn the total into a random sequence of non-negative amounts.
        const points = [0n, ...cuts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), sum(weights)];
        return { weights, amounts: points.slice(1).map((p, i) => p - points[i]) };
      }),
    );
    fc.assert(
      fc.property(input, ({ weights, amounts }) => {
        const steps = splitCumulatively(amounts, weights);
        weights.forEach((w, i) => {
          expect(sum(steps.map((parts) => parts[i]))).toBe(w);
        });
      }),
    );
  });

  it("is causal: a step depends only on the steps before it", () => {
    fc.assert(
      fc.property(input, fc.nat(40), ({ amounts, weights }, cut) => {
        fc.pre(sum(weights) > 0n);
        const prefix = amounts.slice(0, cut);
        expect(splitCumulatively(prefix, weights)).toEqual(splitCumulatively(amounts, weights).slice(0, cut));
      }),
    );
  });
});
