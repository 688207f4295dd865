import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRateBp, parseRatePercent } from "./rate";

describe("formatRateBp", () => {
  it.each([
    [0, "0.00%"],
    [5, "0.05%"],
    [50, "0.50%"],
    [1200, "12.00%"],
    [1234, "12.34%"],
    [850, "8.50%"],
    [10000, "100.00%"],
    [-125, "-1.25%"],
  ])("shows %i bp as %s", (bp, text) => {
    expect(formatRateBp(bp)).toBe(text);
  });

  it("refuses fractional basis points instead of rounding them silently", () => {
    expect(() => formatRateBp(12.5)).toThrow(RangeError);
    expect(() => formatRateBp(Number.NaN)).toThrow(RangeError);
  });
});

describe("parseRatePercent", () => {
  it.each([
    ["12", 1200],
    ["12.5", 1250],
    ["12.50%", 1250],
    [" 8.5 % ", 850],
    ["０．０５％", 5],
    [".5", 50],
    ["100", 10000],
  ])("reads %j as %i bp", (input, bp) => {
    expect(parseRatePercent(input)).toEqual({ ok: true, bp });
  });

  it.each([
    ["", "EMPTY"],
    ["%", "INVALID"],
    ["twelve", "INVALID"],
    ["1,200", "INVALID"],
    ["-1", "NEGATIVE"],
    ["12.345", "TOO_MANY_DECIMALS"],
    ["100.01", "TOO_LARGE"],
    ["99999999999999999999999", "TOO_LARGE"],
  ])("refuses %j with %s", (input, code) => {
    expect(parseRatePercent(input)).toEqual({ ok: false, code });
  });

  it("reads back every formatted rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (bp) => {
        expect(parseRatePercent(formatRateBp(bp))).toEqual({ ok: true, bp });
      }),
    );
  });
});
