import { describe, expect, it } from "vitest";
import { checkLoanTerms, formatLoanLimits, readLoanAmount, readLoanRate, readLoanTerm } from "./check-loan-terms";
import type { LoanLimits } from "./loan-limits";

/** The admin's example in issue 8: ¥10,000 – ¥5,000,000, 6 %–24 %, 3–36 months. */
const LIMITS: LoanLimits = {
  minAmountFen: 1_000_000n,
  maxAmountFen: 500_000_000n,
  minRateBp: 600,
  maxRateBp: 2400,
  minTermMonths: 3,
  maxTermMonths: 36,
  minFundraisingDays: 5,
  maxFundraisingDays: 30,
  minInvestmentUnitFen: 10_000n,
};

describe("the platform's loan limits, shared by the live preview and the server", () => {
  it("formats the limits for the hints beside the fields", () => {
    expect(formatLoanLimits(LIMITS, "zh-CN")).toEqual({
      amount: { min: "¥10,000.00", max: "¥5,000,000.00" },
      annualRate: { min: "6%", max: "24%" },
      termMonths: { min: "3", max: "36" },
      fundraisingDays: { min: "5", max: "30" },
      minInvestment: { min: "¥100.00" },
    });
  });

  it("refuses ¥5,000, 30 % and 48 months with the limits in the message", () => {
    const checked = checkLoanTerms({ amount: "5,000", annualRate: "30", termMonths: "48" }, LIMITS, "en");
    expect(checked.issues).toEqual({
      amount: { key: "loanAmountOutOfRange", values: { min: "¥10,000.00", max: "¥5,000,000.00" } },
      annualRate: { key: "loanRateOutOfRange", values: { min: "6%", max: "24%" } },
      termMonths: { key: "loanTermOutOfRange", values: { min: "3", max: "36" } },
    });
    expect(checked.amountFen).toBeUndefined();
    expect(checked.annualRateBp).toBeUndefined();
    expect(checked.termMonths).toBeUndefined();
  });

  it("accepts the bounds themselves and reads the values in fen, basis points and months", () => {
    const low = checkLoanTerms(
      { amount: "¥10,000", annualRate: "6%", termMonths: "3", fundraisingDays: "5", minInvestment: "100" },
      LIMITS,
      "zh-CN",
    );
    expect(low).toEqual({
      issues: {},
      amountFen: 1_000_000n,
      annualRateBp: 600,
      termMonths: 3,
      fundraisingDays: 5,
      minInvestmentFen: 10_000n,
    });
    const high = checkLoanTerms({ amount: "5000000.00", annualRate: "24", termMonths: "36", fundraisingDays: "30" }, LIMITS, "zh-CN");
    expect(high.issues).toEqual({});
    expect(high.amountFen).toBe(500_000_000n);
  });

  it("refuses one fen, one basis point or one month beyond each bound", () => {
    expect(readLoanAmount("9999.99", LIMITS, "en")).toMatchObject({ ok: false, issue: { key: "loanAmountOutOfRange" } });
    expect(readLoanAmount("5000000.01", LIMITS, "en")).toMatchObject({ ok: false, issue: { key: "loanAmountOutOfRange" } });
    expect(readLoanRate("5.99", LIMITS)).toMatchObject({ ok: false, issue: { key: "loanRateOutOfRange" } });
    expect(readLoanRate("24.01", LIMITS)).toMatchObject({ ok: false, issue: { key: "loanRateOutOfRange" } });
    expect(readLoanTerm("2", LIMITS)).toMatchObject({ ok: false, issue: { key: "loanTermOutOfRange" } });
    expect(readLoanTerm("37", LIMITS)).toMatchObject({ ok: false, issue: { key: "loanTermOutOfRange" } });
    const days = checkLoanTerms({ fundraisingDays: "31", minInvestment: "99.99" }, LIMITS, "en").issues;
    expect(days).toEqual({
      fundraisingDays: { key: "fundraisingDaysOutOfRange", values: { min: "5", max: "30" } },
      minInvestment: { key: "minInvestmentTooSmall", values: { min: "¥100.00" } },
    });
  });

  it("says what is wrong with text that is not a number, in the parsers' own terms", () => {
    const checked = checkLoanTerms(
      { amount: "abc", annualRate: "-3", termMonths: "1.5", fundraisingDays: "", minInvestment: "" },
      LIMITS,
      "en",
    );
    expect(checked.issues).toEqual({
      amount: { key: "moneyINVALID" },
      annualRate: { key: "rateNEGATIVE" },
      termMonths: { key: "wholeNumber" },
      fundraisingDays: { key: "required" },
      minInvestment: { key: "moneyEMPTY" },
    });
    expect(readLoanTerm("1".repeat(41), LIMITS)).toEqual({ ok: false, issue: { key: "tooLong", values: { max: "40" } } });
  });

  it("refuses a minimum investment above the amount", () => {
    const checked = checkLoanTerms({ amount: "20000", minInvestment: "30000" }, LIMITS, "en");
    expect(checked.issues).toEqual({ minInvestment: { key: "minInvestmentAboveAmount" } });
    expect(checked.minInvestmentFen).toBeUndefined();
  });

  it("reads only the fields it is given", () => {
    expect(checkLoanTerms({ amount: "50000" }, LIMITS, "en")).toEqual({ issues: {}, amountFen: 5_000_000n });
  });
});
