import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/lib/generated/prisma/client";
import { invitationLifetimeSchema } from "@/lib/schemas/invitations";
import { createStaffUser, listStaff, resendInvitation, updateStaffUser } from "@/lib/server/accounts/staff-admin";
import { authenticate } from "@/lib/server/auth/authenticate";
import type { Db } from "@/lib/server/db/types";
import { activateStaffAccount, checkInvitation } from "@/lib/server/invitations/activate";
import { listRecentSupervisorGrants } from "@/lib/server/invitations/recent-supervisor-grants";
import { getInvitationLifetimeHours, STAFF_INVITATION_KEY, updateInvitationLifetime } from "@/lib/server/invitations/settings";
import { hashActivationToken } from "@/lib/server/invitations/tokens";
import { hashPassword } from "@/lib/server/security/passwords";
import type { STAFF_ROLES } from "@/lib/shared/roles";
import { expectDomainError, uniqueEmail } from "../accounts/helpers";
import { latestActivationToken } from "../accounts/invitation-helpers";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let db: TestDatabase;
let prisma: Db;
let admin: User;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  admin = await createUser(prisma, { role: "ADMIN", displayName: "管理员甲" });
});
afterAll(async () => {
  await db?.close();
});

const PASSWORD = "my own staff passphrase 9";
const HOUR = 3_600_000;
type StaffRole = (typeof STAFF_ROLES)[number];

async function invite(role: StaffRole = "CUSTOMER_SERVICE", now = new Date()) {
  const email = uniqueEmail(role.toLowerCase());
  const user = await createStaffUser(prisma, admin, { email, displayName: "新员工", role }, { now });
  return { ...user, token: await latestActivationToken(prisma, email) };
}

const userRow = (id: string) => prisma.user.findUniqueOrThrow({ where: { id } });

