import { DEFAULT_LOCALE } from "@/i18n/locales";
import type { Role } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db/types";
import { queueEmail } from "@/lib/server/email/outbox";
import { SUPERVISOR_GRANTED } from "@/lib/shared/audit-actions";
import type { Invitee } from "./issue-invitation";

/**
 * A new supervisor (created as one, or given the role) is announced, in the caller's transaction: a
 * SUPERVISOR_GRANTED audit row (highlighted in the audit log, listed on every supervisor's console for 30
 * days) and an e-mail to each other active supervisor, so an admin cannot quietly make a checker of their own.
 * The e-mails are in the platform's default language: accounts carry no language of their own.
 */
export async function announceSupervisorGrant(tx: Tx, grant: { actorId: string; grantee: Invitee; fromRole: Role | null }) {
  const { grantee } = grant;
  await writeAudit(tx, {
    actorId: grant.actorId,
    action: SUPERVISOR_GRANTED,
    targetType: "USER",
    targetId: grantee.id,
    data: { email: grantee.email, displayName: grantee.displayName, fromRole: grant.fromRole },
  });
  const actor = await tx.user.findUnique({ where: { id: grant.actorId }, select: { displayName: true, email: true } });
  // Active = enabled and activated: a supervisor still waiting for their own link cannot act on the news.
  const supervisors = await tx.user.findMany({
    where: { role: "SUPERVISOR", disabledAt: null, passwordHash: { not: null }, id: { not: grantee.id } },
    select: { email: true },
    orderBy: { createdAt: "asc" },
  });
  const params = {
    name: grantee.displayName,
    email: grantee.email,
    grantedBy: actor ? `${actor.displayName} <${actor.email}>` : grant.actorId,
  };
  for (const supervisor of supervisors) {
    await queueEmail(tx, { to: supervisor.email, template: "supervisorGranted", locale: DEFAULT_LOCALE, params });
  }
}
