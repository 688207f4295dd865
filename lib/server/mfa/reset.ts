import type { Actor } from "@/lib/domain/permissions";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/auth/assert-can";
import { revokeUserSessions } from "@/lib/server/auth/server-session";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";
import { STAFF_ROLES } from "@/lib/shared/roles";

/**
 * An admin clears a staff member's TOTP and recovery codes (lost phone): every session of theirs ends, and
 * their next login asks them to enrol again. Audited; an admin cannot reset their own (another admin must).
 */
export async function resetStaffMfa(db: Db, actor: Actor, userId: string, now = getClock().now()) {
  assertCan(actor, "staff.manage");
  if (actor.id === userId) throw new DomainError("FORBIDDEN", "cannot reset own MFA");
  return withTransaction(db, async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, role: { in: [...STAFF_ROLES] } }, select: { id: true } });
    if (!user) throw notFound();
    const { count } = await tx.staffMfa.deleteMany({ where: { userId } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
    const sessionsEnded = await revokeUserSessions(tx, userId, {}, now);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "STAFF_MFA_RESET",
      targetType: "USER",
      targetId: userId,
      data: { hadMfa: count > 0, sessionsEnded },
    });
  });
}
