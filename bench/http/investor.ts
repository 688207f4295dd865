import type { Db } from "@/lib/server/db/types";
import { hashPassword } from "@/lib/server/security/passwords";

export const INVESTOR = { email: "bench-investor@bench.test", password: "bench-investor-pass-2026", displayName: "基准投资人" };

/** The one account of the run that can log in: an investor with a real password hash. */
export async function createInvestor(db: Db): Promise<void> {
  await db.user.create({
    data: {
      email: INVESTOR.email,
      passwordHash: await hashPassword(INVESTOR.password),
      role: "INVESTOR",
      displayName: INVESTOR.displayName,
    },
  });
}

/**
 * Logs in through the Auth.js API as the e2e fixtures do (CSRF token, then the credentials callback) and returns
 * the Cookie header of the session; checks that the server sees the investor in it.
 */
export async function investorSessionCookie(origin: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map(cookiePairs(csrf.headers.getSetCookie()));
  const login = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email: INVESTOR.email, password: INVESTOR.password }),
  });
  const location = login.headers.get("location") ?? "";
  if (login.status !== 302 || location.includes("error")) throw new Error(`Investor login failed: ${login.status} → ${location}`);
  for (const [name, value] of cookiePairs(login.headers.getSetCookie())) jar.set(name, value);
  // Only the session itself: the CSRF and callback cookies are not what a logged-in browser's page views carry.
  const session = [...jar].filter(([name]) => name.includes("session-token"));
  const cookie = cookieHeader(new Map(session));
  const check = (await (await fetch(`${origin}/api/auth/session`, { headers: { cookie } })).json()) as { user?: { role?: string } } | null;
  if (check?.user?.role !== "INVESTOR") throw new Error(`The session cookie is not an investor's session: ${JSON.stringify(check)}`);
  return cookie;
}

function cookiePairs(setCookies: readonly string[]): [string, string][] {
  return setCookies.map((line) => {
    const pair = line.split(";")[0];
    const eq = pair.indexOf("=");
    return [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
  });
}

function cookieHeader(jar: ReadonlyMap<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}
