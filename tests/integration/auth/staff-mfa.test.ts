import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOTP_PERIOD_SECONDS, totpCode } from "@/lib/domain/mfa/totp";
import type { Role } from "@/lib/generated/prisma/client";
import { resolveSession, startSession } from "@/lib/server/auth/server-session";
import type { Db } from "@/lib/server/db/types";
import { MAX_MFA_FAILURES_PER_SESSION, MAX_MFA_FAILURES_PER_USER, MFA_WINDOW_MS } from "@/lib/server/mfa/attempts";
import { confirmEnrolment, pendingTotpSecret, verifySecondFactor } from "@/lib/server/mfa/enrolment";
import { resetStaffMfa } from "@/lib/server/mfa/reset";
import { expectDomainError } from "../accounts/helpers";
import { createUser } from "../support/factories";
import { createTestDatabase, describeOnPostgres, type TestDatabase } from "../support/test-database";

let db: TestDatabase;
let prisma: Db;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(async () => {
  await db?.close();
});

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
// Mid-step, so "one step later" is unambiguous.
const T0 = new Date(Math.floor(Date.UTC(2026, 10, 30, 1, 0, 0) / STEP_MS) * STEP_MS + 10_000);
const at = (steps: number) => new Date(T0.getTime() + steps * STEP_MS);

async function newSession(userId: string) {
  const sid = await startSession(prisma, userId, {}, T0);
  return { sid, uid: userId, sv: 0 };
}

/** A staff member with confirmed TOTP (enrolled at T0) and the recovery codes enrolment showed. */
async function enrolledStaff(role: Role = "SUPERVISOR") {
  const user = await createUser(prisma, { role });
  const secret = (await pendingTotpSecret(prisma, user.id)) as string;
  const enrolSession = await newSession(user.id);
  const { recoveryCodes } = await confirmEnrolment(
    prisma,
    { userId: user.id, sessionId: enrolSession.sid, code: totpCode(secret, T0.getTime()) },
    T0,
  );
  return { user, secret, recoveryCodes };
}

const mfaOf = async (token: { sid: string; uid: string; sv: number }) => (await resolveSession(prisma, token, T0))?.mfa;

describe("enrolment", () => {
  it("keeps one pending secret (encrypted at rest) until confirmed; customers cannot enrol", async () => {
    const user = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
    const secret = await pendingTotpSecret(prisma, user.id);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await pendingTotpSecret(prisma, user.id)).toBe(secret);
    const row = await prisma.staffMfa.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.confirmedAt).toBeNull();
    expect(row.secretEncrypted).toMatch(/^v1\./);
    expect(row.secretEncrypted).not.toContain(secret as string);

    for (const role of ["INVESTOR", "COMPANY"] as const) {
      const customer = await createUser(prisma, { role });
      await expectDomainError(pendingTotpSecret(prisma, customer.id), "FORBIDDEN");
      expect(await prisma.staffMfa.count({ where: { userId: customer.id } })).toBe(0);
    }
  });

  it("a wrong code confirms nothing; the right one activates TOTP, verifies this session only, and returns 10 hashed recovery codes", async () => {
    const user = await createUser(prisma, { role: "ADMIN" });
    const secret = (await pendingTotpSecret(prisma, user.id)) as string;
    const session = await newSession(user.id);
    const other = await newSession(user.id);
    expect(await mfaOf(session)).toBe("ENROL");

    const wrong = String((Number(totpCode(secret, T0.getTime())) + 1) % 1_000_000).padStart(6, "0");
    const error = await expectDomainError(
      confirmEnrolment(prisma, { userId: user.id, sessionId: session.sid, code: wrong }, T0),
      "VALIDATION",
    );
    expect(error.fieldErrors).toEqual({ code: ["validation.mfaCodeWrong"] });
    expect((await prisma.staffMfa.findUniqueOrThrow({ where: { userId: user.id } })).confirmedAt).toBeNull();
    expect(await prisma.mfaAttempt.count({ where: { sessionId: session.sid, succeeded: false } })).toBe(1);
    expect(await mfaOf(session)).toBe("ENROL");

    const { recoveryCodes } = await confirmEnrolment(
      prisma,
      { userId: user.id, sessionId: session.sid, code: totpCode(secret, T0.getTime()) },
      T0,
    );
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
    const stored = await prisma.mfaRecoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const row of stored) for (const code of recoveryCodes) expect(row.codeHash).not.toContain(code.replace("-", ""));

    expect(await mfaOf(session)).toBe("VERIFIED");
    expect(await mfaOf(other)).toBe("VERIFY");
    expect(await prisma.auditLog.count({ where: { targetId: user.id, action: "STAFF_MFA_ENROLLED" } })).toBe(1);
    // Enrolment cannot be repeated over an active secret (an admin reset comes first).
    await expectDomainError(
      confirmEnrolment(prisma, { userId: user.id, sessionId: other.sid, code: totpCode(secret, at(1).getTime()) }, at(1)),
      "CONFLICT",
    );
    expect(await pendingTotpSecret(prisma, user.id)).toBeNull();
  });
});

