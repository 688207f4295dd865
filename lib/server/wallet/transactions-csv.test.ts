import { describe, expect, it } from "vitest";
import { businessDateTimeText, formulaSafe, transactionsCsvFilename } from "./transactions-csv";

describe("formulaSafe", () => {
  it("defuses every cell a spreadsheet would read as a formula", () => {
    for (const cell of ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x", '=HYPERLINK("http://x")']) {
      expect(formulaSafe(cell)).toBe(`'${cell}`);
    }
  });
  it("leaves plain numbers, negative ones included, and ordinary text alone", () => {
    for (const cell of ["-1000.00", "-100000", "1234.56", "0", "充值", "Deposit", "", "a=b"]) expect(formulaSafe(cell)).toBe(cell);
  });
});

describe("businessDateTimeText", () => {
  it("is the wall-clock time in the business zone, not UTC", () => {
    expect(businessDateTimeText(new Date("2026-12-01T16:05:09.999Z"), "Asia/Shanghai")).toBe("2026-12-02 00:05:09");
    expect(businessDateTimeText(new Date("2026-12-01T16:05:09Z"), "UTC")).toBe("2026-12-01 16:05:09");
  });
});

describe("transactionsCsvFilename", () => {
  it("is dated by the business date", () => {
    expect(transactionsCsvFilename("2026-12-10")).toBe("transactions-2026-12-10.csv");
  });
});
