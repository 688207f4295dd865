import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fenToYuanString, formatMoney } from "./format-money";
import { DEFAULT_MAX_FEN, parseMoney } from "./parse-money";

describe("parseMoney", () => {
  it.each([
    ["1234.56", 123456n],
    ["1,234.56", 123456n],
    ["1,234,567.89", 123456789n],
    ["0", 0n],
    ["0.01", 1n],
    ["12.5", 1250n],
    [".5", 50n],
    ["7.", 700n],
    ["0007", 700n],
    ["1.230", 123n],
    ["¥100", 10000n],
    ["￥100", 10000n],
    ["¥ 1,000", 100000n],
    ["100元", 10000n],
    ["100 元", 10000n],
    ["¥100元", 10000n],
    ["  42  ", 4200n],
    ["\u3000４２\u3000", 4200n],
    ["１２３４．５６", 123456n],
    ["１，２３４．５６", 123456n],
    ["￥１，０００．０１", 100001n],
    ["10000000000", 1000000000000n],
  ])("reads %j as %s fen", (input, fen) => {
    expect(parseMoney(input)).toEqual({ ok: true, fen });
  });

  it.each([
    ["", "EMPTY"],
    ["   ", "EMPTY"],
    ["\u3000", "EMPTY"],
    ["abc", "INVALID"],
    ["¥", "INVALID"],
    [".", "INVALID"],
    ["1.2.3", "INVALID"],
    ["12,34", "INVALID"],
    ["1,2345", "INVALID"],
    [",123", "INVALID"],
    ["1e5", "INVALID"],
    ["+5", "INVALID"],
    ["0x10", "INVALID"],
    ["5$", "INVALID"],
    ["--5", "INVALID"],
    ["-¥-5", "INVALID"],
    ["元", "INVALID"],
    ["-5", "NEGATIVE"],
    ["-¥5", "NEGATIVE"],
    ["¥-5", "NEGATIVE"],
    ["－５", "NEGATIVE"],
    ["\u22125", "NEGATIVE"],
    ["-0", "NEGATIVE"],
    ["1.234", "TOO_MANY_DECIMALS"],
    ["0.001", "TOO_MANY_DECIMALS"],
    ["10000000000.01", "TOO_LARGE"],
    ["99999999999999999999999999", "TOO_LARGE"],
  ])("refuses %j with %s", (input, code) => {
    expect(parseMoney(input)).toEqual({ ok: false, code });
  });

  it("honours a custom maximum, inclusive", () => {
    expect(parseMoney("100", { maxFen: 10000n })).toEqual({ ok: true, fen: 10000n });
    expect(parseMoney("100.01", { maxFen: 10000n })).toEqual({ ok: false, code: "TOO_LARGE" });
  });

  it("accepts zero unless told otherwise", () => {
    expect(parseMoney("0.00")).toEqual({ ok: true, fen: 0n });
    expect(parseMoney("0.00", { allowZero: false })).toEqual({ ok: false, code: "ZERO" });
    expect(parseMoney("0.01", { allowZero: false })).toEqual({ ok: true, fen: 1n });
  });

  const amounts = fc.bigInt({ min: 0n, max: DEFAULT_MAX_FEN });

  it("reads back every formatted amount exactly, in both locales", () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom("zh-CN" as const, "en" as const), (fen, locale) => {
        expect(parseMoney(formatMoney(fen, locale))).toEqual({ ok: true, fen });
      }),
    );
  });

  it("reads back every plain yuan string exactly", () => {
    fc.assert(
      fc.property(amounts, (fen) => {
        expect(parseMoney(fenToYuanString(fen))).toEqual({ ok: true, fen });
      }),
    );
  });

  it("reads back full-width spellings exactly", () => {
    const toFullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0));
    fc.assert(
      fc.property(amounts, (fen) => {
        const text = formatMoney(fen, "zh-CN").replace("¥", "￥");
        expect(parseMoney(toFullWidth(text))).toEqual({ ok: true, fen });
      }),
    );
  });

  it("refuses every negative formatted amount", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -DEFAULT_MAX_FEN, max: -1n }), (fen) => {
        expect(parseMoney(formatMoney(fen, "en"))).toEqual({ ok: false, code: "NEGATIVE" });
      }),
    );
  });
});
