import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateRepayment, type OwedInstalment, sumParts } from "./allocate";
import { AllocationOrders } from "./allocation-order";

const owed = (id: string, principalFen: bigint, interestFen: bigint, penaltyFen: bigint): OwedInstalment => ({
  id,
  principalFen,
  interestFen,
  penaltyFen,
});

describe("allocateRepayment", () => {
  const first = owed("1", 1000n, 100n, 10n);
  const second = owed("2", 1000n, 90n, 0n);

  it("pays the oldest instalment first, penalty then interest then principal by default", () => {
    expect(allocateRepayment(50n, [first, second], "PENALTY_INTEREST_PRINCIPAL")).toEqual([
      { instalmentId: "1", penaltyFen: 10n, interestFen: 40n, principalFen: 0n },
    ]);
    expect(allocateRepayment(1200n, [first, second], "PENALTY_INTEREST_PRINCIPAL")).toEqual([
      { instalmentId: "1", penaltyFen: 10n, interestFen: 100n, principalFen: 1000n },
      { instalmentId: "2", penaltyFen: 0n, interestFen: 90n, principalFen: 0n },
    ]);
  });

  it("follows the other order: interest, principal, penalty last", () => {
    expect(allocateRepayment(1050n, [first, second], "INTEREST_PRINCIPAL_PENALTY")).toEqual([
      { instalmentId: "1", penaltyFen: 0n, interestFen: 100n, principalFen: 950n },
    ]);
    expect(allocateRepayment(1105n, [first, second], "INTEREST_PRINCIPAL_PENALTY")).toEqual([
      { instalmentId: "1", penaltyFen: 5n, interestFen: 100n, principalFen: 1000n },
    ]);
  });

  it("skips instalments that owe nothing and leaves out those paid nothing", () => {
    const allocations = allocateRepayment(100n, [owed("0", 0n, 0n, 0n), first, second], "PENALTY_INTEREST_PRINCIPAL");
    expect(allocations.map((a) => a.instalmentId)).toEqual(["1"]);
  });

  it("refuses a zero amount and more than is owed", () => {
    expect(() => allocateRepayment(0n, [first], "PENALTY_INTEREST_PRINCIPAL")).toThrow(RangeError);
    expect(() => allocateRepayment(1111n, [first], "PENALTY_INTEREST_PRINCIPAL")).toThrow(RangeError);
  });

  const instalments = fc.array(
    fc.record({
      principalFen: fc.bigInt({ min: 0n, max: 10n ** 9n }),
      interestFen: fc.bigInt({ min: 0n, max: 10n ** 8n }),
      penaltyFen: fc.bigInt({ min: 0n, max: 10n ** 7n }),
    }),
    { minLength: 1, maxLength: 12 },
  );

  it("allocates exactly the amount, never more than a component owes, an instalment only once the previous is paid", () => {
    fc.assert(
      fc.property(instalments, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...AllocationOrders), (parts, share, order) => {
        const list = parts.map((p, i) => owed(String(i), p.principalFen, p.interestFen, p.penaltyFen));
        const total = list.reduce((sum, i) => sum + sumParts(i), 0n);
        fc.pre(total > 0n);
        const amount = 1n + BigInt(Math.floor(Number(total - 1n) * share));
        const allocations = allocateRepayment(amount, list, order);
        expect(allocations.reduce((sum, a) => sum + sumParts(a), 0n)).toBe(amount);
        for (const [k, a] of allocations.entries()) {
          const instalment = list[Number(a.instalmentId)] as OwedInstalment;
          expect(a.principalFen <= instalment.principalFen && a.interestFen <= instalment.interestFen).toBe(true);
          expect(a.penaltyFen <= instalment.penaltyFen).toBe(true);
          // Every instalment before the last one touched is paid in full.
          if (k < allocations.length - 1) expect(sumParts(a)).toBe(sumParts(instalment));
        }
      }),
    );
  });
});
