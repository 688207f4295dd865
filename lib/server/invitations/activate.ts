import { writeAudit } from "@/lib/server/audit";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { hashPassword } from "@/lib/server/security/passwords";
import { hashActivationToken, isWellFormedToken } from "./tokens";

/**
 * What an activation link is worth. Only a VALID link names its account (the token proves the holder was
 * sent it); the other answers say what happened to the link, never whether some e-mail has an account.
 * INVALID covers unknown tokens and accounts disabled before activation alike.
 */
export type InvitationCheck =
  | { status: "VALID"; email: string; displayName: string; expiresAt: Date }
  | { status: "EXPIRED" | "USED" | "SUPERSEDED" | "INVALID" };

export async function checkInvitation(db: DbOrTx, token: string, now = getClock().now()): Promise<InvitationCheck> {
  if (!isWellFormedToken(token)) return { status: "INVALID" };
  const invitation = await db.staffInvitation.findUnique({
    where: { tokenHash: hashActivationToken(token) },
    select: {
      expiresAt: true,
      usedAt: true,
      supersededAt: true,
      user: { select: { email: true, displayName: true, disabledAt: true, passwordHash: true } },
    },
  });
  if (!invitation || invitation.user.disabledAt) return { status: "INVALID" };
  if (invitation.usedAt || invitation.user.passwordHash) return { status: "USED" };
  if (invitation.supersededAt) return { status: "SUPERSEDED" };
  if (invitation.expiresAt <= now) return { status: "EXPIRED" };
  return { status: "VALID", email: invitation.user.email, displayName: invitation.user.displayName, expiresAt: invitation.expiresAt };
}

export type ActivationResult =
  | { ok: true; userId: string; email: string }
  | { ok: false; status: Exclude<InvitationCheck["status"], "VALID"> };

class LinkUnusable extends Error {
  constructor(readonly status: Exclude<InvitationCheck["status"], "VALID">) {
    super(status);
  }
}

/**
 * Sets the password of the account the link belongs to and consumes the link, in one transaction with a
 * STAFF_ACTIVATED audit row (the staff member is the actor). The password has already passed the password
 * policy (staffActivationSchema). Two submissions of one link: exactly one succeeds, the other answers USED.
 */
export async function activateStaffAccount(
  db: Db,
  input: { token: string; password: string },
  now = getClock().now(),
): Promise<ActivationResult> {
  const first = await checkInvitation(db, input.token, now);
  if (first.status !== "VALID") return { ok: false, status: first.status };
  // Argon2id takes a moment: hash before the transaction, which then holds its locks only briefly.
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashActivationToken(input.token);
  try {
    return await withTransaction(db, async (tx) => {
      const invitation = await tx.staffInvitation.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, userId: true } });
      // Locks the account row first, as a re-send does, so the two never interleave.
      const locked = await tx.user.updateMany({
        where: { id: invitation.userId, passwordHash: null, disabledAt: null },
        data: { updatedAt: now },
      });
      const consumed =
        locked.count === 1
          ? await tx.staffInvitation.updateMany({
              where: { id: invitation.id, usedAt: null, supersededAt: null, expiresAt: { gt: now } },
              data: { usedAt: now },
            })
          : { count: 0 };
      if (consumed.count !== 1) {
        // Someone was quicker (the other tab, a re-send, the admin disabling the account): say what happened.
        const again = await checkInvitation(tx, input.token, now);
        throw new LinkUnusable(again.status === "VALID" ? "INVALID" : again.status);
      }
      await tx.user.update({ where: { id: invitation.userId }, data: { passwordHash } });
      await writeAudit(tx, {
        actorId: invitation.userId,
        action: "STAFF_ACTIVATED",
        targetType: "USER",
        targetId: invitation.userId,
        data: {},
      });
      return { ok: true as const, userId: invitation.userId, email: first.email };
    });
  } catch (error) {
    if (error instanceof LinkUnusable) return { ok: false, status: error.status };
    throw error;
  }
}
