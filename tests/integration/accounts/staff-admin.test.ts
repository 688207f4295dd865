import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role, User } from "@/lib/generated/prisma/client";
import { staffCreationSchema } from "@/lib/schemas/accounts";
import { changePassword } from "@/lib/server/accounts/change-password";
import { createStaffUser, listStaff, updateStaffUser } from "@/lib/server/accounts/staff-admin";
import { authenticate } from "@/lib/server/auth/authenticate";
import type { Db } from "@/lib/server/db/types";
import { hashPassword, verifyPassword } from "@/lib/server/security/passwords";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { expectDomainError, uniqueEmail } from "./helpers";
import { activateThroughEmail, latestActivationToken } from "./invitation-helpers";

let db: TestDatabase;
let prisma: Db;
let admin: User;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  admin = await createUser(prisma, { role: "ADMIN" });
});
afterAll(async () => {
  await db?.close();
});

const PASSWORD = "staff own passphrase 7";

const staffInput = (role: Role = "SUPERVISOR", email = uniqueEmail("staff")) =>
  staffCreationSchema.parse({ email, displayName: "王主管", role });

const auditFor = (targetId: string) => prisma.auditLog.findMany({ where: { targetId }, orderBy: { id: "asc" } });

describe("createStaffUser", () => {
  it("an admin creates a staff account without a password: nothing the admin receives lets anyone log in", async () => {
    const input = staffInput("CUSTOMER_SERVICE");
    const created = await createStaffUser(prisma, admin, input);
    // The answer carries no token, link or password.
    expect(created).toEqual({ id: expect.any(String), email: input.email, role: "CUSTOMER_SERVICE", displayName: "王主管" });

    const row = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ role: "CUSTOMER_SERVICE", createdById: admin.id, sessionVersion: 0, disabledAt: null, passwordHash: null });
    expect(await auditFor(created.id)).toMatchObject([
      { actorId: admin.id, action: "STAFF_CREATED", targetType: "USER", targetId: created.id, data: { role: "CUSTOMER_SERVICE" } },
    ]);
    // No password works, not even the one behind the timing-equaliser hash that stands in for a missing account.
    for (const password of ["timing-equaliser-not-a-real-password", PASSWORD, ""]) {
      expect(await authenticate(prisma, { email: input.email, password, ip: null })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    }
    await expectDomainError(changePassword(prisma, created.id, { currentPassword: "", newPassword: PASSWORD, ip: null }), "VALIDATION");

    // Once the staff member has followed the e-mailed link and set their own password, it works.
    await activateThroughEmail(prisma, input.email, PASSWORD);
    const activated = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(activated.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(activated.passwordHash, PASSWORD)).toBe(true);
    expect(await authenticate(prisma, { email: input.email, password: PASSWORD, ip: null })).toMatchObject({
      ok: true,
      user: { id: created.id, role: "CUSTOMER_SERVICE" },
    });
  });

  it("the account, its audit row, the hashed link and the e-mail are written together", async () => {
    const input = staffInput("CUSTOMER_SERVICE");
    const created = await createStaffUser(prisma, admin, input);
    const token = await latestActivationToken(prisma, input.email);
    const invitations = await prisma.staffInvitation.findMany({ where: { userId: created.id } });
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ createdById: admin.id, usedAt: null, supersededAt: null });
    expect(invitations[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(invitations[0].tokenHash).not.toContain(token);
    expect(JSON.stringify((await auditFor(created.id)).map((a) => a.data))).not.toContain(token);
  });

  it.each<Role>(["CUSTOMER_SERVICE", "SUPERVISOR", "INVESTOR", "COMPANY"])(
    "a %s cannot create staff: FORBIDDEN, nothing written",
    async (role) => {
      const actor = await createUser(prisma, { role });
      const input = staffInput("ADMIN");
      const auditBefore = await prisma.auditLog.count();
      await expectDomainError(createStaffUser(prisma, { id: actor.id, role }, input), "FORBIDDEN");
      expect(await prisma.user.count({ where: { email: input.email } })).toBe(0);
      expect(await prisma.auditLog.count()).toBe(auditBefore);
      expect(await prisma.auditLog.count({ where: { actorId: actor.id } })).toBe(0);
    },
  );

  it("refuses an e-mail that is already taken (any case), with a field error and no audit row", async () => {
    const existing = await createUser(prisma, { role: "INVESTOR" });
    const auditBefore = await prisma.auditLog.count();
    const error = await expectDomainError(
      createStaffUser(prisma, admin, staffInput("SUPERVISOR", existing.email.toUpperCase())),
      "VALIDATION",
    );
    expect(error.fieldErrors).toEqual({ email: ["validation.emailTaken"] });
    expect(await prisma.user.count({ where: { email: existing.email } })).toBe(1);
    expect(await prisma.auditLog.count()).toBe(auditBefore);
  });

  it("two admins racing to create one e-mail: one account, one audit row, the loser gets the emailTaken field error", async () => {
    const otherAdmin = await createUser(prisma, { role: "ADMIN" });
    const email = uniqueEmail("race");
    const results = await Promise.allSettled([
      createStaffUser(prisma, admin, staffInput("SUPERVISOR", email)),
      createStaffUser(prisma, otherAdmin, staffInput("CUSTOMER_SERVICE", email)),
    ]);
    const created = results.filter((r) => r.status === "fulfilled");
    expect(created).toHaveLength(1);
    const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected.reason).toMatchObject({ code: "VALIDATION", fieldErrors: { email: ["validation.emailTaken"] } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect((await auditFor(user.id)).filter((a) => a.action === "STAFF_CREATED")).toHaveLength(1);
  });

  it("the schema allows only staff roles", () => {
    for (const role of ["INVESTOR", "COMPANY", "ROOT", ""]) {
      const result = staffCreationSchema.safeParse({ email: uniqueEmail("x"), displayName: "x", role });
      expect(result.error?.issues, role).toMatchObject([{ path: ["role"], message: "validation.role" }]);
    }
  });

  it("the account and its audit row are one transaction: if the audit insert fails, no account is left behind", async () => {
    // A second admin whose audit rows the database refuses (a trigger), standing in for any failure mid-transaction.
    const doomed = await createUser(prisma, { role: "ADMIN" });
    await db.runner.exec(`
      CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit refused for test'; END; $$ LANGUAGE plpgsql;
      CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditLog"
        FOR EACH ROW WHEN (NEW."actorId" = '${doomed.id}') EXECUTE FUNCTION test_refuse_audit();
    `);
    try {
      const input = staffInput("SUPERVISOR");
      await expect(createStaffUser(prisma, doomed, input)).rejects.toThrow(/audit refused for test/);
      expect(await prisma.user.count({ where: { email: input.email } })).toBe(0);
      expect(await prisma.outboxEmail.count({ where: { to: input.email } })).toBe(0);

      // The same call by an ordinary admin goes through: the trigger only targets the doomed actor.
      await createStaffUser(prisma, admin, input);
      expect(await prisma.user.count({ where: { email: input.email } })).toBe(1);
    } finally {
      await db.runner.exec(`DROP TRIGGER test_refuse_audit ON "AuditLog"; DROP FUNCTION test_refuse_audit();`);
    }
  });
});

