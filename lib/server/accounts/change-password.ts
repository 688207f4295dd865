import { clientBucket } from "@/lib/server/auth/client-ip";
import { recordPasswordSuccess, reservePasswordGuess } from "@/lib/server/auth/login-throttle";
import { revokeUserSessions } from "@/lib/server/auth/server-session";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { hashPassword, verifyPassword } from "@/lib/server/security/passwords";
import { rateLimitedError } from "@/lib/server/throttle";

/**
 * Changing the password ends every session of the user, this one included (revoked, and the session version
 * moves on). The current-password check is a password guess like a login: it is reserved on the same counters
 * first (login-throttle.ts), so a stolen session cannot be used to guess the password faster than the login
 * form allows. `ip` is the client address (clientIpFrom).
 */
export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string; ip: string | null },
  now = getClock().now(),
) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const client = clientBucket(input.ip);
  const reservation = await reservePasswordGuess(db, user.email, client, now);
  if (!reservation.ok) throw rateLimitedError(reservation.retryAt, now);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError("VALIDATION", "wrong password", { currentPassword: ["validation.currentPasswordWrong"] });
  }
  await recordPasswordSuccess(db, user.email, client, now);
  const passwordHash = await hashPassword(input.newPassword);
  return withTransaction(db, async (tx) => {
    await revokeUserSessions(tx, userId);
    return tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, sessionVersion: true },
    });
  });
}
