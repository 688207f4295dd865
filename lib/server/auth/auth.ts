import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "@/lib/auth/config";
import { loginSchema } from "@/lib/schemas/accounts";
import { getDb } from "@/lib/server/db";
import { getSecrets } from "@/lib/server/security/secrets";
import { authenticate } from "./authenticate";
import { clientIpFrom } from "./client-ip";

/** Reaches the caller of signIn() as this very instance (Auth.js rethrows its errors for server-side calls). */
export class RateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAt: Date) {
    super();
  }
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
          if (result.reason === "RATE_LIMITED") throw new RateLimited(result.retryAt);
          return null;
        }
        const { id, email, role, displayName, sessionVersion } = result.user;
        return { id, email, name: displayName, role, sessionVersion };
      },
    }),
  ],
  callbacks: {
    ...baseAuthConfig.callbacks,
    // Runs on every request that reads the session: a disabled user, or one whose role or password
    // changed since the session began (session version moved on), loses the session at once.
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        return token;
      }
      if (!token.uid) return null;
      const current = await (await getDb()).user.findUnique({
        where: { id: token.uid as string },
        select: { role: true, sessionVersion: true, disabledAt: true, displayName: true },
      });
      if (!current || current.disabledAt || current.sessionVersion !== token.sv) return null;
      token.role = current.role;
      token.name = current.displayName;
      return token;
    },
  },
});
