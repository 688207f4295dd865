import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import type { Actor } from "@/lib/domain/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffCreation } from "@/lib/schemas/accounts";
import { STAFF_QUEUE } from "@/lib/server/admin/queues/registry";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/auth/assert-can";
import { revokeUserSessions } from "@/lib/server/auth/server-session";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { logLinkOutsideProduction } from "@/lib/server/email/dev-log";
import { DomainError, notFound } from "@/lib/server/errors";
import { announceSupervisorGrant } from "@/lib/server/invitations/announce-supervisor";
import { issueInvitation } from "@/lib/server/invitations/issue-invitation";
import { listPage } from "@/lib/shared/pagination";
import { STAFF_ROLES } from "@/lib/shared/roles";

const STAFF: Role[] = [...STAFF_ROLES];

export interface InvitationOptions {
  /** Language of the activation e-mail (the inviting admin's). */
  locale?: Locale;
  now?: Date;
}

/**
 * Only an admin creates staff accounts, and never with a password: the account has none (it cannot log in)
 * until the person follows the one-time activation link e-mailed to them and sets their own. The account,
 * its audit row, the link and the e-mail are one transaction; a new supervisor is announced to the others.
 * Returns { id, email, role, displayName }: nothing that would let the admin activate the account.
 */
export async function createStaffUser(db: Db, actor: Actor, input: StaffCreation, options: InvitationOptions = {}) {
  assertCan(actor, "staff.manage");
  const { locale = DEFAULT_LOCALE, now = getClock().now() } = options;
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new DomainError("VALIDATION", "email taken", { email: ["validation.emailTaken"] });
  }
  try {
    const { user, link } = await withTransaction(db, async (tx) => {
      const user = await tx.user.create({
        // The invitation's language (the inviting admin's) until the staff member switches language.
        data: { email: input.email, role: input.role, displayName: input.displayName, createdById: actor.id, locale },
        select: { id: true, email: true, role: true, displayName: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "STAFF_CREATED",
        targetType: "USER",
        targetId: user.id,
        data: { role: input.role },
      });
      const { link } = await issueInvitation(tx, { invitee: user, actorId: actor.id, locale, now });
      if (user.role === "SUPERVISOR") await announceSupervisorGrant(tx, { actorId: actor.id, grantee: user, fromRole: null });
      return { user, link };
    });
    logLinkOutsideProduction(`activation link for ${user.email}`, link);
    return user;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("VALIDATION", "email taken", { email: ["validation.emailTaken"] });
    throw error;
  }
}

/**
 * A new activation link for a staff member who has not activated yet (the old link stops working), e-mailed
 * like the first. CONFLICT for an account that is already activated or disabled.
 */
export async function resendInvitation(db: Db, actor: Actor, userId: string, options: InvitationOptions = {}) {
  assertCan(actor, "staff.manage");
  const { locale = DEFAULT_LOCALE, now = getClock().now() } = options;
  try {
    const { user, link, expiresAt } = await withTransaction(db, async (tx) => {
      const user = await tx.user.findFirst({ where: { id: userId, role: { in: STAFF } }, select: { id: true } });
      if (!user) throw notFound();
      // The conditional update also locks the account row, so a re-send and an activation never interleave.
      const pending = await tx.user.updateMany({ where: { id: userId, passwordHash: null, disabledAt: null }, data: { updatedAt: now } });
      if (pending.count !== 1) throw new DomainError("CONFLICT", "not waiting for activation");
      const invitee = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, displayName: true } });
      const issued = await issueInvitation(tx, { invitee, actorId: actor.id, locale, now });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "STAFF_INVITATION_SENT",
        targetType: "USER",
        targetId: userId,
        data: { expiresAt: issued.expiresAt.toISOString() },
      });
      return { user: invitee, ...issued };
    });
    logLinkOutsideProduction(`activation link for ${user.email}`, link);
    return { id: user.id, email: user.email, expiresAt };
  } catch (error) {
    // Two re-sends at once: the database keeps one open link per account, the loser is told to reload.
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "concurrent re-send");
    throw error;
  }
}

/**
 * Disabling, re-enabling or changing the role of a staff member revokes every session they hold (and bumps
 * the session version), so they are logged out on their next request. Making someone a supervisor is announced.
 */
export async function updateStaffUser(
  db: Db,
  actor: Actor,
  userId: string,
  change: { disabled?: boolean; role?: Role },
  now = getClock().now(),
) {
  assertCan(actor, "staff.manage");
  if (userId === actor.id) throw new DomainError("FORBIDDEN", "cannot change own account");
  if (change.role && !STAFF.includes(change.role)) throw new DomainError("VALIDATION", "not a staff role", { role: ["validation.role"] });
  return withTransaction(db, async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, role: { in: STAFF } } });
    if (!user) throw notFound();
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        ...(change.role ? { role: change.role } : {}),
        ...(change.disabled === undefined ? {} : { disabledAt: change.disabled ? now : null }),
        sessionVersion: { increment: 1 },
      },
      select: { id: true, role: true, disabledAt: true },
    });
    await revokeUserSessions(tx, userId);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "STAFF_UPDATED",
      targetType: "USER",
      targetId: userId,
      data: {
        from: { role: user.role, disabled: Boolean(user.disabledAt) },
        to: { role: updated.role, disabled: Boolean(updated.disabledAt) },
      },
    });
    if (updated.role === "SUPERVISOR" && user.role !== "SUPERVISOR") {
      await announceSupervisorGrant(tx, { actorId: actor.id, grantee: user, fromRole: user.role });
    }
    return updated;
  });
}

export type InvitationStatus = "ACTIVATED" | "PENDING" | "EXPIRED";

/**
 * A page of staff accounts (the registry's staff queue), newest first, each with its activation state: ACTIVATED
 * (has a password), else PENDING with the live link's expiry, else EXPIRED (the last link lapsed: the admin may
 * re-send). Never the hash.
 */
export async function listStaff(db: Db, actor: Actor, page: number, pageSize = 20, now = getClock().now()) {
  assertCan(actor, "staff.manage");
  const { where, orderBy } = STAFF_QUEUE;
  const { items: rows, ...at } = await withTransaction(db, (tx) =>
    listPage(
      page,
      pageSize,
      (window) =>
        tx.user.findMany({
          where,
          orderBy,
          ...window,
          select: {
            id: true,
            email: true,
            displayName: true,
            role: true,
            disabledAt: true,
            createdAt: true,
            passwordHash: true,
            invitations: { where: { usedAt: null, supersededAt: null }, select: { expiresAt: true }, take: 1 },
          },
        }),
      () => tx.user.count({ where }),
    ),
  );
  const items = rows.map(({ passwordHash, invitations, ...member }) => {
    const openUntil = invitations[0]?.expiresAt ?? null;
    const invitation: InvitationStatus = passwordHash ? "ACTIVATED" : openUntil && openUntil > now ? "PENDING" : "EXPIRED";
    return { ...member, invitation, invitationExpiresAt: invitation === "PENDING" ? openUntil : null };
  });
  return { ...at, items };
}
