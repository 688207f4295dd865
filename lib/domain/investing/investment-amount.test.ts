import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountProblem, isInvestableAmount } from "./investment-amount";

const unit = 100_00n;

describe("amountProblem", () => {
  it("accepts a multiple of the unit up to the remaining amount", () => {
    expect(amountProblem({ amountFen: 300_00n, minUnitFen: unit, remainingFen: 1_000_00n })).toBeNull();
    expect(amountProblem({ amountFen: 1_000_00n, minUnitFen: unit, remainingFen: 1_000_00n })).toBeNull();
  });
  it("refuses a non-multiple, zero and negative amounts", () => {
    expect(amountProblem({ amountFen: 150_00n, minUnitFen: unit, remainingFen: 1_000_00n })).toBe("NOT_A_MULTIPLE");
    expect(amountProblem({ amountFen: 0n, minUnitFen: unit, remainingFen: 1_000_00n })).toBe("NOT_A_MULTIPLE");
    expect(amountProblem({ amountFen: -100_00n, minUnitFen: unit, remainingFen: 1_000_00n })).toBe("NOT_A_MULTIPLE");
  });
  it("refuses more than the remaining amount", () => {
    expect(amountProblem({ amountFen: 1_100_00n, minUnitFen: unit, remainingFen: 1_000_00n })).toBe("ABOVE_REMAINING");
  });
  it("below the unit only the exact remainder is taken", () => {
    expect(amountProblem({ amountFen: 1n, minUnitFen: unit, remainingFen: 1n })).toBeNull();
    expect(amountProblem({ amountFen: 50_00n, minUnitFen: unit, remainingFen: 50_01n })).toBe("NOT_THE_REMAINDER");
    expect(amountProblem({ amountFen: 100_00n, minUnitFen: unit, remainingFen: 50_00n })).toBe("ABOVE_REMAINING");
  });
  it("nothing remaining is fully subscribed whatever the amount", () => {
    expect(amountProblem({ amountFen: 100_00n, minUnitFen: unit, remainingFen: 0n })).toBe("FULLY_SUBSCRIBED");
  });
  it("an accepted amount never exceeds the remaining amount and is a multiple or the whole remainder", () => {
    fc.assert(
      fc.property(fc.bigInt(-10n, 10_000n), fc.bigInt(1n, 500n), fc.bigInt(0n, 5_000n), (amountFen, minUnitFen, remainingFen) => {
        if (!isInvestableAmount({ amountFen, minUnitFen, remainingFen })) return;
        expect(amountFen > 0n && amountFen <= remainingFen).toBe(true);
        expect(amountFen % minUnitFen === 0n || amountFen === remainingFen).toBe(true);
      }),
    );
  });
});
