import { describe, expect, it } from "vitest";
import { cachedPagePath, decodeQuerySegment, encodeQuerySegment, isInternalOnlyPath, MAX_CACHED_QUERY_LENGTH } from "./public-pages";

const path = (url: string) => {
  const parsed = new URL(url, "http://x");
  return cachedPagePath(parsed.pathname, parsed.searchParams);
};

describe("cached visitors' pages", () => {
  it("maps the public pages, and only them", () => {
    expect(path("/")).toBe("");
    expect(path("/?loggedOut=1")).toBe("");
    expect(path("/loans")).toBe("/loans");
    expect(path("/loans/cmabc123")).toBe("/loans/cmabc123");
    expect(path("/calculator")).toBe("/calculator");
    expect(path("/terms")).toBe("/terms");
    expect(path("/privacy")).toBe("/privacy");
    for (const other of ["/login", "/register", "/admin", "/investor", "/company/loans", "/loans/a/b", "/loans/q", "/forbidden", "/x"]) {
      expect(path(other), other).toBeNull();
    }
  });

  it("carries the query as one segment that decodes back to the same search params, without _rsc", () => {
    const mapped = path("/loans?status=FUNDRAISING&status=REPAYING&minRate=5%25&sort=rate_desc&page=3&_rsc=abc") ?? "";
    expect(mapped).toMatch(/^\/loans\/q\/[A-Za-z0-9_-]+$/);
    expect(decodeQuerySegment(mapped.split("/").at(-1) ?? "")).toEqual({
      status: ["FUNDRAISING", "REPAYING"],
      minRate: "5%",
      sort: "rate_desc",
      page: "3",
    });
    expect(path("/loans?_rsc=abc")).toBe("/loans");
  });

  it("round-trips any text, Chinese and symbols included", () => {
    for (const query of ["q=%E4%B8%AD%E6%96%87", "a=%2B%26%3D&b=+", "x=%F0%9F%98%80"]) {
      const decoded = decodeQuerySegment(encodeQuerySegment(query));
      expect(new URLSearchParams(decoded as Record<string, string>).toString()).toBe(new URLSearchParams(query).toString());
    }
  });

  it("cuts long queries and reads a broken segment as no query", () => {
    const long = `/calculator?amount=${"9".repeat(5000)}`;
    const segment = (path(long) ?? "").split("/").at(-1) ?? "";
    expect(String(decodeQuerySegment(segment).amount).length).toBeLessThan(MAX_CACHED_QUERY_LENGTH);
    expect(decodeQuerySegment("%%%")).toEqual({});
    expect(decodeQuerySegment("_w")).toEqual({});
  });
});

describe("internal routes", () => {
  it("are the query routes only", () => {
    expect(isInternalOnlyPath("/loans/q/c29ydA")).toBe(true);
    expect(isInternalOnlyPath("/loans/q")).toBe(true);
    expect(isInternalOnlyPath("/calculator/q/x")).toBe(true);
    expect(isInternalOnlyPath("/loans/qq")).toBe(false);
    expect(isInternalOnlyPath("/loans")).toBe(false);
    expect(isInternalOnlyPath("/loans/cmabc")).toBe(false);
  });
});
