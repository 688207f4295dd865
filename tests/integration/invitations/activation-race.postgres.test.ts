import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffUser, resendInvitation } from "@/lib/server/accounts/staff-admin";
import { activateStaffAccount } from "@/lib/server/invitations/activate";
import { verifyPassword } from "@/lib/server/security/passwords";
import { uniqueEmail } from "../accounts/helpers";
import { latestActivationToken } from "../accounts/invitation-helpers";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("staff activation under concurrency (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 12 });
  });
  afterAll(async () => {
    await db.close();
  });

  async function invite() {
    const admin = await createUser(db.prisma, { role: "ADMIN" });
    const email = uniqueEmail("race");
    const user = await createStaffUser(db.prisma, { id: admin.id, role: "ADMIN" }, { email, displayName: "并发", role: "SUPERVISOR" });
    return { admin, user, token: await latestActivationToken(db.prisma, email) };
  }

  it("eight simultaneous activations with one link: exactly one password is set, the others answer USED", async () => {
    const { user, token } = await invite();
    const passwords = Array.from({ length: 8 }, (_, i) => `racing passphrase number ${i}`);
    const results = await Promise.all(passwords.map((password) => activateStaffAccount(db.prisma, { token, password })));
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.status).toBe("USED");
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const matching = await Promise.all(passwords.map((p) => verifyPassword(row.passwordHash, p)));
    expect(matching.filter(Boolean)).toHaveLength(1);
    expect(await db.prisma.auditLog.count({ where: { targetId: user.id, action: "STAFF_ACTIVATED" } })).toBe(1);
  });

  it("simultaneous re-sends leave exactly one live link", async () => {
    const { admin, user } = await invite();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => resendInvitation(db.prisma, { id: admin.id, role: "ADMIN" }, user.id)),
    );
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    expect(await db.prisma.staffInvitation.count({ where: { userId: user.id, usedAt: null, supersededAt: null } })).toBe(1);
    // The live link is the one in the newest e-mail.
    const live = await latestActivationToken(db.prisma, user.email);
    expect(await activateStaffAccount(db.prisma, { token: live, password: "the final passphrase 1" })).toMatchObject({ ok: true });
  });

  it("a re-send racing an activation: either the activation wins (re-send refused) or the old link is superseded", async () => {
    const { admin, user, token } = await invite();
    const [activation, resend] = await Promise.allSettled([
      activateStaffAccount(db.prisma, { token, password: "racing the resend 42" }),
      resendInvitation(db.prisma, { id: admin.id, role: "ADMIN" }, user.id),
    ]);
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    if (activation.status === "fulfilled" && activation.value.ok) {
      expect(resend).toMatchObject({ status: "rejected", reason: { code: "CONFLICT" } });
      expect(row.passwordHash).not.toBeNull();
    } else {
      expect(activation).toMatchObject({ status: "fulfilled", value: { ok: false, status: "SUPERSEDED" } });
      expect(resend.status).toBe("fulfilled");
      expect(row.passwordHash).toBeNull();
    }
  });
});
