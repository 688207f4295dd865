import { NextResponse } from "next/server";
import NextAuth from "next-auth";
import { baseAuthConfig } from "@/lib/auth/config";
import { getSecrets } from "@/lib/server/security/secrets";
import { STAFF_ROLES } from "@/lib/shared/roles";

// Redirects only: every page and action checks the session and role again on the server.
const { auth } = NextAuth({ ...baseAuthConfig, secret: getSecrets().authSecret });

const AREAS: { prefix: string; roles: readonly string[] }[] = [
  { prefix: "/admin", roles: STAFF_ROLES },
  { prefix: "/investor", roles: ["INVESTOR"] },
  { prefix: "/company", roles: ["COMPANY"] },
];

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const area = AREAS.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`));
  if (!area) return NextResponse.next();
  const role = request.auth?.user?.role;
  if (!role) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  if (!area.roles.includes(role)) return NextResponse.redirect(new URL("/forbidden", request.nextUrl));
  return NextResponse.next();
});

export const config = { matcher: ["/admin/:path*", "/investor/:path*", "/company/:path*"] };
