import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MfaState } from "@/lib/shared/mfa-state";

// Shared by the proxy and the server. No database access here: the proxy only redirects, and the full
// configuration (lib/server/auth/auth.ts) re-checks every session against the database.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const baseAuthConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.uid) {
        session.user.id = token.uid as string;
        session.user.role = token.role as Role;
        session.user.name = (token.name as string | undefined) ?? session.user.name;
        session.sid = token.sid as string | undefined;
        session.mfa = token.mfa as MfaState | undefined;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
