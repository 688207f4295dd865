import type { Role } from "@/lib/generated/prisma/enums";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { dummyPasswordHash, verifyPassword } from "@/lib/server/security/passwords";
import { clientBucket } from "./client-ip";
import { recordPasswordSuccess, reservePasswordGuess } from "./login-throttle";

export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  sessionVersion: number;
}

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "INVALID_CREDENTIALS" }
  | { ok: false; reason: "RATE_LIMITED"; retryAt: Date };

/**
 * Unknown e-mail, wrong password and disabled account all answer INVALID_CREDENTIALS, after the same
 * amount of hashing work, so the answer never tells whether an account exists. The attempt is reserved
 * on the throttling counters before the password is checked (login-throttle.ts); a throttled attempt is
 * not checked at all and says when to try again.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip: string | null },
  now = getClock().now(),
): Promise<AuthenticationResult> {
  const email = input.email.trim().toLowerCase();
  const client = clientBucket(input.ip);
  const reservation = await reservePasswordGuess(db, email, client, now);
  if (!reservation.ok) return { ok: false, reason: "RATE_LIMITED", retryAt: reservation.retryAt };

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordMatches || user.disabledAt) return { ok: false, reason: "INVALID_CREDENTIALS" };
  await recordPasswordSuccess(db, email, client, now);
  return {
    ok: true,
    user: { id: user.id, email: user.email, role: user.role, displayName: user.displayName, sessionVersion: user.sessionVersion },
  };
}
