import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "@/lib/auth/config";
import { loginSchema } from "@/lib/schemas/accounts";
import { getDb } from "@/lib/server/db";
import { getSecrets } from "@/lib/server/security/secrets";
import { authenticate } from "./authenticate";
import { clientIpFrom } from "./client-ip";
import { resolveSession, revokeSession, startSession } from "./server-session";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...baseAuthConfig,
  secret: getSecrets().authSecret,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticate(await getDb(), { ...parsed.data, ip: clientIpFrom(request.headers) });
        if (!result.ok) {
          if (result.reason === "RATE_LIMITED") throw new RateLimited();
          return null;
        }
        const { id, email, role, displayName, sessionVersion } = result.user;
        const sid = await startSession(await getDb(), id, { userAgent: request.headers.get("user-agent") });
        return { id, email, name: displayName, role, sessionVersion, sid };
      },
    }),
  ],
  callbacks: {
    ...baseAuthConfig.callbacks,
    // Runs on every request that reads the session: the server-side session row must be live (not logged out,
    // revoked or expired) and the user unchanged since (not disabled; role and password as at login).
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = user.sid;
      }
      if (!token.uid) return null;
      const live = await resolveSession(await getDb(), { sid: token.sid, uid: token.uid, sv: token.sv });
      if (!live) return null;
      token.role = live.role;
      token.name = live.displayName;
      token.mfa = live.mfa;
      return token;
    },
  },
  events: {
    // Also covers a sign-out through the Auth.js HTTP API; logoutAction revokes explicitly as well.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await revokeSession(await getDb(), sid);
    },
  },
});