describe("updateStaffUser", () => {
  async function newStaff(role: Role = "SUPERVISOR") {
    const staff = await createStaffUser(prisma, admin, staffInput(role));
    await activateThroughEmail(prisma, staff.email, PASSWORD);
    return staff;
  }

  it("disabling bumps the session version, records who/what in the audit log, and the account can no longer log in", async () => {
    const staff = await newStaff();
    const updated = await updateStaffUser(prisma, admin, staff.id, { disabled: true });
    expect(updated.disabledAt).toBeInstanceOf(Date);

    const row = await prisma.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row.sessionVersion).toBe(1);
    expect(row.disabledAt).toBeInstanceOf(Date);
    expect(row.role).toBe("SUPERVISOR");

    const audit = await auditFor(staff.id);
    expect(audit.map((a) => a.action)).toEqual(["STAFF_CREATED", "SUPERVISOR_GRANTED", "STAFF_ACTIVATED", "STAFF_UPDATED"]);
    expect(audit[3]).toMatchObject({
      actorId: admin.id,
      targetType: "USER",
      data: { from: { role: "SUPERVISOR", disabled: false }, to: { role: "SUPERVISOR", disabled: true } },
    });
    expect(await authenticate(prisma, { email: staff.email, password: PASSWORD, ip: null })).toEqual({
      ok: false,
      reason: "INVALID_CREDENTIALS",
    });
  });

  it("re-enabling and changing the role each bump the session version again and are audited", async () => {
    const staff = await newStaff("CUSTOMER_SERVICE");
    await updateStaffUser(prisma, admin, staff.id, { disabled: true });
    await updateStaffUser(prisma, admin, staff.id, { disabled: false });
    await updateStaffUser(prisma, admin, staff.id, { role: "SUPERVISOR" });

    const row = await prisma.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row).toMatchObject({ sessionVersion: 3, disabledAt: null, role: "SUPERVISOR" });
    const updates = (await auditFor(staff.id)).filter((a) => a.action === "STAFF_UPDATED").map((a) => a.data);
    expect(updates).toEqual([
      { from: { role: "CUSTOMER_SERVICE", disabled: false }, to: { role: "CUSTOMER_SERVICE", disabled: true } },
      { from: { role: "CUSTOMER_SERVICE", disabled: true }, to: { role: "CUSTOMER_SERVICE", disabled: false } },
      { from: { role: "CUSTOMER_SERVICE", disabled: false }, to: { role: "SUPERVISOR", disabled: false } },
    ]);
    expect(await authenticate(prisma, { email: staff.email, password: PASSWORD, ip: null })).toMatchObject({
      ok: true,
      user: { role: "SUPERVISOR", sessionVersion: 3 },
    });
  });

  it("an admin cannot change their own account", async () => {
    const auditBefore = await prisma.auditLog.count();
    await expectDomainError(updateStaffUser(prisma, admin, admin.id, { disabled: true }), "FORBIDDEN");
    await expectDomainError(updateStaffUser(prisma, admin, admin.id, { role: "CUSTOMER_SERVICE" }), "FORBIDDEN");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      sessionVersion: 0,
      disabledAt: null,
      role: "ADMIN",
    });
    expect(await prisma.auditLog.count()).toBe(auditBefore);
  });

  it.each<Role>(["INVESTOR", "COMPANY"])("cannot target a %s account: NOT_FOUND, the account is untouched", async (role) => {
    const customer = await createUser(prisma, { role });
    await expectDomainError(updateStaffUser(prisma, admin, customer.id, { disabled: true }), "NOT_FOUND");
    await expectDomainError(updateStaffUser(prisma, admin, customer.id, { role: "ADMIN" }), "NOT_FOUND");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      role,
      sessionVersion: 0,
      disabledAt: null,
    });
    expect(await auditFor(customer.id)).toEqual([]);
  });

  it("an unknown user id is NOT_FOUND", async () => {
    await expectDomainError(updateStaffUser(prisma, admin, "no-such-user", { disabled: true }), "NOT_FOUND");
  });

  it("cannot turn a staff member into a customer role", async () => {
    const staff = await newStaff();
    const error = await expectDomainError(updateStaffUser(prisma, admin, staff.id, { role: "INVESTOR" }), "VALIDATION");
    expect(error.fieldErrors).toEqual({ role: ["validation.role"] });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ role: "SUPERVISOR", sessionVersion: 0 });
  });

  it.each<Role>(["CUSTOMER_SERVICE", "SUPERVISOR"])("a %s cannot disable anyone", async (role) => {
    const actor = await newStaff(role);
    const target = await newStaff();
    await expectDomainError(updateStaffUser(prisma, actor, target.id, { disabled: true }), "FORBIDDEN");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ sessionVersion: 0, disabledAt: null });
    expect((await auditFor(target.id)).map((a) => a.action)).toEqual(["STAFF_CREATED", "SUPERVISOR_GRANTED", "STAFF_ACTIVATED"]);
  });
});

