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
