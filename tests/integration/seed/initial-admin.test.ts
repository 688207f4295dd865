import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/server/auth/authenticate";
import { seedInitialAdmin } from "@/prisma/seed/initial-admin";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("initial admin from the environment", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("does nothing without both variables", async () => {
    expect(await seedInitialAdmin(db.prisma, { INITIAL_ADMIN_EMAIL: "boss@example.com" })).toBe(false);
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("refuses a weak password", async () => {
    await expect(
      seedInitialAdmin(db.prisma, { INITIAL_ADMIN_EMAIL: "boss@example.com", INITIAL_ADMIN_PASSWORD: "password123" }),
    ).rejects.toThrow(/COMMON/);
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("creates an admin who can log in, once", async () => {
    const env = { INITIAL_ADMIN_EMAIL: " Boss@Example.com ", INITIAL_ADMIN_PASSWORD: "a long and private passphrase" };
    expect(await seedInitialAdmin(db.prisma, env)).toBe(true);
    expect(await seedInitialAdmin(db.prisma, env)).toBe(true);
    const admins = await db.prisma.user.findMany({ where: { role: "ADMIN" } });
    expect(admins.map((a) => a.email)).toEqual(["boss@example.com"]);
    const login = await authenticate(db.prisma, { email: "boss@example.com", password: env.INITIAL_ADMIN_PASSWORD, ip: null });
    expect(login).toMatchObject({ ok: true, user: { role: "ADMIN" } });
  });
});
