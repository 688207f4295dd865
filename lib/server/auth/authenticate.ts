import type { Role } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";
import { dummyPasswordHash, verifyPassword } from "@/lib/server/security/passwords";
import { isLoginRateLimited, recordLoginAttempt } from "./login-rate-limit";

export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  sessionVersion: number;
}

export type AuthenticationResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "INVALID_CREDENTIALS" | "RATE_LIMITED" };

/**
 * Unknown e-mail, wrong password and disabled account all answer INVALID_CREDENTIALS, after the same
 * amount of hashing work, so the answer never tells whether an account exists.
 */
export async function authenticate(db: Db, input: { email: string; password: string; ip: string | null }): Promise<AuthenticationResult> {
  const email = input.email.trim().toLowerCase();
  if (await isLoginRateLimited(db, email, input.ip)) return { ok: false, reason: "RATE_LIMITED" };

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const succeeded = Boolean(user && passwordMatches && !user.disabledAt);
  await recordLoginAttempt(db, email, input.ip, succeeded);
  if (!succeeded || !user) return { ok: false, reason: "INVALID_CREDENTIALS" };
  return {
    ok: true,
    user: { id: user.id, email: user.email, role: user.role, displayName: user.displayName, sessionVersion: user.sessionVersion },
  };
}
