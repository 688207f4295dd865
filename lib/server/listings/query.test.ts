import { describe, expect, it } from "vitest";
import en from "@/messages/en/loans.json";
import zh from "@/messages/zh-CN/loans.json";
import { type IgnoredListingParam, parseListingSearchParams } from "./query";

const ignoredOf = (params: Record<string, string | string[]>) => parseListingSearchParams(params).ignored;

describe("listing filters say what they ignored (issue 8 §6)", () => {
  it.each<[Record<string, string>, IgnoredListingParam]>([
    [{ minRate: "50" }, { param: "minRate", value: "50", reason: "rateOutOfRange" }],
    [{ maxRate: "-3" }, { param: "maxRate", value: "-3", reason: "rateOutOfRange" }],
    [{ minRate: "abc" }, { param: "minRate", value: "abc", reason: "rateNotNumber" }],
    [{ maxRate: "8.125" }, { param: "maxRate", value: "8.125", reason: "rateDecimals" }],
    [{ minRate: "1".repeat(33) }, { param: "minRate", value: "1".repeat(33), reason: "tooLong" }],
    [{ term: "x-y" }, { param: "term", value: "x-y", reason: "term" }],
    [{ status: "DRAFT" }, { param: "status", value: "DRAFT", reason: "status" }],
    [{ method: "<script>" }, { param: "method", value: "<script>", reason: "method" }],
    [{ sort: "DROP TABLE" }, { param: "sort", value: "DROP TABLE", reason: "sort" }],
    [{ page: "0" }, { param: "page", value: "0", reason: "page" }],
    [{ page: "abc" }, { param: "page", value: "abc", reason: "page" }],
    [{ rate: "50" }, { param: "rate", value: "50", reason: "unknown" }],
    [{ amount: "-3" }, { param: "amount", value: "-3", reason: "unknown" }],
  ])("%j is reported", (params, expected) => {
    expect(ignoredOf(params)).toEqual([expected]);
  });

  it("each reason has its sentence in both languages", () => {
    const reasons = ["tooLong", "rateNotNumber", "rateOutOfRange", "rateDecimals", "term", "status", "method", "sort", "page", "unknown"];
    for (const messages of [en, zh]) {
      for (const reason of reasons) expect(messages.filterIgnored, reason).toHaveProperty(reason);
      for (const param of ["status", "minRate", "maxRate", "term", "method", "sort", "page"]) {
        expect(messages.filterIgnored.names, param).toHaveProperty(param);
      }
    }
  });

  it("keeps a rejected rate as typed for its box, and still applies the valid filters", () => {
    const { query, url, ignored, typed } = parseListingSearchParams({
      minRate: "50",
      maxRate: "12",
      method: "EQUAL_PRINCIPAL",
      term: "abc",
    });
    expect(typed).toEqual({ minRate: "50" });
    expect(query).toMatchObject({ maxRateBp: 1200, method: "EQUAL_PRINCIPAL" });
    expect(query.minRateBp).toBeUndefined();
    expect(query.termMonths).toBeUndefined();
    expect(url).toMatchObject({ maxRate: "12", method: "EQUAL_PRINCIPAL" });
    expect(url.minRate).toBeUndefined();
    expect(ignored.map((i) => i.param)).toEqual(["minRate", "term"]);
  });

  it("reports nothing for valid, blank or foreign parameters, and shows at most 64 characters back", () => {
    expect(ignoredOf({ minRate: "8.5", maxRate: "１２%", term: "7-12", status: "FUNDRAISING", sort: "rate_desc", page: "2" })).toEqual([]);
    expect(ignoredOf({ minRate: "", maxRate: "  ", term: "", utm_source: "newsletter", _rsc: "x" })).toEqual([]);
    const long = ignoredOf({ minRate: "9".repeat(500) })[0];
    expect(long).toMatchObject({ reason: "tooLong" });
    expect(long.value).toHaveLength(64);
    expect(parseListingSearchParams({ minRate: "9".repeat(500) }).typed.minRate).toHaveLength(64);
  });
});
