import { describe, expect, it } from "vitest";
import { MAX_SERVICE_FEE_BP, payoutAmounts, serviceFeeFen } from "./service-fee";

describe("serviceFeeFen", () => {
  it("takes basis points of the amount", () => {
    expect(serviceFeeFen(10_000_000n, 150)).toBe(150_000n);
    expect(serviceFeeFen(10_000_000n, 0)).toBe(0n);
  });

  it("rounds half up to the fen", () => {
    // 12 345 fen × 1 % = 123.45 fen → 123; × 1.5 % = 185.175 → 185; 50 fen × 1 % = 0.5 → 1.
    expect(serviceFeeFen(12_345n, 100)).toBe(123n);
    expect(serviceFeeFen(12_345n, 150)).toBe(185n);
    expect(serviceFeeFen(50n, 100)).toBe(1n);
    expect(serviceFeeFen(49n, 100)).toBe(0n);
  });

  it("refuses a fee outside the range", () => {
    expect(() => serviceFeeFen(100n, -1)).toThrow(RangeError);
    expect(() => serviceFeeFen(100n, MAX_SERVICE_FEE_BP + 1)).toThrow(RangeError);
    expect(() => serviceFeeFen(100n, 1.5)).toThrow(RangeError);
  });

  it("splits a payout into fee and net that add up to the loan", () => {
    const { feeFen, netFen } = payoutAmounts(9_999_999n, 175);
    expect(feeFen + netFen).toBe(9_999_999n);
    expect(feeFen).toBe(175_000n);
  });
});
