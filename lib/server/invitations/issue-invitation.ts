import type { Locale } from "@/i18n/locales";
import type { Tx } from "@/lib/server/db/types";
import { appUrl } from "@/lib/server/email/app-url";
import { queueEmail } from "@/lib/server/email/outbox";
import { getInvitationLifetimeHours } from "./settings";
import { newActivationToken } from "./tokens";

export interface Invitee {
  id: string;
  email: string;
  displayName: string;
}

/**
 * Inside the caller's transaction: supersedes the account's open link, stores a new one (its hash only) and
 * queues the e-mail carrying it. Returns the link for the development log only: callers must never hand it
 * to the admin who invited (issue 7 §4, "no one knows another person's secret").
 */
export async function issueInvitation(tx: Tx, input: { invitee: Invitee; actorId: string; locale: Locale; now: Date }) {
  const { invitee, now } = input;
  const lifetimeHours = await getInvitationLifetimeHours(tx);
  const expiresAt = new Date(now.getTime() + lifetimeHours * 3_600_000);
  const { token, tokenHash } = newActivationToken();
  const link = appUrl(`/activate/${token}`);
  await tx.staffInvitation.updateMany({
    where: { userId: invitee.id, usedAt: null, supersededAt: null },
    data: { supersededAt: now },
  });
  await tx.staffInvitation.create({ data: { userId: invitee.id, tokenHash, expiresAt, createdById: input.actorId, createdAt: now } });
  await queueEmail(tx, {
    to: invitee.email,
    template: "staffInvitation",
    locale: input.locale,
    params: { name: invitee.displayName, link, hours: String(lifetimeHours) },
  });
  return { expiresAt, link };
}
