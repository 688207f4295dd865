import { readFileSync } from "node:fs";
import path from "node:path";
import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES } from "@/i18n/locales";
import { CALCULATOR_FIELDS, LISTING_PARAM_NAMES } from "@/lib/shared/page-query-fields";
import { cachedPagePath, PLAIN_PUBLIC_PAGES, plainPublicPageRewrites } from "@/lib/shared/public-pages";

// Issue 9: a plain GET of a visitors' page skips proxy.ts (its adapter was 12 % of a cached page's cost) and is
// rewritten by next.config.ts; anything the proxy must see still goes through it. Next.js reads proxy.ts's
// matcher at build time, so it is written out there; this checks it, compiled by Next.js's own code, against the
// lists it must agree with.

// What Next.js compiles a matcher with at build time (exported, but not in its type declarations).
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, config: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};

const ROOT = path.resolve(__dirname, "../..");
const proxySource = readFileSync(path.join(ROOT, "proxy.ts"), "utf8");
const configLiteral = /export const config = (\{[\s\S]*?\n\});/.exec(proxySource)?.[1];
// A plain object literal (strings and arrays only): evaluated rather than imported, since importing proxy.ts
// starts Auth.js.
const proxyConfig = new Function(`return (${configLiteral});`)() as { matcher: unknown };
const runsProxy = getMiddlewareRouteMatcher(getMiddlewareMatchers(proxyConfig.matcher, {}));

function proxyRuns(url: string, headers: Record<string, string> = {}): boolean {
  const { pathname, searchParams } = new URL(url, "http://x");
  const query: Record<string, string | string[]> = {};
  for (const key of searchParams.keys()) {
    const all = searchParams.getAll(key);
    query[key] = all.length > 1 ? all : all[0];
  }
  return runsProxy(pathname, { headers } as never, query);
}

/** Where next.config.ts's rewrites send a request that skipped the proxy, as Next.js matches them. */
function rewrittenTo(pathname: string, cookie?: string): string | null {
  const request = { headers: cookie ? { cookie } : {} } as never;
  for (const rule of plainPublicPageRewrites()) {
    const params = getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(pathname);
    if (!params || !matchHas(request, {}, rule.has ?? [])) continue;
    const has = matchHas(request, {}, rule.has ?? []) as Record<string, string>;
    const values: Record<string, string> = { ...(params as Record<string, string>), ...has };
    return rule.destination.replace(/:(\w+)/g, (_, name: string) => String(values[name]));
  }
  return null;
}

const PLAIN_SAMPLES = ["/", "/loans", "/loans/cmabc123", "/loans/bench-project-002880", "/calculator", "/terms", "/privacy"];

describe("visitors' pages without the proxy", () => {
  it("the samples cover every plain page", () => {
    const covered = PLAIN_PUBLIC_PAGES.filter(({ source }) => PLAIN_SAMPLES.some((p) => getPathMatch(source, { strict: true })(p)));
    expect(covered).toEqual([...PLAIN_PUBLIC_PAGES]);
  });

  it("a plain GET, with or without a query the page does not read, skips the proxy", () => {
    for (const url of PLAIN_SAMPLES) {
      expect(proxyRuns(url), url).toBe(false);
      expect(proxyRuns(`${url}?utm_source=newsletter&_rsc=abc`), url).toBe(false);
    }
    // Read by the page, but empty: the listing ignores it, the calculator does not count it as submitted.
    expect(proxyRuns("/loans?sort=&page=")).toBe(false);
    expect(proxyRuns("/calculator?amount=")).toBe(false);
    // An unknown listing parameter is reported in the browser (components/loans/unrouted-query-notice.tsx).
    expect(proxyRuns("/loans?rate=50")).toBe(false);
  });

  it("a field the page reads, a server action or a form body goes through the proxy", () => {
    for (const name of LISTING_PARAM_NAMES) expect(proxyRuns(`/loans?${name}=x`), name).toBe(true);
    for (const name of CALCULATOR_FIELDS) expect(proxyRuns(`/calculator?${name}=1`), name).toBe(true);
    expect(proxyRuns("/loans?utm_source=x&sort=rate_desc&page=499")).toBe(true);
    for (const url of PLAIN_SAMPLES) {
      expect(proxyRuns(url, { "next-action": "00ab" }), `${url} action`).toBe(true);
      expect(proxyRuns(url, { "content-type": "multipart/form-data; boundary=x" }), `${url} form`).toBe(true);
    }
  });

  it("every other page goes through the proxy; static files and API routes never do", () => {
    for (const url of [
      "/login",
      "/register",
      "/investor",
      "/company/loans",
      "/admin",
      "/admin/approvals",
      "/forbidden",
      "/x",
      "/loans/a/b",
    ]) {
      expect(proxyRuns(url), url).toBe(true);
    }
    // The internal query routes answer 404 through the proxy, never as a project called "q".
    for (const url of ["/loans/q", "/loans/q/c29ydD1yYXRlX2Rlc2M", "/calculator/q/YW1vdW50PTE"]) expect(proxyRuns(url), url).toBe(true);
    for (const url of ["/_next/static/chunks/a.js", "/_next/image", "/favicon.ico", "/api/health", "/api/viewer"]) {
      expect(proxyRuns(url), url).toBe(false);
    }
  });

  it("the rewrites send each plain page where the proxy would, in the cookie's locale", () => {
    for (const pathname of PLAIN_SAMPLES) {
      const route = cachedPagePath(pathname, new URLSearchParams());
      expect(rewrittenTo(pathname), pathname).toBe(`/${DEFAULT_LOCALE}${route}`);
      expect(rewrittenTo(pathname, "NEXT_LOCALE=nonsense"), pathname).toBe(`/${DEFAULT_LOCALE}${route}`);
      for (const locale of LOCALES)
        expect(rewrittenTo(pathname, `NEXT_LOCALE=${locale}`), `${pathname} ${locale}`).toBe(`/${locale}${route}`);
    }
    expect(rewrittenTo("/loans/q")).toBeNull();
    expect(rewrittenTo("/login")).toBeNull();
  });
});
