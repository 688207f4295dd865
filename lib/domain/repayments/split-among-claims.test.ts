import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitByLargestRemainder } from "../schedules/largest-remainder";
import { type ClaimWeights, managementFeeFen, splitInstalmentPayment } from "./split-among-claims";

const claim = (principalFen: bigint, interestFen: bigint, received = { principal: 0n, interest: 0n }): ClaimWeights => ({
  principalFen,
  interestFen,
  principalLackFen: principalFen - received.principal,
  interestLackFen: interestFen - received.interest,
});

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

describe("managementFeeFen", () => {
  it("rounds half up the basis points of the interest", () => {
    expect(managementFeeFen(1005n, 1000)).toBe(101n); // 100.5
    expect(managementFeeFen(1004n, 1000)).toBe(100n);
    expect(managementFeeFen(0n, 1000)).toBe(0n);
    expect(() => managementFeeFen(1n, -1)).toThrow(RangeError);
  });
});

describe("splitInstalmentPayment", () => {
  it("splits each component by what the claims lack, the penalty by principal, the fee by interest share", () => {
    const claims = [claim(300n, 30n), claim(500n, 50n), claim(200n, 20n)];
    const split = splitInstalmentPayment({ principalFen: 100n, interestFen: 100n, penaltyFen: 10n }, claims, 1000);
    expect(split.shares.map((s) => s.principalFen)).toEqual([30n, 50n, 20n]);
    expect(split.shares.map((s) => s.interestFen)).toEqual([30n, 50n, 20n]);
    expect(split.shares.map((s) => s.penaltyFen)).toEqual([3n, 5n, 2n]);
    expect(split.feeFen).toBe(10n);
    expect(split.shares.map((s) => s.feeFen)).toEqual([3n, 5n, 2n]);
  });

  it("weights by what is still lacking, so an earlier rounding is made up", () => {
    // The first claim already received 1 fen more than its pro-rata part.
    const claims = [claim(1n, 0n, { principal: 1n, interest: 0n }), claim(1n, 0n), claim(1n, 0n)];
    const split = splitInstalmentPayment({ principalFen: 2n, interestFen: 0n, penaltyFen: 0n }, claims, 1000);
    expect(split.shares.map((s) => s.principalFen)).toEqual([0n, 1n, 1n]);
  });

  it("weights the penalty by interest on an instalment without principal", () => {
    const split = splitInstalmentPayment({ principalFen: 0n, interestFen: 0n, penaltyFen: 9n }, [claim(0n, 10n), claim(0n, 20n)], 0);
    expect(split.shares.map((s) => s.penaltyFen)).toEqual([3n, 6n]);
  });

  it("refuses a part beyond what the claims lack", () => {
    expect(() => splitInstalmentPayment({ principalFen: 11n, interestFen: 0n, penaltyFen: 0n }, [claim(10n, 1n)], 0)).toThrow(RangeError);
    expect(() => splitInstalmentPayment({ principalFen: 0n, interestFen: 2n, penaltyFen: 0n }, [claim(10n, 1n)], 0)).toThrow(RangeError);
  });

  // An instalment of random claims paid in random partial payments until nothing is owed.
  const scenario = fc.record({
    claims: fc.array(fc.bigInt({ min: 1n, max: 10n ** 7n }), { minLength: 1, maxLength: 30 }),
    principalFen: fc.bigInt({ min: 0n, max: 10n ** 8n }),
    interestFen: fc.bigInt({ min: 0n, max: 10n ** 7n }),
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
    feeBp: fc.integer({ min: 0, max: 5000 }),
  });

  it("sums exactly, never pays a claim beyond what it lacks, and completing the instalment pays every claim exactly", () => {
    fc.assert(
      fc.property(scenario, ({ claims: weights, principalFen, interestFen, cuts, feeBp }) => {
        const principals = splitByLargestRemainder(principalFen, weights);
        const interests = splitByLargestRemainder(interestFen, weights);
        const received = weights.map(() => ({ principal: 0n, interest: 0n, fee: 0n }));
        let paidPrincipal = 0n;
        let paidInterest = 0n;
        const fractions = [...cuts, 1];
        for (const fraction of fractions) {
          const principalPart = ((principalFen - paidPrincipal) * BigInt(Math.round(fraction * 1000))) / 1000n;
          const interestPart = ((interestFen - paidInterest) * BigInt(Math.round(fraction * 1000))) / 1000n;
          const claims = weights.map((_, i) => claim(principals[i] as bigint, interests[i] as bigint, received[i]));
          const split = splitInstalmentPayment({ principalFen: principalPart, interestFen: interestPart, penaltyFen: 0n }, claims, feeBp);
          expect(sum(split.shares.map((s) => s.principalFen))).toBe(principalPart);
          expect(sum(split.shares.map((s) => s.interestFen))).toBe(interestPart);
          expect(sum(split.shares.map((s) => s.feeFen))).toBe(split.feeFen);
          split.shares.forEach((share, i) => {
            const r = received[i] as { principal: bigint; interest: bigint; fee: bigint };
            expect(share.feeFen <= share.interestFen).toBe(true);
            r.principal += share.principalFen;
            r.interest += share.interestFen;
            r.fee += share.feeFen;
            expect(r.principal <= (principals[i] as bigint) && r.interest <= (interests[i] as bigint)).toBe(true);
          });
          paidPrincipal += principalPart;
          paidInterest += interestPart;
        }
        // The last payment (fraction 1) completed it: every claim has exactly its part.
        expect(received.map((r) => r.principal)).toEqual(principals);
        expect(received.map((r) => r.interest)).toEqual(interests);
      }),
    );
  });
});