describe("the activation link", () => {
  it("is e-mailed through the outbox (link, name, lifetime) and stored only as its SHA-256", async () => {
    const now = new Date("2026-11-30T01:00:00Z");
    const staff = await invite("CUSTOMER_SERVICE", now);
    expect(staff.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: staff.email } });
    expect(mail).toMatchObject({ locale: "zh-CN", sentAt: null, subject: "激活您的恒信借贷员工账户" });
    const link = mail.body.split("\n").find((line) => line.includes("/activate/"));
    expect(new URL(link ?? "").pathname).toBe(`/activate/${staff.token}`);
    expect(mail.body).toContain("新员工");
    expect(mail.body).toContain("72 小时");
    const [invitation] = await prisma.staffInvitation.findMany({ where: { userId: staff.id } });
    expect(invitation).toMatchObject({
      tokenHash: hashActivationToken(staff.token),
      expiresAt: new Date(now.getTime() + 72 * HOUR),
      createdById: admin.id,
    });
  });

  it("the e-mail is in the inviting admin's language", async () => {
    const email = uniqueEmail("en");
    await createStaffUser(prisma, admin, { email, displayName: "Li Lei", role: "ADMIN" }, { locale: "en" });
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: email } });
    expect(mail).toMatchObject({ locale: "en", subject: "Activate your Hengxin Lending staff account" });
    expect(mail.body).toMatch(/^Hello Li Lei,/);
  });

  it("lasts as long as the platform setting says", async () => {
    await prisma.platformSetting.create({ data: { key: STAFF_INVITATION_KEY, value: { lifetimeHours: 2 } } });
    try {
      const now = new Date("2026-11-30T02:00:00Z");
      const staff = await invite("CUSTOMER_SERVICE", now);
      const invitation = await prisma.staffInvitation.findFirstOrThrow({ where: { userId: staff.id } });
      expect(invitation.expiresAt).toEqual(new Date(now.getTime() + 2 * HOUR));
      expect((await prisma.outboxEmail.findFirstOrThrow({ where: { to: staff.email } })).body).toContain("2 小时");
    } finally {
      await prisma.platformSetting.delete({ where: { key: STAFF_INVITATION_KEY } });
    }
  });

  it("sets the staff member's own password once, is consumed, audited, and then answers USED", async () => {
    const staff = await invite();
    expect(await checkInvitation(prisma, staff.token)).toMatchObject({ status: "VALID", email: staff.email, displayName: "新员工" });

    expect(await activateStaffAccount(prisma, { token: staff.token, password: PASSWORD })).toEqual({
      ok: true,
      userId: staff.id,
      email: staff.email,
    });
    expect(await authenticate(prisma, { email: staff.email, password: PASSWORD, ip: null })).toMatchObject({ ok: true });
    const invitation = await prisma.staffInvitation.findFirstOrThrow({ where: { userId: staff.id } });
    expect(invitation.usedAt).toBeInstanceOf(Date);
    expect(await prisma.auditLog.findMany({ where: { targetId: staff.id, action: "STAFF_ACTIVATED" } })).toMatchObject([
      { actorId: staff.id, targetType: "USER" },
    ]);

    // The link is spent: it neither names the account nor changes the password again.
    const hashBefore = (await userRow(staff.id)).passwordHash;
    expect(await checkInvitation(prisma, staff.token)).toEqual({ status: "USED" });
    expect(await activateStaffAccount(prisma, { token: staff.token, password: "someone else's passphrase" })).toEqual({
      ok: false,
      status: "USED",
    });
    expect((await userRow(staff.id)).passwordHash).toBe(hashBefore);
  });

  it("expires: after its lifetime it answers EXPIRED and changes nothing", async () => {
    const issuedAt = new Date("2026-11-20T08:00:00Z");
    const staff = await invite("SUPERVISOR", issuedAt);
    const justBefore = new Date(issuedAt.getTime() + 72 * HOUR - 1);
    const atExpiry = new Date(issuedAt.getTime() + 72 * HOUR);
    expect(await checkInvitation(prisma, staff.token, justBefore)).toMatchObject({ status: "VALID" });
    expect(await checkInvitation(prisma, staff.token, atExpiry)).toEqual({ status: "EXPIRED" });
    expect(await activateStaffAccount(prisma, { token: staff.token, password: PASSWORD }, atExpiry)).toEqual({
      ok: false,
      status: "EXPIRED",
    });
    expect((await userRow(staff.id)).passwordHash).toBeNull();
    expect(await prisma.auditLog.count({ where: { targetId: staff.id, action: "STAFF_ACTIVATED" } })).toBe(0);
    const [row] = await listStaff(prisma, admin, 1, 500, atExpiry).then(({ items }) => items.filter((r) => r.id === staff.id));
    expect(row).toMatchObject({ invitation: "EXPIRED", invitationExpiresAt: null });
  });

  it("unknown, malformed and disabled-account links all answer INVALID, naming no account", async () => {
    for (const token of ["", "x", "a".repeat(43), "a".repeat(10_000), "../../etc/passwd", `${"A".repeat(42)}=`]) {
      expect(await checkInvitation(prisma, token), token.slice(0, 20)).toEqual({ status: "INVALID" });
      expect(await activateStaffAccount(prisma, { token, password: PASSWORD })).toEqual({ ok: false, status: "INVALID" });
    }
    const staff = await invite();
    await updateStaffUser(prisma, admin, staff.id, { disabled: true });
    expect(await checkInvitation(prisma, staff.token)).toEqual({ status: "INVALID" });
    expect(await activateStaffAccount(prisma, { token: staff.token, password: PASSWORD })).toEqual({ ok: false, status: "INVALID" });
    expect((await userRow(staff.id)).passwordHash).toBeNull();
  });
});

