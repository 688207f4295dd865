import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { User } from "@/lib/generated/prisma/client";
import { siteFooterSchema } from "@/lib/schemas/site-footer";
import type { Db } from "@/lib/server/db/types";
import { getSiteFooterSettings, SITE_FOOTER_KEY, updateSiteFooterSettings } from "@/lib/server/settings/site-footer";
import { expectDomainError } from "../accounts/helpers";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

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
beforeEach(async () => {
  await prisma.platformSetting.deleteMany({ where: { key: SITE_FOOTER_KEY } });
});

const FULL = {
  icpLine: "京ICP备12345678号",
  servicePhone: "400-820-8820",
  serviceEmail: "service@example.com",
  serviceHours: "9:00–18:00",
};
const parse = (input: Record<string, string>) => siteFooterSchema.safeParse(input);
const issues = (input: Record<string, string>) => {
  const result = parse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the footer settings form", () => {
  it.each(["京ICP备12345678号", "沪ICP备2023012345号-2", "粤ICP备2021000001号-12", " 京ICP备12345678号 "])(
    "accepts the ICP number %s",
    (icpLine) => {
      const result = parse({ icpLine });
      expect(result.success && result.data.icpLine).toBe(icpLine.trim());
    },
  );

  it.each([
    ["no province", "ICP备12345678号"],
    ["Latin province", "JICP备12345678号"],
    ["no 号", "京ICP备12345678"],
    ["letters in the number", "京ICP备1234ABCD号"],
    ["too short a number", "京ICP备12345号"],
    ["text after it", "京ICP备12345678号 <script>"],
    ["a public-security number instead", "京公网安备11010502030143号"],
  ])("refuses an ICP line with %s", (_why, icpLine) => {
    expect(issues({ icpLine })).toEqual({ icpLine: "site.validation.icpLine" });
  });

  it("refuses phones with letters or too few digits, and a malformed e-mail", () => {
    expect(issues({ servicePhone: "400-CALL-NOW" })).toEqual({ servicePhone: "site.validation.servicePhone" });
    expect(issues({ servicePhone: "12-34" })).toEqual({ servicePhone: "site.validation.servicePhone" });
    expect(issues({ serviceEmail: "service@" })).toEqual({ serviceEmail: "validation.email" });
    expect(parse({ servicePhone: "+86 (10) 1234-5678" }).success).toBe(true);
  });

  it("bounds every field and reads empty or blank fields as unset", () => {
    expect(issues({ serviceHours: "x".repeat(61) })).toEqual({ serviceHours: "validation.tooLong" });
    expect(issues({ icpLine: "京".repeat(41) })).toEqual({ icpLine: "validation.tooLong" });
    const result = parse({ icpLine: "", servicePhone: "  ", serviceHours: "9:00–18:00" });
    expect(result.success && result.data).toEqual({
      icpLine: undefined,
      servicePhone: undefined,
      serviceEmail: undefined,
      serviceHours: "9:00–18:00",
    });
  });
});

describe("the footer settings service", () => {
  it("has nothing to show until an admin sets it", async () => {
    expect(await getSiteFooterSettings(prisma)).toEqual({});
  });

  it("stores what the admin sets and audits the old and new values in the same step", async () => {
    await updateSiteFooterSettings(prisma, admin, siteFooterSchema.parse(FULL));
    expect(await getSiteFooterSettings(prisma)).toEqual(FULL);
    await updateSiteFooterSettings(prisma, admin, siteFooterSchema.parse({ ...FULL, icpLine: "", serviceHours: "" }));
    // An emptied field takes its item off the footer.
    expect(await getSiteFooterSettings(prisma)).toEqual({ servicePhone: FULL.servicePhone, serviceEmail: FULL.serviceEmail });
    const audit = await prisma.auditLog.findMany({
      where: { targetId: SITE_FOOTER_KEY, actorId: admin.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => [row.action, row.targetType])).toEqual([
      ["SETTINGS_UPDATED", "PLATFORM_SETTING"],
      ["SETTINGS_UPDATED", "PLATFORM_SETTING"],
    ]);
    expect(audit[0].data).toEqual({ before: {}, after: FULL });
    expect(audit[1].data).toEqual({ before: FULL, after: { servicePhone: FULL.servicePhone, serviceEmail: FULL.serviceEmail } });
    const row = await prisma.platformSetting.findUniqueOrThrow({ where: { key: SITE_FOOTER_KEY } });
    expect(row.updatedById).toBe(admin.id);
  });

  it.each(["SUPERVISOR", "CUSTOMER_SERVICE", "COMPANY", "INVESTOR"] as const)("refuses a %s and changes nothing", async (role) => {
    const someone = await createUser(prisma, { role });
    const auditBefore = await prisma.auditLog.count();
    await expectDomainError(updateSiteFooterSettings(prisma, someone, siteFooterSchema.parse(FULL)), "FORBIDDEN");
    expect(await prisma.platformSetting.findUnique({ where: { key: SITE_FOOTER_KEY } })).toBeNull();
    expect(await prisma.auditLog.count()).toBe(auditBefore);
  });

  it("ignores a malformed stored value instead of showing it", async () => {
    await prisma.platformSetting.create({ data: { key: SITE_FOOTER_KEY, value: { icpLine: "<a href=x>fake</a>" } } });
    expect(await getSiteFooterSettings(prisma)).toEqual({});
  });
});
