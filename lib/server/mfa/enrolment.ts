import { normalizeRecoveryCode } from "@/lib/domain/mfa/recovery-codes";
import { checkTotp } from "@/lib/domain/mfa/totp";
import { writeAudit } from "@/lib/server/audit";
import { wallClockNow } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { DomainError, forbidden } from "@/lib/server/errors";
import { decryptPii, encryptPii, hashPii } from "@/lib/server/security/pii";
import { isStaffRole } from "@/lib/shared/roles";
import { lockStaffMfa, mfaAttemptsExhausted, recordMfaAttempt } from "./attempts";
import { newRecoveryCodes, newTotpSecret } from "./generate";
import { markSessionVerified, requireLiveSession } from "./session-guard";

/** Recovery codes are random (≈49 bits), so a keyed hash suffices; the key keeps a stolen table useless. */
export function recoveryCodeHash(normalized: string): string {
  return hashPii(`mfa-recovery:${normalized}`);
}

/**
 * The secret to show on the enrolment page: the pending one if enrolment was started before (so reloading the
 * page keeps the QR code the user may already have scanned), else a new one. Staff only; null once enrolled.
 */
export async function pendingTotpSecret(db: Db, userId: string): Promise<string | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, staffMfa: true } });
  if (!isStaffRole(user.role)) throw forbidden();
  if (user.staffMfa?.confirmedAt) return null;
  if (user.staffMfa) return decryptPii(user.staffMfa.secretEncrypted);
  const secret = newTotpSecret();
  // Two tabs opening the page at once: the first secret wins and both show it.
  await db.staffMfa.upsert({ where: { userId }, create: { userId, secretEncrypted: encryptPii(secret) }, update: {} });
  const stored = await db.staffMfa.findUniqueOrThrow({ where: { userId } });
  return decryptPii(stored.secretEncrypted);
}

const WRONG_CODE = { code: ["validation.mfaCodeWrong"] };
const USED_CODE = { code: ["validation.mfaCodeUsed"] };

type Outcome<T> = { ok: true; value: T } | { ok: false; error: DomainError };

// Attempts on one account queue on its row lock; a burst of them must wait their turn, not time out.
const QUEUED_TRANSACTION = { maxWait: 10_000, timeout: 15_000 };

/** Failed attempts must be recorded even though the call fails: the transaction returns, then we throw. */
function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/**
 * Confirms enrolment with a first correct code: the secret becomes active, this session counts as verified,
 * and ten recovery codes are returned in clear, once (only their hashes are stored). Attempts are limited
 * like verification. Throws VALIDATION (field `code`), RATE_LIMITED, CONFLICT (already enrolled) or NOT_FOUND.
 */
export async function confirmEnrolment(
  db: Db,
  input: { userId: string; sessionId: string; code: string },
  now = wallClockNow(),
): Promise<{ recoveryCodes: string[] }> {
  const outcome = await withTransaction(
    db,
    async (tx): Promise<Outcome<{ recoveryCodes: string[] }>> => {
      await requireLiveSession(tx, input.userId, input.sessionId, now);
      const mfa = await lockStaffMfa(tx, input.userId);
      if (!mfa) return { ok: false, error: new DomainError("NOT_FOUND", "no pending enrolment") };
      if (mfa.confirmedAt) return { ok: false, error: new DomainError("CONFLICT", "already enrolled") };
      if (await mfaAttemptsExhausted(tx, input.userId, input.sessionId, now)) return { ok: false, error: new DomainError("RATE_LIMITED") };
      const check = checkTotp(decryptPii(mfa.secretEncrypted), input.code, now.getTime(), null);
      if (!check.ok) {
        await recordMfaAttempt(tx, input.userId, input.sessionId, false, now);
        return { ok: false, error: new DomainError("VALIDATION", "wrong code", WRONG_CODE) };
      }
      await tx.staffMfa.update({ where: { userId: input.userId }, data: { confirmedAt: now, lastUsedStep: BigInt(check.step) } });
      const recoveryCodes = await replaceRecoveryCodes(tx, input.userId);
      await markSessionVerified(tx, input.sessionId, now);
      await recordMfaAttempt(tx, input.userId, input.sessionId, true, now);
      await writeAudit(tx, { actorId: input.userId, action: "STAFF_MFA_ENROLLED", targetType: "USER", targetId: input.userId });
      return { ok: true, value: { recoveryCodes } };
    },
    QUEUED_TRANSACTION,
  );
  return unwrap(outcome);
}

async function replaceRecoveryCodes(tx: DbOrTx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(normalizeRecoveryCode(code) as string) })),
  });
  return codes;
}

/**
 * The second step of a staff login: a current TOTP code (one step either side, never one already used) or an
 * unused recovery code (used up by this). Marks this session verified. Throws VALIDATION (field `code`),
 * RATE_LIMITED after too many failures, NOT_FOUND when the user has no confirmed TOTP.
 */
export async function verifySecondFactor(
  db: Db,
  input: { userId: string; sessionId: string; code: string },
  now = wallClockNow(),
): Promise<{ usedRecoveryCode: boolean; recoveryCodesLeft?: number }> {
  const outcome = await withTransaction(
    db,
    async (tx): Promise<Outcome<{ usedRecoveryCode: boolean; recoveryCodesLeft?: number }>> => {
      await requireLiveSession(tx, input.userId, input.sessionId, now);
      const mfa = await lockStaffMfa(tx, input.userId);
      if (!mfa?.confirmedAt) return { ok: false, error: new DomainError("NOT_FOUND", "not enrolled") };
      if (await mfaAttemptsExhausted(tx, input.userId, input.sessionId, now)) return { ok: false, error: new DomainError("RATE_LIMITED") };

      const fail = async (fieldErrors: Record<string, string[]>) => {
        await recordMfaAttempt(tx, input.userId, input.sessionId, false, now);
        return { ok: false as const, error: new DomainError("VALIDATION", "wrong code", fieldErrors) };
      };
      const succeed = async <T>(value: T) => {
        await markSessionVerified(tx, input.sessionId, now);
        await recordMfaAttempt(tx, input.userId, input.sessionId, true, now);
        return { ok: true as const, value };
      };

      const recovery = normalizeRecoveryCode(input.code);
      if (recovery) {
        const { count } = await tx.mfaRecoveryCode.updateMany({
          where: { userId: input.userId, codeHash: recoveryCodeHash(recovery), usedAt: null },
          data: { usedAt: now },
        });
        if (count !== 1) return fail(WRONG_CODE);
        const recoveryCodesLeft = await tx.mfaRecoveryCode.count({ where: { userId: input.userId, usedAt: null } });
        await writeAudit(tx, {
          actorId: input.userId,
          action: "STAFF_MFA_RECOVERY_CODE_USED",
          targetType: "USER",
          targetId: input.userId,
          data: { recoveryCodesLeft },
        });
        return succeed({ usedRecoveryCode: true, recoveryCodesLeft });
      }

      const lastUsedStep = mfa.lastUsedStep === null ? null : Number(mfa.lastUsedStep);
      const check = checkTotp(decryptPii(mfa.secretEncrypted), input.code, now.getTime(), lastUsedStep);
      if (!check.ok) return fail(check.reason === "REPLAYED" ? USED_CODE : WRONG_CODE);
      await tx.staffMfa.update({ where: { userId: input.userId }, data: { lastUsedStep: BigInt(check.step) } });
      return succeed({ usedRecoveryCode: false });
    },
    QUEUED_TRANSACTION,
  );
  return unwrap(outcome);
}