describe("re-sending", () => {
  it("supersedes the old link, e-mails a new one and is audited; the admin gets no link", async () => {
    const staff = await invite();
    const result = await resendInvitation(prisma, admin, staff.id);
    expect(Object.keys(result).sort()).toEqual(["email", "expiresAt", "id"]);
    const fresh = await latestActivationToken(prisma, staff.email);
    expect(fresh).not.toBe(staff.token);
    expect(await prisma.outboxEmail.count({ where: { to: staff.email } })).toBe(2);

    expect(await checkInvitation(prisma, staff.token)).toEqual({ status: "SUPERSEDED" });
    expect(await activateStaffAccount(prisma, { token: staff.token, password: PASSWORD })).toEqual({ ok: false, status: "SUPERSEDED" });
    expect(await activateStaffAccount(prisma, { token: fresh, password: PASSWORD })).toMatchObject({ ok: true });
    expect(await prisma.auditLog.count({ where: { targetId: staff.id, action: "STAFF_INVITATION_SENT", actorId: admin.id } })).toBe(1);
  });

  it("revives an expired invitation", async () => {
    const staff = await invite("CUSTOMER_SERVICE", new Date(Date.now() - 100 * HOUR));
    expect(await checkInvitation(prisma, staff.token)).toEqual({ status: "EXPIRED" });
    await resendInvitation(prisma, admin, staff.id);
    expect(await checkInvitation(prisma, await latestActivationToken(prisma, staff.email))).toMatchObject({ status: "VALID" });
    const { items: rows } = await listStaff(prisma, admin, 1, 500);
    expect(rows.find((r) => r.id === staff.id)).toMatchObject({ invitation: "PENDING" });
  });

  it("is refused for an activated or disabled account (CONFLICT), a customer or unknown id (NOT_FOUND), and anyone but an admin", async () => {
    const activated = await invite();
    await activateStaffAccount(prisma, { token: activated.token, password: PASSWORD });
    const disabled = await invite();
    await updateStaffUser(prisma, admin, disabled.id, { disabled: true });
    const investor = await createUser(prisma, { role: "INVESTOR", passwordHash: await hashPassword(PASSWORD) });
    const mailsBefore = await prisma.outboxEmail.count();

    await expectDomainError(resendInvitation(prisma, admin, activated.id), "CONFLICT");
    await expectDomainError(resendInvitation(prisma, admin, disabled.id), "CONFLICT");
    await expectDomainError(resendInvitation(prisma, admin, investor.id), "NOT_FOUND");
    await expectDomainError(resendInvitation(prisma, admin, "no-such-user"), "NOT_FOUND");
    const pending = await invite();
    for (const role of ["CUSTOMER_SERVICE", "SUPERVISOR", "INVESTOR", "COMPANY"] as const) {
      const actor = await createUser(prisma, { role });
      await expectDomainError(resendInvitation(prisma, { id: actor.id, role }, pending.id), "FORBIDDEN");
    }
    expect(await prisma.outboxEmail.count()).toBe(mailsBefore + 1); // only the invitation of `pending`
    expect(await checkInvitation(prisma, pending.token)).toMatchObject({ status: "VALID" });
  });
});

describe("supervisor grants are announced", () => {
  it("creating a supervisor e-mails every other active supervisor and writes SUPERVISOR_GRANTED", async () => {
    const active = await createUser(prisma, { role: "SUPERVISOR", passwordHash: await hashPassword(PASSWORD) });
    const disabled = await createUser(prisma, { role: "SUPERVISOR", passwordHash: "x", disabledAt: new Date() });
    const notYetActivated = await invite("SUPERVISOR");
    const cs = await createUser(prisma, { role: "CUSTOMER_SERVICE", passwordHash: "x" });

    const created = await invite("SUPERVISOR");
    const notices = await prisma.outboxEmail.findMany({ where: { subject: "新增业务主管：新员工", body: { contains: created.email } } });
    const recipients = notices.map((n) => n.to);
    expect(recipients).toContain(active.email);
    for (const excluded of [disabled.email, notYetActivated.email, cs.email, created.email, admin.email]) {
      expect(recipients).not.toContain(excluded);
    }
    expect(notices[0].body).toContain("管理员甲");
    expect(await prisma.auditLog.findMany({ where: { targetId: created.id, action: "SUPERVISOR_GRANTED" } })).toMatchObject([
      { actorId: admin.id, targetType: "USER", data: { email: created.email, displayName: "新员工", fromRole: null } },
    ]);
  });

  it("changing a role to supervisor is announced with the former role; other changes are not", async () => {
    const watcher = await createUser(prisma, { role: "SUPERVISOR", passwordHash: "x" });
    const staff = await invite("CUSTOMER_SERVICE");
    const grantsFor = () => prisma.auditLog.findMany({ where: { targetId: staff.id, action: "SUPERVISOR_GRANTED" } });
    const mailsTo = () => prisma.outboxEmail.count({ where: { to: watcher.email, body: { contains: staff.email } } });
    expect(await grantsFor()).toEqual([]);

    await updateStaffUser(prisma, admin, staff.id, { role: "SUPERVISOR" });
    expect(await grantsFor()).toMatchObject([{ actorId: admin.id, data: { fromRole: "CUSTOMER_SERVICE" } }]);
    expect(await mailsTo()).toBe(1);

    // Disabling, re-enabling and "changing" to the same role are no new grants.
    await updateStaffUser(prisma, admin, staff.id, { disabled: true });
    await updateStaffUser(prisma, admin, staff.id, { disabled: false });
    await updateStaffUser(prisma, admin, staff.id, { role: "SUPERVISOR" });
    await updateStaffUser(prisma, admin, staff.id, { role: "ADMIN" });
    expect(await grantsFor()).toHaveLength(1);
    expect(await mailsTo()).toBe(1);
  });

  it("the supervisors' console lists the grants of the last 30 days, for supervisors only", async () => {
    const viewer = { role: "SUPERVISOR" as const };
    const recent = await invite("SUPERVISOR");
    const old = await invite("SUPERVISOR");
    await prisma.auditLog.updateMany({
      where: { targetId: old.id, action: "SUPERVISOR_GRANTED" },
      data: { createdAt: new Date(Date.now() - 31 * 24 * HOUR) },
    });
    const grants = await listRecentSupervisorGrants(prisma, viewer);
    expect(grants[0]).toMatchObject({
      userId: recent.id,
      email: recent.email,
      displayName: "新员工",
      grantedBy: `管理员甲 <${admin.email}>`,
      fromRole: null,
    });
    expect(grants.map((g) => g.userId)).not.toContain(old.id);
    for (const role of ["ADMIN", "CUSTOMER_SERVICE", "INVESTOR", "COMPANY"] as const) {
      await expectDomainError(
        Promise.resolve().then(() => listRecentSupervisorGrants(prisma, { role })),
        "FORBIDDEN",
      );
    }
  });
});

