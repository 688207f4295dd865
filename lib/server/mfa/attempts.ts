import type { Tx } from "@/lib/server/db/types";

// ASVS 5.0 V6.3.1 / V6.6.3: a 6-digit code has a million values, so guessing must be bounded. Five failures
// per session (a new password login gives a new session) and fifteen per account within a quarter hour.
export const MFA_WINDOW_MS = 15 * 60 * 1000;
export const MAX_MFA_FAILURES_PER_SESSION = 5;
export const MAX_MFA_FAILURES_PER_USER = 15;

/**
 * Whether another attempt may be checked now. Call inside the transaction that holds the user's StaffMfa row
 * lock (see lockStaffMfa), so parallel attempts are counted one after another, never side by side.
 */
export async function mfaAttemptsExhausted(tx: Tx, userId: string, sessionId: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - MFA_WINDOW_MS);
  const [bySession, byUser] = await Promise.all([
    tx.mfaAttempt.count({ where: { sessionId, succeeded: false, createdAt: { gte: since } } }),
    tx.mfaAttempt.count({ where: { userId, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return bySession >= MAX_MFA_FAILURES_PER_SESSION || byUser >= MAX_MFA_FAILURES_PER_USER;
}

export async function recordMfaAttempt(tx: Tx, userId: string, sessionId: string, succeeded: boolean, now: Date) {
  await tx.mfaAttempt.create({ data: { userId, sessionId, succeeded, createdAt: now } });
}

/** Row lock on the user's TOTP record: serialises attempts (limit counting and replay protection). */
export async function lockStaffMfa(tx: Tx, userId: string) {
  await tx.$queryRaw`SELECT "userId" FROM "StaffMfa" WHERE "userId" = ${userId} FOR UPDATE`;
  return tx.staffMfa.findUnique({ where: { userId } });
}
