import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repaymentSettingsFormSchema } from "@/lib/schemas/repayments";
import type { Db } from "@/lib/server/db/types";
import { getRepaymentSettings, REPAYMENT_SETTINGS_KEY, updateRepaymentSettings } from "@/lib/server/settings/repayment-settings";
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

describe("repayment settings", () => {
  it("default to a 10 % fee and penalty first; an admin changes them, audited with before and after", async () => {
    expect(await getRepaymentSettings(db)).toEqual({ managementFeeBp: 1000, allocationOrder: "PENALTY_INTEREST_PRINCIPAL" });
    const admin = await createUser(db, { role: "ADMIN" });
    await updateRepaymentSettings(db, admin, { managementFeeBp: 1500, allocationOrder: "INTEREST_PRINCIPAL_PENALTY" });
    expect(await getRepaymentSettings(db)).toEqual({ managementFeeBp: 1500, allocationOrder: "INTEREST_PRINCIPAL_PENALTY" });
    const audit = await db.auditLog.findMany({ where: { targetId: REPAYMENT_SETTINGS_KEY } });
    expect(audit).toMatchObject([
      {
        action: "SETTINGS_UPDATED",
        actorId: admin.id,
        data: {
          before: { managementFeeBp: 1000, allocationOrder: "PENALTY_INTEREST_PRINCIPAL" },
          after: { managementFeeBp: 1500, allocationOrder: "INTEREST_PRINCIPAL_PENALTY" },
        },
      },
    ]);
  });

  it("refuses anyone but an admin, a fee above 50 % and an unknown order, changing nothing", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const sup = await createUser(db, { role: "SUPERVISOR" });
    const before = await getRepaymentSettings(db);
    await expect(
      updateRepaymentSettings(db, sup, { managementFeeBp: 500, allocationOrder: "PENALTY_INTEREST_PRINCIPAL" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      updateRepaymentSettings(db, admin, { managementFeeBp: 5001, allocationOrder: "PENALTY_INTEREST_PRINCIPAL" }),
    ).rejects.toThrow();
    // @ts-expect-error an order the platform does not know
    await expect(updateRepaymentSettings(db, admin, { managementFeeBp: 100, allocationOrder: "PRINCIPAL_FIRST" })).rejects.toThrow();
    expect(await getRepaymentSettings(db)).toEqual(before);
  });

  it("reads the admin's form: a percentage of interest as basis points", () => {
    expect(repaymentSettingsFormSchema.parse({ managementFee: "12.5", allocationOrder: "PENALTY_INTEREST_PRINCIPAL" })).toEqual({
      managementFee: 1250,
      allocationOrder: "PENALTY_INTEREST_PRINCIPAL",
    });
    expect(repaymentSettingsFormSchema.safeParse({ managementFee: "51", allocationOrder: "PENALTY_INTEREST_PRINCIPAL" }).success).toBe(
      false,
    );
  });

  it("falls back to the defaults on a malformed stored value", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    await db.platformSetting.upsert({
      where: { key: REPAYMENT_SETTINGS_KEY },
      create: { key: REPAYMENT_SETTINGS_KEY, value: { managementFeeBp: "lots" }, updatedById: admin.id },
      update: { value: { managementFeeBp: "lots" } },
    });
    expect(await getRepaymentSettings(db)).toEqual({ managementFeeBp: 1000, allocationOrder: "PENALTY_INTEREST_PRINCIPAL" });
  });
});
