import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffCreation } from "@/lib/schemas/accounts";
import { revokeUserSessions } from "@/lib/server/auth/server-session";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { DomainError, forbidden, notFound } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/security/passwords";
import { STAFF_ROLES } from "@/lib/shared/roles";

export interface Actor {
  id: string;
  role: Role;
}

const STAFF: Role[] = [...STAFF_ROLES];

function requireAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw forbidden();
}

/** Only an admin creates staff accounts; the audit row is written in the same transaction. */
export async function createStaffUser(db: Db, actor: Actor, input: StaffCreation) {
  requireAdmin(actor);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new DomainError("VALIDATION", "email taken", { email: ["validation.emailTaken"] });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, role: input.role, displayName: input.displayName, createdById: actor.id },
        select: { id: true, email: true, role: true, displayName: true },
      });
      await tx.auditLog.create({
        data: { actorId: actor.id, action: "STAFF_CREATED", targetType: "USER", targetId: user.id, data: { role: input.role } },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("VALIDATION", "email taken", { email: ["validation.emailTaken"] });
    throw error;
  }
}

/**
 * Disabling, re-enabling or changing the role of a staff member revokes every session they hold (and bumps
 * the session version), so they are logged out on their next request.
 */
export async function updateStaffUser(db: Db, actor: Actor, userId: string, change: { disabled?: boolean; role?: Role }) {
  requireAdmin(actor);
  if (userId === actor.id) throw new DomainError("FORBIDDEN", "cannot change own account");
  if (change.role && !STAFF.includes(change.role)) throw new DomainError("VALIDATION", "not a staff role", { role: ["validation.role"] });
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, role: { in: STAFF } } });
    if (!user) throw notFound();
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        ...(change.role ? { role: change.role } : {}),
        ...(change.disabled === undefined ? {} : { disabledAt: change.disabled ? getClock().now() : null }),
        sessionVersion: { increment: 1 },
      },
      select: { id: true, role: true, disabledAt: true },
    });
    await revokeUserSessions(tx, userId);
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "STAFF_UPDATED",
        targetType: "USER",
        targetId: userId,
        data: {
          from: { role: user.role, disabled: Boolean(user.disabledAt) },
          to: { role: updated.role, disabled: Boolean(updated.disabledAt) },
        },
      },
    });
    return updated;
  });
}

export function listStaff(db: Db, actor: Actor, page: number, pageSize = 20) {
  requireAdmin(actor);
  return db.$transaction([
    db.user.findMany({
      where: { role: { in: STAFF } },
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, email: true, displayName: true, role: true, disabledAt: true, createdAt: true },
    }),
    db.user.count({ where: { role: { in: STAFF } } }),
  ]);
}
