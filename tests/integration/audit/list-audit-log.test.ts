import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("audit log listing", () => {
  let db: TestDatabase;
  let adminId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const admin = await db.prisma.user.create({ data: { email: "a@x.cn", passwordHash: "x", role: "ADMIN", displayName: "Admin A" } });
    adminId = admin.id;
    for (let i = 0; i < 5; i++) {
      await db.prisma.auditLog.create({
        data: {
          actorId: i % 2 ? adminId : null,
          action: i < 3 ? "STAFF_CREATED" : "LOAN_PROJECT.PUBLISH",
          targetType: "USER",
          targetId: `t${i}`,
        },
      });
    }
  });
  afterAll(async () => {
    await db.close();
  });

  it("is for admins only", async () => {
    await expect(listAuditLog(db.prisma, { role: "SUPERVISOR" }, {}, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists newest first with actor names, paginated", async () => {
    const first = await listAuditLog(db.prisma, { role: "ADMIN" }, {}, 1, 2);
    expect(first.total).toBe(5);
    expect(first.items.map((r) => r.targetId)).toEqual(["t4", "t3"]);
    expect(first.items[1].actorName).toBe("Admin A <a@x.cn>");
    expect(first.items[0].actorName).toBeNull();
    const last = await listAuditLog(db.prisma, { role: "ADMIN" }, {}, 3, 2);
    expect(last.items.map((r) => r.targetId)).toEqual(["t0"]);
  });

  it("filters by action (case-insensitive) and target", async () => {
    expect((await listAuditLog(db.prisma, { role: "ADMIN" }, { action: "publish" }, 1)).total).toBe(2);
    const byTarget = await listAuditLog(db.prisma, { role: "ADMIN" }, { targetId: "t1" }, 1);
    expect(byTarget.items.map((r) => r.action)).toEqual(["STAFF_CREATED"]);
  });
});