describe("listStaff", () => {
  it("lists only staff, newest first, and only for an admin", async () => {
    const investor = await createUser(prisma, { role: "INVESTOR" });
    const newest = await createStaffUser(prisma, admin, staffInput("CUSTOMER_SERVICE"));
    const { items: rows, total } = await listStaff(prisma, admin, 1, 500);
    expect(rows[0].id).toBe(newest.id);
    expect(rows.map((r) => r.id)).not.toContain(investor.id);
    expect(rows.every((r) => ["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"].includes(r.role))).toBe(true);
    expect(total).toBe(rows.length);
    expect(rows[0]).not.toHaveProperty("passwordHash");
    expect(rows[0]).toMatchObject({ invitation: "PENDING", invitationExpiresAt: expect.any(Date) });
    expect(rows.find((r) => r.id === admin.id)).toMatchObject({ invitation: "ACTIVATED", invitationExpiresAt: null });

    const page2 = await listStaff(prisma, admin, 2, 1);
    expect(page2).toEqual({ items: [rows[1]], total, page: 2, pageSize: 1 });

    await expectDomainError(
      Promise.resolve().then(() => listStaff(prisma, { id: newest.id, role: "CUSTOMER_SERVICE" }, 1)),
      "FORBIDDEN",
    );
  });
});

describe("changePassword", () => {
  it("needs the current password, then stores a new hash and bumps the session version", async () => {
    const user = await createUser(prisma, { role: "INVESTOR", passwordHash: await hashPassword("the old passphrase 1") });

    const error = await expectDomainError(
      changePassword(prisma, user.id, { currentPassword: "not the old one", newPassword: "the new passphrase 2", ip: null }),
      "VALIDATION",
    );
    expect(error.fieldErrors).toEqual({ currentPassword: ["validation.currentPasswordWrong"] });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      sessionVersion: 0,
      passwordHash: user.passwordHash,
    });

    expect(
      await changePassword(prisma, user.id, {
        currentPassword: "the old passphrase 1",
        newPassword: "the new passphrase 2",
        ip: null,
      }),
    ).toEqual({
      id: user.id,
      sessionVersion: 1,
    });
    expect(await authenticate(prisma, { email: user.email, password: "the old passphrase 1", ip: null })).toMatchObject({ ok: false });
    expect(await authenticate(prisma, { email: user.email, password: "the new passphrase 2", ip: null })).toMatchObject({
      ok: true,
      user: { sessionVersion: 1 },
    });
  });
});
