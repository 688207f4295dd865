import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import type { Role } from "@/lib/generated/prisma/client";
import { changePassword } from "@/lib/server/accounts/change-password";
import { updateStaffUser } from "@/lib/server/accounts/staff-admin";
import { resolveSession, revokeSession, revokeUserSessions, startSession } from "@/lib/server/auth/server-session";
import type { Db } from "@/lib/server/db/types";
import { hashPassword } from "@/lib/server/security/passwords";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let db: TestDatabase;
let prisma: Db;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(async () => {
  await db?.close();
});

/** What the JWT carries, as the jwt callback passes it. */
async function login(userId: string, client = {}, now = new Date()) {
  const sid = await startSession(prisma, userId, client, now);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  return { sid, uid: userId, sv: user.sessionVersion };
}

describe("server-side sessions", () => {
  it("a login opens a live session row with an unguessable id and an absolute 8-hour lifetime", async () => {
    const user = await createUser(prisma, { role: "INVESTOR" });
    const now = new Date("2026-11-30T01:00:00Z");
    const token = await login(user.id, { userAgent: "Mozilla/5.0 test" }, now);
    expect(token.sid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await prisma.authSession.findUniqueOrThrow({ where: { id: token.sid } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null, mfaVerifiedAt: null, userAgent: "Mozilla/5.0 test" });
    expect(row.expiresAt.getTime() - now.getTime()).toBe(SESSION_MAX_AGE_SECONDS * 1000);
    expect(await resolveSession(prisma, token, now)).toEqual({
      sessionId: token.sid,
      userId: user.id,
      role: "INVESTOR",
      displayName: user.displayName,
      mfa: "NOT_REQUIRED",
    });
    // Two logins are two sessions.
    expect((await login(user.id)).sid).not.toBe(token.sid);
  });

  it("logout revokes the row: the token captured before logout is refused afterwards, other sessions live on", async () => {
    const user = await createUser(prisma, { role: "COMPANY" });
    const captured = await login(user.id);
    const otherDevice = await login(user.id);
    expect(await resolveSession(prisma, captured)).not.toBeNull();

    await revokeSession(prisma, captured.sid);
    expect(await resolveSession(prisma, captured)).toBeNull();
    expect((await prisma.authSession.findUniqueOrThrow({ where: { id: captured.sid } })).revokedAt).toBeInstanceOf(Date);
    expect(await resolveSession(prisma, otherDevice)).toMatchObject({ userId: user.id });
    // Logging out twice is harmless and keeps the first revocation time.
    const first = (await prisma.authSession.findUniqueOrThrow({ where: { id: captured.sid } })).revokedAt;
    await revokeSession(prisma, captured.sid);
    expect((await prisma.authSession.findUniqueOrThrow({ where: { id: captured.sid } })).revokedAt).toEqual(first);
  });

  it("a session is refused after its absolute lifetime, whatever the cookie says", async () => {
    const user = await createUser(prisma);
    const start = new Date("2026-11-30T01:00:00Z");
    const token = await login(user.id, {}, start);
    const justBefore = new Date(start.getTime() + SESSION_MAX_AGE_SECONDS * 1000 - 1);
    const atExpiry = new Date(start.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
    expect(await resolveSession(prisma, token, justBefore)).not.toBeNull();
    expect(await resolveSession(prisma, token, atExpiry)).toBeNull();
  });

  it("refuses tokens without a session id, with an unknown one, or with another user's", async () => {
    const user = await createUser(prisma);
    const other = await createUser(prisma);
    const token = await login(user.id);
    expect(await resolveSession(prisma, { uid: user.id, sv: 0 })).toBeNull();
    expect(await resolveSession(prisma, { ...token, sid: "no-such-session" })).toBeNull();
    expect(await resolveSession(prisma, { ...token, uid: other.id })).toBeNull();
    expect(await resolveSession(prisma, { ...token, sv: 1 })).toBeNull();
    expect(await resolveSession(prisma, token)).not.toBeNull();
  });

  it("a password change revokes every session of the user and no one else's", async () => {
    const user = await createUser(prisma, { passwordHash: await hashPassword("the old passphrase 1") });
    const bystander = await createUser(prisma);
    const [a, b] = [await login(user.id), await login(user.id)];
    const theirs = await login(bystander.id);
    await changePassword(prisma, user.id, { currentPassword: "the old passphrase 1", newPassword: "the new passphrase 2", ip: null });
    // Revoked on the server, not only outdated by the session version.
    expect(await prisma.authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await resolveSession(prisma, a)).toBeNull();
    expect(await resolveSession(prisma, { ...b, sv: 1 })).toBeNull();
    expect(await resolveSession(prisma, theirs)).not.toBeNull();
  });

  it("a wrong current password revokes nothing", async () => {
    const user = await createUser(prisma, { passwordHash: await hashPassword("the old passphrase 1") });
    const token = await login(user.id);
    await expect(
      changePassword(prisma, user.id, { currentPassword: "wrong", newPassword: "the new passphrase 2", ip: null }),
    ).rejects.toThrow();
    expect(await resolveSession(prisma, token)).not.toBeNull();
  });

  it.each<[string, { disabled?: boolean; role?: Role }]>([
    ["disabling", { disabled: true }],
    ["a role change", { role: "SUPERVISOR" }],
  ])("%s revokes every session of the staff member", async (_name, change) => {
    const admin = await createUser(prisma, { role: "ADMIN" });
    const staff = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
    const token = await login(staff.id);
    await updateStaffUser(prisma, admin, staff.id, change);
    expect(await prisma.authSession.findUniqueOrThrow({ where: { id: token.sid } })).toMatchObject({ revokedAt: expect.any(Date) });
    // Even with the new session version the old row stays dead.
    expect(await resolveSession(prisma, { ...token, sv: 1 })).toBeNull();
  });

  it("revokeUserSessions can keep one session", async () => {
    const user = await createUser(prisma);
    const [keep, drop] = [await login(user.id), await login(user.id)];
    expect(await revokeUserSessions(prisma, user.id, { except: keep.sid })).toBe(1);
    expect(await resolveSession(prisma, keep)).not.toBeNull();
    expect(await resolveSession(prisma, drop)).toBeNull();
  });

  it("a disabled user's live row is refused", async () => {
    const user = await createUser(prisma);
    const token = await login(user.id);
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await resolveSession(prisma, token)).toBeNull();
  });

  it.each<[Role, string]>([
    ["INVESTOR", "NOT_REQUIRED"],
    ["COMPANY", "NOT_REQUIRED"],
    ["CUSTOMER_SERVICE", "ENROL"],
    ["SUPERVISOR", "ENROL"],
    ["ADMIN", "ENROL"],
  ])("a fresh %s session's second-factor state is %s", async (role, state) => {
    const user = await createUser(prisma, { role });
    expect(await resolveSession(prisma, await login(user.id))).toMatchObject({ mfa: state });
  });
});
