import { describe, expect, it } from "vitest";
import { CALCULATOR_DEFAULTS, calculateYield, validateCalculatorInput } from "@/components/loans/calculator-model";
import { businessDate, businessDateOf, parseBusinessDate } from "@/lib/domain/dates";

// Pure rules of the yield calculator (shared by the server-rendered form and the live browser version).
const input = (over: Partial<Record<"amount" | "rate" | "term" | "method", string>> = {}) => ({ ...CALCULATOR_DEFAULTS, ...over });

describe("validateCalculatorInput", () => {
  it("accepts the defaults and typed variants", () => {
    expect(validateCalculatorInput(input())).toEqual({
      ok: true,
      terms: { principalFen: 1_000_000n, annualRateBp: 1200, termMonths: 12, method: "EQUAL_INSTALLMENT" },
    });
    expect(validateCalculatorInput(input({ amount: "¥10,000.50", rate: "１２.５%", term: "６０" }))).toMatchObject({
      ok: true,
      terms: { principalFen: 1_000_050n, annualRateBp: 1250, termMonths: 60 },
    });
    expect(validateCalculatorInput(input({ rate: "0.01" }))).toMatchObject({ ok: true });
    expect(validateCalculatorInput(input({ rate: "36" }))).toMatchObject({ ok: true });
  });

  it.each([
    [{ amount: "-100" }, "amount", "amountNEGATIVE"],
    [{ amount: "" }, "amount", "amountEMPTY"],
    [{ amount: "0" }, "amount", "amountZERO"],
    [{ amount: "abc" }, "amount", "amountINVALID"],
    [{ amount: "1.234" }, "amount", "amountTOO_MANY_DECIMALS"],
    [{ amount: "100000000.01" }, "amount", "amountTOO_LARGE"],
    [{ rate: "0" }, "rate", "rateRange"],
    [{ rate: "36.01" }, "rate", "rateRange"],
    [{ rate: "-1" }, "rate", "rateNEGATIVE"],
    [{ rate: "x" }, "rate", "rateINVALID"],
    [{ term: "0" }, "term", "termRange"],
    [{ term: "61" }, "term", "termRange"],
    [{ term: "1.5" }, "term", "termRange"],
    [{ term: "" }, "term", "termEMPTY"],
    [{ method: "LOTTERY" }, "method", "method"],
  ] as const)("refuses %j: %s → %s", (over, field, key) => {
    const result = validateCalculatorInput(input(over));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toEqual({ key });
  });
});

describe("calculateYield", () => {
  const start = businessDate("2026-01-31");
  it("matches the reference case: ¥10,000 at 12% for 12 months", () => {
    const result = calculateYield({ principalFen: 1_000_000n, annualRateBp: 1200, termMonths: 12, method: "EQUAL_INSTALLMENT" }, start);
    expect(result.highlights).toEqual([{ key: "monthlyPayment", fen: 88_849n }]);
    expect(result.totals).toEqual({ principalFen: 1_000_000n, interestFen: 66_186n, totalFen: 1_066_186n });
    expect(result.schedule).toHaveLength(12);
    expect(result.schedule[0].dueDate).toBe("2026-02-28");
  });

  it("picks the headline figures that fit each method", () => {
    const terms = { principalFen: 1_200_000n, annualRateBp: 1200, termMonths: 12 };
    expect(calculateYield({ ...terms, method: "EQUAL_PRINCIPAL" }, start).highlights.map((h) => h.key)).toEqual([
      "firstPayment",
      "lastPayment",
    ]);
    expect(calculateYield({ ...terms, method: "INTEREST_FIRST" }, start).highlights).toEqual([
      { key: "monthlyInterest", fen: 12_000n },
      { key: "finalPayment", fen: 1_212_000n },
    ]);
    expect(calculateYield({ ...terms, method: "BULLET" }, start).highlights).toEqual([{ key: "finalPayment", fen: 1_344_000n }]);
  });
});

describe("dates", () => {
  it("reads ISO days strictly and knows today in China", () => {
    expect(parseBusinessDate("2026-02-28")).toBe("2026-02-28");
    expect(parseBusinessDate("2026-02-30")).toBeNull();
    expect(parseBusinessDate("tomorrow")).toBeNull();
    expect(businessDateOf(new Date("2026-06-30T16:30:00Z"), "Asia/Shanghai")).toBe("2026-07-01");
  });
});
