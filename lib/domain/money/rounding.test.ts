import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divRoundHalfUp } from "./rounding";

describe("divRoundHalfUp", () => {
  it.each([
    [5n, 2n, 3n],
    [4n, 2n, 2n],
    [7n, 2n, 4n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [149n, 100n, 1n],
    [150n, 100n, 2n],
    [-5n, 2n, -3n],
    [5n, -2n, -3n],
    [-149n, 100n, -1n],
    [0n, 7n, 0n],
  ])("%s / %s rounds to %s", (n, d, q) => {
    expect(divRoundHalfUp(n, d)).toBe(q);
  });

  it("refuses division by zero", () => {
    expect(() => divRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });

  it("is never more than half a unit away from the exact quotient", () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt({ min: 1n, max: 10n ** 30n }), (n, d) => {
        const q = divRoundHalfUp(n, d);
        const errorTimesTwo = 2n * (q * d - n);
        expect(errorTimesTwo <= d && errorTimesTwo >= -d).toBe(true);
      }),
    );
  });
});
