import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitByLargestRemainder } from "./largest-remainder";

describe("splitByLargestRemainder", () => {
  it.each([
    [100n, [1n, 1n, 1n], [34n, 33n, 33n]],
    [10n, [1n, 2n, 3n, 4n], [1n, 2n, 3n, 4n]],
    [7n, [1n, 2n, 3n, 4n], [1n, 1n, 2n, 3n]], // exact 0.7 1.4 2.1 2.8: the .8 and .7 get the fen
    [2n, [1n, 1n, 1n], [1n, 1n, 0n]], // three-way tie: lower indices first
    [5n, [0n, 1n, 0n, 1n], [0n, 3n, 0n, 2n]],
    [0n, [0n, 0n], [0n, 0n]],
    [999n, [5n], [999n]],
  ])("splits %s fen by weights %s into %s", (total, weights, parts) => {
    expect(splitByLargestRemainder(total, weights)).toEqual(parts);
  });

  it("refuses what cannot be split", () => {
    expect(() => splitByLargestRemainder(-1n, [1n])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1n, [1n, -1n])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1n, [0n, 0n])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1n, [])).toThrow(RangeError);
  });

  const input = fc.record({
    total: fc.bigInt({ min: 0n, max: 10n ** 14n }),
    weights: fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 40 }),
  });

  it("sums exactly, never negative, each part the floor or ceiling of its exact share", () => {
    fc.assert(
      fc.property(input, ({ total, weights }) => {
        const weightSum = weights.reduce((a, b) => a + b, 0n);
        fc.pre(weightSum > 0n);
        const parts = splitByLargestRemainder(total, weights);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
        parts.forEach((part, i) => {
          const floor = (total * weights[i]) / weightSum;
          const exact = (total * weights[i]) % weightSum === 0n;
          expect(part === floor || (!exact && part === floor + 1n)).toBe(true);
        });
      }),
    );
  });
});
