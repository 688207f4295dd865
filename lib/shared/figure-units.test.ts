import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { formatMoney, formatRateBp } from "@/lib/domain/money";

/**
 * Figures never break inside (issue 8, point 7): "¥2,000,000.00" must not wrap after the point, "12 months"
 * not between number and unit. The formatters and the unit messages therefore contain no breakable space
 * (only U+00A0), and no hyphen or zero-width space a browser could break at.
 */
const BREAKABLE = /[\s\u200b\u2010\u2013](?<!\u00a0)/u;
const breakable = (text: string) => [...text].filter((c) => c !== "\u00a0" && BREAKABLE.test(c));

describe("figures have no line-break opportunity inside", () => {
  it("amounts, in both languages and at any size", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (fen) => {
        for (const locale of LOCALES) expect(breakable(formatMoney(fen, locale))).toEqual([]);
      }),
    );
  });

  it("rates", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (bp) => {
        expect(breakable(formatRateBp(bp))).toEqual([]);
      }),
    );
  });

  // Every message that renders a number with its unit, with the values it is given.
  const units: [namespace: string, key: string, values: Record<string, number>][] = [
    ["loans", "termMonths", { months: 12 }],
    ["loans", "termMonths", { months: 1 }],
    ["loans", "fields.fundraisingDaysValue", { days: 10 }],
    ["loans", "filters.termExact", { months: 12 }],
    ["loanRequests", "monthsCount", { count: 12 }],
    ["loanRequests", "monthsCount", { count: 1 }],
  ];
  for (const locale of LOCALES) {
    for (const [namespace, key, values] of units) {
      it(`${locale} ${namespace}.${key} ${JSON.stringify(values)}`, () => {
        const t = createTranslator({ locale, messages: loadMessages(locale), namespace: namespace as never });
        const text = (t as unknown as (key: string, values: Record<string, number>) => string)(key, values);
        expect(text).toMatch(/\d\u00a0\S/u);
        expect(breakable(text)).toEqual([]);
      });
    }
  }

  it("a countdown keeps each number with its unit and breaks only between the two parts", () => {
    for (const locale of LOCALES) {
      const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "loans.countdown" as never }) as unknown as (
        key: string,
        values: Record<string, number>,
      ) => string;
      for (const text of [t("days", { days: 3, hours: 5 }), t("hours", { hours: 3, minutes: 5 })]) {
        expect(text.split(" ").map(breakable)).toEqual([[], []]);
      }
    }
  });
});
