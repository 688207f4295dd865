import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import NextAuth, { type NextAuthRequest } from "next-auth";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { baseAuthConfig } from "@/lib/auth/config";
import { cachedPagePolicy, contentSecurityPolicy, createNonce } from "@/lib/server/security/content-security-policy";
import { refuseMalformedPost } from "@/lib/server/security/request-guard";
import { getSecrets } from "@/lib/server/security/secrets";
import { cachedPagePath, isInternalOnlyPath } from "@/lib/shared/public-pages";
import { STAFF_ROLES } from "@/lib/shared/roles";

// Redirects only: every page and action checks the session and role again on the server.
const { auth } = NextAuth({ ...baseAuthConfig, secret: getSecrets().authSecret });

const AREAS: { prefix: string; roles: readonly string[] }[] = [
  { prefix: "/admin", roles: STAFF_ROLES },
  { prefix: "/investor", roles: ["INVESTOR"] },
  { prefix: "/company", roles: ["COMPANY"] },
];

const areaOf = (pathname: string) => AREAS.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`));

// The session is read for the role areas only, as before the policy covered every page.
const guardArea = auth((request: NextAuthRequest, _event: NextFetchEvent) => {
  const { pathname, search } = request.nextUrl;
  const area = areaOf(pathname);
  const role = request.auth?.user?.role;
  if (!role) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  if (!area?.roles.includes(role)) return NextResponse.redirect(new URL("/forbidden", request.nextUrl));
  return renderPage(request);
});

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const refused = await refuseMalformedPost(request);
  if (refused) return refused;
  if (!areaOf(request.nextUrl.pathname)) return renderPage(request);
  return guardArea(request, event);
}

const development = process.env.NODE_ENV === "development";

/**
 * Every page lives under the hidden [locale] segment (app/[locale]), filled in here from the locale cookie, so
 * that a page which reads no cookie can be cached per locale. Visitors' pages (lib/shared/public-pages.ts) go
 * to their cached route with the cached-page policy; every other page is rendered per request, with a fresh
 * nonce on the request (Next.js reads it there for its scripts) and on the response.
 */
function renderPage(request: NextRequest) {
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const url = request.nextUrl.clone();
  const cached = cachedPagePath(url.pathname, url.searchParams);
  if (cached !== null) {
    const rsc = url.searchParams.get("_rsc");
    url.pathname = `/${locale}${cached}`;
    url.search = rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`;
    const response = NextResponse.rewrite(url);
    response.headers.set("Content-Security-Policy", cachedPagePolicy({ development }));
    // The same URL is a different page per locale cookie, but Next.js 16 replaces any Vary header of an app
    // page with its own (vercel/next.js#85999), so none is set here: a shared cache in front must key its
    // entries on the NEXT_LOCALE cookie itself (docs/deployment.md).
    return response;
  }
  // An internal query route asked for directly: the site's 404 page (app/[locale]/(public)/[...missing]).
  if (isInternalOnlyPath(url.pathname)) url.pathname = `/${locale}/not-a-page`;
  else url.pathname = `/${locale}${url.pathname === "/" ? "" : url.pathname}`;
  const policy = contentSecurityPolicy(createNonce(), { development });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.rewrite(url, { request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Every page (the policy must cover them all), but not the static files, which carry no policy of their own,
// nor the API routes: the document download sets its own sandboxing policy, Auth.js serves no pages of ours.
// Nor the plain GETs of visitors' pages (PLAIN_PUBLIC_PAGES in lib/shared/public-pages.ts), which next.config.ts
// rewrites to their cached route with their policy: the proxy runs for them only when the request carries a
// query field the page reads (lib/shared/page-query-fields.ts), a server action or a form body (checked by
// refuseMalformedPost). Next.js needs this list written out (it reads it at build time);
// tests/unit/public-routing.test.ts checks it against those sources with Next.js's own matcher.
export const config = {
  matcher: [
    "/((?!_next/static/|_next/image|favicon\\.ico|api/|$|loans$|loans/(?!q$)[A-Za-z0-9_-]{1,64}$|calculator$|terms$|privacy$).*)",
    { source: "/", has: [{ type: "header", key: "next-action" }] },
    { source: "/", has: [{ type: "header", key: "content-type" }] },
    { source: "/:page(loans|calculator|terms|privacy)", has: [{ type: "header", key: "next-action" }] },
    { source: "/:page(loans|calculator|terms|privacy)", has: [{ type: "header", key: "content-type" }] },
    { source: "/loans/:id((?!q$)[A-Za-z0-9_-]{1,64})", has: [{ type: "header", key: "next-action" }] },
    { source: "/loans/:id((?!q$)[A-Za-z0-9_-]{1,64})", has: [{ type: "header", key: "content-type" }] },
    { source: "/loans", has: [{ type: "query", key: "status" }] },
    { source: "/loans", has: [{ type: "query", key: "minRate" }] },
    { source: "/loans", has: [{ type: "query", key: "maxRate" }] },
    { source: "/loans", has: [{ type: "query", key: "term" }] },
    { source: "/loans", has: [{ type: "query", key: "method" }] },
    { source: "/loans", has: [{ type: "query", key: "sort" }] },
    { source: "/loans", has: [{ type: "query", key: "page" }] },
    { source: "/calculator", has: [{ type: "query", key: "amount" }] },
    { source: "/calculator", has: [{ type: "query", key: "rate" }] },
    { source: "/calculator", has: [{ type: "query", key: "term" }] },
    { source: "/calculator", has: [{ type: "query", key: "method" }] },
  ],
};