describe("verification after the password", () => {
  it("a current code verifies the session; the same code is refused in another session (replay); the next step's code works", async () => {
    const { user, secret } = await enrolledStaff();
    const a = await newSession(user.id);
    const b = await newSession(user.id);
    const c = await newSession(user.id);
    expect(await mfaOf(a)).toBe("VERIFY");

    // The enrolment used step T0; a code of a later step is fresh.
    expect(await verifySecondFactor(prisma, { userId: user.id, sessionId: a.sid, code: totpCode(secret, at(1).getTime()) }, at(1))).toEqual(
      {
        usedRecoveryCode: false,
      },
    );
    expect(await mfaOf(a)).toBe("VERIFIED");

    const replay = await expectDomainError(
      verifySecondFactor(prisma, { userId: user.id, sessionId: b.sid, code: totpCode(secret, at(1).getTime()) }, at(1)),
      "VALIDATION",
    );
    expect(replay.fieldErrors).toEqual({ code: ["validation.mfaCodeUsed"] });
    expect(await mfaOf(b)).toBe("VERIFY");

    // One step ahead (clock drift) is accepted, and then moves the replay mark forward.
    await verifySecondFactor(prisma, { userId: user.id, sessionId: b.sid, code: totpCode(secret, at(2).getTime()) }, at(1));
    expect(await mfaOf(b)).toBe("VERIFIED");
    await expectDomainError(
      verifySecondFactor(prisma, { userId: user.id, sessionId: c.sid, code: totpCode(secret, at(2).getTime()) }, at(2)),
      "VALIDATION",
    );
    expect((await prisma.staffMfa.findUniqueOrThrow({ where: { userId: user.id } })).lastUsedStep).toBe(
      BigInt(Math.floor(at(2).getTime() / STEP_MS)),
    );
  });

  it("a recovery code works once (whatever the case and spacing), and its use is audited", async () => {
    const { user, recoveryCodes } = await enrolledStaff("CUSTOMER_SERVICE");
    const a = await newSession(user.id);
    const b = await newSession(user.id);
    const typed = recoveryCodes[3].toUpperCase().replace("-", " ");
    expect(await verifySecondFactor(prisma, { userId: user.id, sessionId: a.sid, code: typed }, at(1))).toEqual({
      usedRecoveryCode: true,
      recoveryCodesLeft: 9,
    });
    expect(await mfaOf(a)).toBe("VERIFIED");

    const again = await expectDomainError(
      verifySecondFactor(prisma, { userId: user.id, sessionId: b.sid, code: recoveryCodes[3] }, at(1)),
      "VALIDATION",
    );
    expect(again.fieldErrors).toEqual({ code: ["validation.mfaCodeWrong"] });
    expect(await mfaOf(b)).toBe("VERIFY");
    expect(await prisma.mfaRecoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
    expect(await prisma.auditLog.findMany({ where: { targetId: user.id, action: "STAFF_MFA_RECOVERY_CODE_USED" } })).toMatchObject([
      { actorId: user.id, data: { recoveryCodesLeft: 9 } },
    ]);
    // Another user's code is no use here.
    const other = await enrolledStaff();
    await expectDomainError(
      verifySecondFactor(prisma, { userId: user.id, sessionId: b.sid, code: other.recoveryCodes[0] }, at(1)),
      "VALIDATION",
    );
  });

  it(`after ${MAX_MFA_FAILURES_PER_SESSION} wrong codes a session must wait ${MFA_WINDOW_MS / 60_000} minutes, even with the right code`, async () => {
    const { user, secret } = await enrolledStaff();
    const session = await newSession(user.id);
    for (let i = 0; i < MAX_MFA_FAILURES_PER_SESSION; i++) {
      await expectDomainError(verifySecondFactor(prisma, { userId: user.id, sessionId: session.sid, code: "000000" }, at(1)), "VALIDATION");
    }
    const right = totpCode(secret, at(1).getTime());
    await expectDomainError(verifySecondFactor(prisma, { userId: user.id, sessionId: session.sid, code: right }, at(1)), "RATE_LIMITED");
    expect(await mfaOf(session)).toBe("VERIFY");
    // Refused attempts while limited are not checked and not counted.
    expect(await prisma.mfaAttempt.count({ where: { sessionId: session.sid } })).toBe(MAX_MFA_FAILURES_PER_SESSION);

    const later = new Date(at(1).getTime() + MFA_WINDOW_MS + STEP_MS);
    await verifySecondFactor(prisma, { userId: user.id, sessionId: session.sid, code: totpCode(secret, later.getTime()) }, later);
    expect((await resolveSession(prisma, session, later))?.mfa).toBe("VERIFIED");
  });

  it(`new logins do not reset the count: ${MAX_MFA_FAILURES_PER_USER} failures per account block every session`, async () => {
    const { user, secret } = await enrolledStaff();
    for (let s = 0; s < MAX_MFA_FAILURES_PER_USER / MAX_MFA_FAILURES_PER_SESSION; s++) {
      const session = await newSession(user.id);
      for (let i = 0; i < MAX_MFA_FAILURES_PER_SESSION; i++) {
        await expectDomainError(
          verifySecondFactor(prisma, { userId: user.id, sessionId: session.sid, code: "123456" }, at(1)),
          "VALIDATION",
        );
      }
    }
    const fresh = await newSession(user.id);
    await expectDomainError(
      verifySecondFactor(prisma, { userId: user.id, sessionId: fresh.sid, code: totpCode(secret, at(1).getTime()) }, at(1)),
      "RATE_LIMITED",
    );
  });

  it("refuses a revoked session, another user's session, and a user who is not enrolled", async () => {
    const { user, secret } = await enrolledStaff();
    const stranger = await enrolledStaff();
    const theirs = await newSession(stranger.user.id);
    const code = totpCode(secret, at(1).getTime());
    await expectDomainError(verifySecondFactor(prisma, { userId: user.id, sessionId: theirs.sid, code }, at(1)), "UNAUTHENTICATED");
    const revoked = await newSession(user.id);
    await prisma.authSession.update({ where: { id: revoked.sid }, data: { revokedAt: T0 } });
    await expectDomainError(verifySecondFactor(prisma, { userId: user.id, sessionId: revoked.sid, code }, at(1)), "UNAUTHENTICATED");
    expect(await prisma.mfaAttempt.count({ where: { sessionId: { in: [theirs.sid, revoked.sid] } } })).toBe(0);

    const notEnrolled = await createUser(prisma, { role: "SUPERVISOR" });
    const session = await newSession(notEnrolled.id);
    await expectDomainError(
      verifySecondFactor(prisma, { userId: notEnrolled.id, sessionId: session.sid, code: "123456" }, at(1)),
      "NOT_FOUND",
    );
    expect(await mfaOf(session)).toBe("ENROL");
  });
});

describe("admin reset", () => {
  it("clears the TOTP and recovery codes, ends the member's sessions, and is audited; next login asks to enrol", async () => {
    const admin = await createUser(prisma, { role: "ADMIN" });
    const { user, secret } = await enrolledStaff();
    const session = await newSession(user.id);
    await verifySecondFactor(prisma, { userId: user.id, sessionId: session.sid, code: totpCode(secret, at(1).getTime()) }, at(1));

    await resetStaffMfa(prisma, admin, user.id, at(2));
    expect(await prisma.staffMfa.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.mfaRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await resolveSession(prisma, session, at(2))).toBeNull();
    expect(await prisma.auditLog.findMany({ where: { targetId: user.id, action: "STAFF_MFA_RESET" } })).toMatchObject([
      { actorId: admin.id, data: { hadMfa: true, sessionsEnded: 2 } },
    ]);
    expect(await mfaOf(await newSession(user.id))).toBe("ENROL");
  });

  it("only an admin, never on their own account, and only for staff", async () => {
    const admin = await createUser(prisma, { role: "ADMIN" });
    const { user } = await enrolledStaff();
    for (const role of ["CUSTOMER_SERVICE", "SUPERVISOR", "INVESTOR", "COMPANY"] as const) {
      const actor = await createUser(prisma, { role });
      await expectDomainError(resetStaffMfa(prisma, actor, user.id), "FORBIDDEN");
    }
    await expectDomainError(resetStaffMfa(prisma, admin, admin.id), "FORBIDDEN");
    const investor = await createUser(prisma, { role: "INVESTOR" });
    await expectDomainError(resetStaffMfa(prisma, admin, investor.id), "NOT_FOUND");
    expect(await prisma.staffMfa.count({ where: { userId: user.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "STAFF_MFA_RESET", targetId: { in: [user.id, admin.id, investor.id] } } })).toBe(
      0,
    );
  });
});

describeOnPostgres("parallel guessing", () => {
  it(`20 wrong codes sent at once to one session: exactly ${MAX_MFA_FAILURES_PER_SESSION} are checked, the rest are refused as rate limited`, async () => {
    const { user } = await enrolledStaff();
    const session = await newSession(user.id);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        verifySecondFactor(prisma, { userId: user.id, sessionId: session.sid, code: String(100000 + i) }, at(1)),
      ),
    );
    const codes = results.map((r) => (r.status === "rejected" ? String((r.reason as { code?: string }).code ?? r.reason) : "OK"));
    expect(codes.filter((c) => c === "VALIDATION")).toHaveLength(MAX_MFA_FAILURES_PER_SESSION);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(20 - MAX_MFA_FAILURES_PER_SESSION);
    expect(await prisma.mfaAttempt.count({ where: { sessionId: session.sid } })).toBe(MAX_MFA_FAILURES_PER_SESSION);
  });
});
