import { describe, expect, it } from "vitest";
import { businessDate } from "../dates/business-calendar";
import { buildSchedule } from "./build-schedule";
import { earlyRepaymentQuote } from "./early-repayment";
import type { LoanTerms } from "./terms";

const d = businessDate;

// ¥100,000 at 12% over 12 months, annuity, paid out on 2025-01-31 (due dates 02-28, 03-31, 04-30…).
const terms: LoanTerms = {
  principalFen: 10_000_000n,
  annualRateBp: 1200,
  termMonths: 12,
  method: "EQUAL_INSTALLMENT",
  startDate: d("2025-01-31"),
};

describe("earlyRepaymentQuote", () => {
  it("charges the days elapsed in the current period", () => {
    // Two paid; owed 8,415,139 fen (reference table); period 03-31 → 04-30 is 30 days; 10 days elapsed.
    // 8,415,139 × 1% × 10/30 = 28,050.46 → 28,050 fen.
    expect(earlyRepaymentQuote(terms, { paidInstalments: 2, repaymentDate: d("2025-04-10") })).toEqual({
      ok: true,
      principalFen: 8_415_139n,
      interestFen: 28_050n,
      totalFen: 8_443_189n,
      accruedDays: 10,
      periodDays: 30,
    });
  });

  it("counts the first period from the start date, February having 28 days", () => {
    // 10,000,000 × 1% × 14/28 = 50,000 fen.
    expect(earlyRepaymentQuote(terms, { paidInstalments: 0, repaymentDate: d("2025-02-14") })).toMatchObject({
      ok: true,
      principalFen: 10_000_000n,
      interestFen: 50_000n,
      accruedDays: 14,
      periodDays: 28,
    });
  });

  it("costs exactly the scheduled interest on the due date, and nothing on the previous one", () => {
    const schedule = buildSchedule(terms);
    for (let paid = 0; paid < schedule.length; paid++) {
      const onDueDate = earlyRepaymentQuote(terms, { paidInstalments: paid, repaymentDate: schedule[paid].dueDate });
      expect(onDueDate).toMatchObject({ ok: true, interestFen: schedule[paid].interestFen });
      const periodStart = paid === 0 ? terms.startDate : schedule[paid - 1].dueDate;
      expect(earlyRepaymentQuote(terms, { paidInstalments: paid, repaymentDate: periodStart })).toMatchObject({
        ok: true,
        interestFen: 0n,
        accruedDays: 0,
      });
    }
  });

  it("accrues a bullet loan over its whole term", () => {
    // ¥123,456.78 at 15.5% for 5 months from 2025-01-31: due 2025-06-30, 150 days; full interest 797,325 fen.
    const bullet: LoanTerms = { ...terms, principalFen: 12_345_678n, annualRateBp: 1550, termMonths: 5, method: "BULLET" };
    // 12,345,678 × 1550 × 5 × 75 / (120,000 × 150) = 398,662.6... → 398,663 fen.
    expect(earlyRepaymentQuote(bullet, { paidInstalments: 0, repaymentDate: d("2025-04-16") })).toMatchObject({
      ok: true,
      interestFen: 398_663n,
      accruedDays: 75,
      periodDays: 150,
    });
  });

  it("refuses when the next instalment is already due, or nothing is left", () => {
    expect(earlyRepaymentQuote(terms, { paidInstalments: 2, repaymentDate: d("2025-05-01") })).toEqual({
      ok: false,
      code: "INSTALMENT_DUE",
    });
    expect(earlyRepaymentQuote(terms, { paidInstalments: 12, repaymentDate: d("2026-02-01") })).toEqual({
      ok: false,
      code: "NOTHING_OUTSTANDING",
    });
    expect(() => earlyRepaymentQuote(terms, { paidInstalments: 13, repaymentDate: d("2026-02-01") })).toThrow(RangeError);
    expect(() => earlyRepaymentQuote(terms, { paidInstalments: -1, repaymentDate: d("2025-02-01") })).toThrow(RangeError);
  });
});