describe("database guarantees", () => {
  it("only a staff account may lack a password", async () => {
    await expect(createUser(prisma, { role: "INVESTOR", passwordHash: null })).rejects.toThrow();
    await expect(createUser(prisma, { role: "COMPANY", passwordHash: null })).rejects.toThrow();
    await expect(createUser(prisma, { role: "SUPERVISOR", passwordHash: null })).resolves.toMatchObject({ passwordHash: null });
  });

  it("an account has at most one live link", async () => {
    const staff = await invite();
    await expect(
      prisma.staffInvitation.create({
        data: {
          userId: staff.id,
          tokenHash: hashActivationToken("another"),
          expiresAt: new Date(Date.now() + HOUR),
          createdById: admin.id,
        },
      }),
    ).rejects.toThrow();
  });
});

describe("the link lifetime setting", () => {
  it("an admin changes it (audited); others cannot; the form refuses anything but 1–720 whole hours", async () => {
    for (const role of ["CUSTOMER_SERVICE", "SUPERVISOR", "INVESTOR", "COMPANY"] as const) {
      const actor = await createUser(prisma, { role });
      await expectDomainError(updateInvitationLifetime(prisma, { id: actor.id, role }, 1), "FORBIDDEN");
    }
    expect(await getInvitationLifetimeHours(prisma)).toBe(72);

    await updateInvitationLifetime(prisma, admin, 24);
    try {
      expect(await getInvitationLifetimeHours(prisma)).toBe(24);
      expect(await prisma.auditLog.findFirst({ where: { targetId: STAFF_INVITATION_KEY }, orderBy: { id: "desc" } })).toMatchObject({
        actorId: admin.id,
        action: "SETTINGS_UPDATED",
        data: { before: { lifetimeHours: 72 }, after: { lifetimeHours: 24 } },
      });
      const staff = await invite("CUSTOMER_SERVICE", new Date("2026-12-01T00:00:00Z"));
      expect((await prisma.staffInvitation.findFirstOrThrow({ where: { userId: staff.id } })).expiresAt).toEqual(
        new Date("2026-12-02T00:00:00Z"),
      );
    } finally {
      await prisma.platformSetting.delete({ where: { key: STAFF_INVITATION_KEY } });
    }

    expect(invitationLifetimeSchema.parse({ lifetimeHours: " 48 " })).toEqual({ lifetimeHours: 48 });
    for (const bad of ["0", "721", "1.5", "-3", "", "x", "9".repeat(50)]) {
      expect(invitationLifetimeSchema.safeParse({ lifetimeHours: bad }).success, bad).toBe(false);
    }
  });
});
