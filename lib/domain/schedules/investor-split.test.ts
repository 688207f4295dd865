import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessDate } from "../dates/business-calendar";
import { buildSchedule } from "./build-schedule";
import { type InvestmentWeight, splitInstalmentAmongInvestors } from "./investor-split";
import { type Instalment, type LoanTerms, RepaymentMethods } from "./terms";

const sum = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe("splitInstalmentAmongInvestors", () => {
  it("splits a small loan among three investors", () => {
    // ¥100 at 12% over 3 months equal principal: 3333 / 3333 / 3334 fen principal.
    const schedule = buildSchedule({
      principalFen: 100_00n,
      annualRateBp: 1200,
      termMonths: 3,
      method: "EQUAL_PRINCIPAL",
      startDate: businessDate("2025-01-10"),
    });
    const result = splitInstalmentAmongInvestors(schedule, [
      { id: "a", amountFen: 50_00n },
      { id: "b", amountFen: 30_00n },
      { id: "c", amountFen: 20_00n },
    ]);
    // By hand. Instalment 1, 3333 fen: exact 1666.5 / 999.9 / 666.6 → floors 1666 / 999 / 666, and the two
    // fen left go to the largest remainders (.9, .6). Instalment 2, running 6666: exact running shares
    // 3333 / 1999.8 / 1333.2, so this step's gaps are 1667 / 999.8 / 666.2 → 1667 / 1000 / 666.
    // Instalment 3 completes everyone exactly: 5000 / 3000 / 2000.
    const principal = result.map((r) => r.instalments.map((i) => i.principalFen));
    expect(principal).toEqual([
      [1666n, 1667n, 1667n],
      [1000n, 1000n, 1000n],
      [667n, 666n, 667n],
    ]);
    const interest = result.map((r) => r.instalments.map((i) => i.interestFen));
    expect(schedule.map((i) => i.interestFen)).toEqual([100n, 67n, 33n]);
    expect(interest).toEqual([
      [50n, 34n, 16n],
      [30n, 20n, 10n],
      [20n, 13n, 7n],
    ]);
    expect(result[0].instalments[0]).toEqual({
      number: 1,
      dueDate: businessDate("2025-02-10"),
      principalFen: 1666n,
      interestFen: 50n,
      totalFen: 1716n,
    });
  });

  it("refuses investments that do not match the loan", () => {
    const schedule = buildSchedule({
      principalFen: 100n,
      annualRateBp: 0,
      termMonths: 1,
      method: "BULLET",
      startDate: businessDate("2025-01-01"),
    });
    expect(() => splitInstalmentAmongInvestors(schedule, [])).toThrow(RangeError);
    expect(() => splitInstalmentAmongInvestors(schedule, [{ id: "a", amountFen: 99n }])).toThrow(RangeError);
    expect(() =>
      splitInstalmentAmongInvestors(schedule, [
        { id: "a", amountFen: 100n },
        { id: "b", amountFen: 0n },
      ]),
    ).toThrow(RangeError);
    expect(() =>
      splitInstalmentAmongInvestors(schedule, [
        { id: "a", amountFen: 50n },
        { id: "a", amountFen: 50n },
      ]),
    ).toThrow(RangeError);
  });

  /** A loan and investments that fill it exactly, as a fully funded project has. */
  const fundedLoan = fc
    .record({
      amounts: fc.array(fc.oneof(fc.bigInt({ min: 1n, max: 100n }), fc.bigInt({ min: 1n, max: 10n ** 9n })), {
        minLength: 1,
        maxLength: 30,
      }),
      annualRateBp: fc.integer({ min: 0, max: 3600 }),
      termMonths: fc.integer({ min: 1, max: 48 }),
      method: fc.constantFrom(...RepaymentMethods),
    })
    .map(({ amounts, ...rest }) => {
      const investments: InvestmentWeight[] = amounts.map((amountFen, i) => ({ id: `inv-${i}`, amountFen }));
      const terms: LoanTerms = { ...rest, principalFen: sum(amounts), startDate: businessDate("2025-05-31") };
      return { terms, investments };
    });

  // Thousands of expect calls per run: generous on a loaded 2-core CI machine (this is not a speed check).
  it("sums every instalment exactly, no negative part, each investor's principal back exactly", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fundedLoan, ({ terms, investments }) => {
        const schedule = buildSchedule(terms);
        const result = splitInstalmentAmongInvestors(schedule, investments);
        expect(result.map((r) => r.investmentId)).toEqual(investments.map((inv) => inv.id));
        schedule.forEach((instalment, k) => {
          const parts = result.map((r) => r.instalments[k]);
          expect(sum(parts.map((p) => p.principalFen))).toBe(instalment.principalFen);
          expect(sum(parts.map((p) => p.interestFen))).toBe(instalment.interestFen);
          for (const part of parts) {
            expect(part.principalFen >= 0n && part.interestFen >= 0n).toBe(true);
            expect(part.totalFen).toBe(part.principalFen + part.interestFen);
            expect(part.number).toBe(instalment.number);
            expect(part.dueDate).toEqual(instalment.dueDate);
          }
        });
        result.forEach((r, i) => {
          expect(sum(r.instalments.map((p) => p.principalFen))).toBe(investments[i].amountFen);
        });
      }),
    );
  });

  it("keeps the parts already paid when the rest is repaid early", () => {
    fc.assert(
      fc.property(fundedLoan, fc.nat(47), ({ terms, investments }, paid) => {
        const schedule = buildSchedule(terms);
        fc.pre(paid < schedule.length);
        const last = schedule[schedule.length - 1];
        // Early repayment after `paid` instalments: one final instalment with all remaining principal.
        const owed = paid === 0 ? terms.principalFen : schedule[paid - 1].remainingPrincipalFen;
        const rewritten: Instalment[] = [
          ...schedule.slice(0, paid),
          { ...last, number: paid + 1, principalFen: owed, interestFen: 7n, totalFen: owed + 7n, remainingPrincipalFen: 0n },
        ];
        const before = splitInstalmentAmongInvestors(schedule, investments);
        const after = splitInstalmentAmongInvestors(rewritten, investments);
        after.forEach((r, i) => {
          expect(r.instalments.slice(0, paid)).toEqual(before[i].instalments.slice(0, paid));
          expect(sum(r.instalments.map((p) => p.principalFen))).toBe(investments[i].amountFen);
        });
      }),
    );
  });
});
