import { revokeUserSessions } from "@/lib/server/auth/server-session";
import type { Db } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { hashPassword, verifyPassword } from "@/lib/server/security/passwords";

/** Changing the password ends every session of the user, this one included (revoked, and the session version moves on). */
export async function changePassword(db: Db, userId: string, input: { currentPassword: string; newPassword: string }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError("VALIDATION", "wrong password", { currentPassword: ["validation.currentPasswordWrong"] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await revokeUserSessions(tx, userId);
    return tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, sessionVersion: true },
    });
  });
}
