import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db/types";
import {
  COMPANY_STATUS_SETTINGS_KEY,
  getCompanyStatusSettings,
  updateCompanyStatusSettings,
} from "@/lib/server/settings/company-status-settings";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  await database?.close();
});

describe("company status settings", () => {
  it("default to 12 months; an admin changes them, audited with before and after", async () => {
    expect(await getCompanyStatusSettings(db)).toEqual({ upgradeMinMonths: 12 });
    const admin = await createUser(db, { role: "ADMIN" });
    await updateCompanyStatusSettings(db, admin, { upgradeMinMonths: 18 });
    expect(await getCompanyStatusSettings(db)).toEqual({ upgradeMinMonths: 18 });
    const audit = await db.auditLog.findMany({ where: { targetId: COMPANY_STATUS_SETTINGS_KEY } });
    expect(audit).toMatchObject([
      { action: "SETTINGS_UPDATED", actorId: admin.id, data: { before: { upgradeMinMonths: 12 }, after: { upgradeMinMonths: 18 } } },
    ]);
  });

  it("refuses anyone but an admin, and values outside 1–60, changing nothing", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const sup = await createUser(db, { role: "SUPERVISOR" });
    const before = await getCompanyStatusSettings(db);
    await expect(updateCompanyStatusSettings(db, sup, { upgradeMinMonths: 6 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateCompanyStatusSettings(db, admin, { upgradeMinMonths: 0 })).rejects.toThrow();
    await expect(updateCompanyStatusSettings(db, admin, { upgradeMinMonths: 61 })).rejects.toThrow();
    expect(await getCompanyStatusSettings(db)).toEqual(before);
  });

  it("falls back to the default on a malformed stored value", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    await db.platformSetting.upsert({
      where: { key: COMPANY_STATUS_SETTINGS_KEY },
      create: { key: COMPANY_STATUS_SETTINGS_KEY, value: { upgradeMinMonths: "soon" }, updatedById: admin.id },
      update: { value: { upgradeMinMonths: "soon" } },
    });
    expect(await getCompanyStatusSettings(db)).toEqual({ upgradeMinMonths: 12 });
  });
});
