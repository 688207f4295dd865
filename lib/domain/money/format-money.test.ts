import { describe, expect, it } from "vitest";
import { fenToYuanString, formatMoney } from "./format-money";

describe("formatMoney", () => {
  it.each([
    [0n, "¥0.00"],
    [1n, "¥0.01"],
    [10n, "¥0.10"],
    [100n, "¥1.00"],
    [99999n, "¥999.99"],
    [100000n, "¥1,000.00"],
    [123456n, "¥1,234.56"],
    [123456789012n, "¥1,234,567,890.12"],
    [-1n, "-¥0.01"],
    [-123456n, "-¥1,234.56"],
  ])("shows %s fen as %s in both locales", (fen, text) => {
    expect(formatMoney(fen, "zh-CN")).toBe(text);
    expect(formatMoney(fen, "en")).toBe(text);
  });

  it("stays exact far beyond Number.MAX_SAFE_INTEGER", () => {
    expect(formatMoney(12345678901234567890123n, "en")).toBe("¥123,456,789,012,345,678,901.23");
  });
});

describe("fenToYuanString", () => {
  it.each([
    [0n, "0.00"],
    [5n, "0.05"],
    [123456n, "1234.56"],
    [-123456n, "-1234.56"],
    [100000000000n, "1000000000.00"],
  ])("writes %s fen as %s", (fen, text) => {
    expect(fenToYuanString(fen)).toBe(text);
  });
});
