import type { Tx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";

/** The session the second factor is being entered for must be this user's and still live. */
export async function requireLiveSession(tx: Tx, userId: string, sessionId: string, now: Date) {
  const session = await tx.authSession.findUnique({ where: { id: sessionId }, select: { userId: true, revokedAt: true, expiresAt: true } });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now) throw new DomainError("UNAUTHENTICATED");
}

export async function markSessionVerified(tx: Tx, sessionId: string, now: Date) {
  await tx.authSession.update({ where: { id: sessionId }, data: { mfaVerifiedAt: now } });
}
