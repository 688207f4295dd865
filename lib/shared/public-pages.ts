import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "../../i18n/locales";

/**
 * Visitors' pages, served from Next.js's cache (issue 9): the same HTML for everyone, per locale and query.
 * The proxy (proxy.ts) maps each public URL to its internal route under the hidden [locale] segment:
 *
 * - `/` → `/<locale>` (any query is ignored);
 * - `/loans` → `/<locale>/loans`, or `/<locale>/loans/q/<query>` when there is a query;
 * - `/loans/<id>` → `/<locale>/loans/<id>`;
 * - `/calculator` → `/<locale>/calculator`, or `/<locale>/calculator/q/<query>`;
 * - `/terms`, `/privacy` → `/<locale>/terms`, `/<locale>/privacy`.
 *
 * `<query>` is the URL's query string as base64url (one path segment, nothing to unescape twice), without
 * Next.js's own `_rsc` marker, at most MAX_CACHED_QUERY_LENGTH characters. Returns null for any other page.
 */
export function cachedPagePath(pathname: string, searchParams: URLSearchParams): string | null {
  const query = queryOf(searchParams);
  if (pathname === "/") return "";
  if (pathname === "/loans" || pathname === "/calculator") return query ? `${pathname}/q/${encodeQuerySegment(query)}` : pathname;
  if (pathname === "/terms" || pathname === "/privacy") return pathname;
  if (/^\/loans\/[A-Za-z0-9_-]{1,64}$/.test(pathname) && pathname !== "/loans/q") return pathname;
  return null;
}

/**
 * Visitors' pages as served to a plain GET, without the proxy (issue 9: Next.js's proxy adapter was 12 % of the
 * server's time on a cached page): `source` in Next.js's path syntax, `path` the internal route under the locale.
 * proxy.ts's matcher leaves exactly these out, unless the request carries a query field the page reads
 * (lib/shared/page-query-fields.ts), a server action or a form body; tests/unit/public-routing.test.ts keeps the
 * two in step. Any other query is ignored here as cachedPagePath ignores it, except that /loans reports unknown
 * parameters in the browser instead (components/loans/unrouted-query-notice.tsx).
 */
export const PLAIN_PUBLIC_PAGES = [
  { source: "/", path: "" },
  { source: "/:page(loans|calculator|terms|privacy)", path: "/:page" },
  // Not "/loans/q": the internal query route answers 404 through the proxy (isInternalOnlyPath).
  { source: "/loans/:id((?!q$)[A-Za-z0-9_-]{1,64})", path: "/loans/:id" },
] as const;

type RouteCondition = { type: "cookie"; key: string; value: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

/**
 * next.config.ts's rewrites for PLAIN_PUBLIC_PAGES (beforeFiles, after the proxy): the locale comes from the
 * cookie as the proxy reads it (toLocale: any other value is the default locale). Two rules per page: Next.js
 * matches every rewrite on every request, so fewer rules cost less.
 */
export function plainPublicPageRewrites(): { source: string; destination: string; has?: RouteCondition[] }[] {
  const others = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map(escapeRegExp);
  const cookie = { type: "cookie" as const, key: LOCALE_COOKIE, value: `(?<locale>${others.join("|")})` };
  return PLAIN_PUBLIC_PAGES.flatMap(({ source, path }) => [
    { source, destination: `/:locale${path}`, has: [cookie] },
    { source, destination: `/${DEFAULT_LOCALE}${path}` },
  ]);
}

/**
 * The internal routes of queries (…/q/<query>) are not URLs of their own: the proxy answers them 404, so a
 * page is reachable under one address only and never under the wrong policy.
 */
export function isInternalOnlyPath(pathname: string): boolean {
  return /^\/(loans|calculator)\/q(\/|$)/.test(pathname);
}

/** Longer queries are cut: no listing or calculator field reads more, and each query is a cache entry. */
export const MAX_CACHED_QUERY_LENGTH = 512;

function queryOf(searchParams: URLSearchParams): string {
  const params = new URLSearchParams(searchParams);
  params.delete("_rsc");
  return params.toString().slice(0, MAX_CACHED_QUERY_LENGTH);
}

export function encodeQuerySegment(query: string): string {
  const bytes = new TextEncoder().encode(query);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary)
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/={1,2}$/, "");
}

/**
 * The query a page segment carries, as search params (repeated names become arrays, as Next.js gives
 * searchParams); an undecodable segment reads as no query at all.
 */
export function decodeQuerySegment(segment: string): Record<string, string | string[]> {
  let query = "";
  try {
    const binary = atob(decodeURIComponent(segment).replace(/-/g, "+").replace(/_/g, "/"));
    query = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return {};
  }
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const previous = result[name];
    result[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return result;
}
