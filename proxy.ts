import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import NextAuth, { type NextAuthRequest } from "next-auth";
import { baseAuthConfig } from "@/lib/auth/config";
import { contentSecurityPolicy, createNonce } from "@/lib/server/security/content-security-policy";
import { refuseMalformedPost } from "@/lib/server/security/request-guard";
import { getSecrets } from "@/lib/server/security/secrets";
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
  return withContentSecurityPolicy(request);
});

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const refused = await refuseMalformedPost(request);
  if (refused) return refused;
  if (!areaOf(request.nextUrl.pathname)) return withContentSecurityPolicy(request);
  return guardArea(request, event);
}

/** A fresh nonce per request, on the request (Next.js reads it there for its scripts) and on the response. */
function withContentSecurityPolicy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Every page (the policy must cover them all), but not the static files, which carry no policy of their own,
// nor the API routes: the document download sets its own sandboxing policy, Auth.js serves no pages of ours.
export const config = { matcher: ["/((?!_next/static/|_next/image|favicon\\.ico|api/).*)"] };
