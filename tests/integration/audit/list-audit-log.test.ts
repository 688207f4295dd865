import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditFilter } from "@/lib/audit-log/filter";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const ZONE = "Asia/Shanghai";
const ADMIN = { role: "ADMIN" as const };

describe("audit log read service", () => {
  let db: TestDatabase;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    const p = db.prisma;
    const admin = await createUser(p, { role: "ADMIN", displayName: "Admin A" });
    const cs = await createUser(p, { role: "CUSTOMER_SERVICE", displayName: "张三" });
    const newcomer = await createUser(p, { role: "SUPERVISOR", displayName: "孙主管" });
    const company = await createCompany(p, { name: "甲公司" });
    const inReview = await createLoanProject(p, { companyId: company.id, title: "备货周转", status: "PENDING_PRELIMINARY_REVIEW" });
    const published = await createLoanProject(p, { companyId: company.id, title: "设备升级", status: "FUNDRAISING" });
    const investor = await createUser(p, { role: "INVESTOR" });
    const investment = await p.investment.create({ data: { projectId: published.id, investorId: investor.id, amountFen: 100_000n } });
    const request = await p.reviewRequest.create({
      data: { targetType: "COMPANY", targetId: company.id, action: "ACTIVATE", reason: "资料齐全", makerId: cs.id },
    });
    Object.assign(ids, { admin: admin.id, cs: cs.id, newcomer: newcomer.id, company: company.id, inReview: inReview.id });
    Object.assign(ids, { published: published.id, investment: investment.id, request: request.id });

    // Oldest first. 2026-11-29T16:30Z is 00:30 on 11-30 in Shanghai: a business-date boundary.
    const rows = [
      {
        at: "2026-11-28T03:00:00Z",
        actorId: admin.id,
        action: "STAFF_CREATED",
        targetType: "USER",
        targetId: newcomer.id,
        data: { role: "SUPERVISOR" },
      },
      {
        at: "2026-11-29T15:59:00Z",
        actorId: admin.id,
        action: "SUPERVISOR_GRANTED",
        targetType: "USER",
        targetId: newcomer.id,
        data: { fromRole: null },
      },
      {
        at: "2026-11-29T16:30:00Z",
        actorId: cs.id,
        action: "REVIEW_REQUEST.CREATE",
        targetType: "REVIEW_REQUEST",
        targetId: request.id,
        data: { targetType: "COMPANY", targetId: company.id, action: "ACTIVATE", reason: "资料齐全" },
      },
      {
        at: "2026-11-30T01:00:00Z",
        actorId: cs.id,
        action: "LOAN_PROJECT.RETURN_FOR_REVISION",
        targetType: "LOAN_PROJECT",
        targetId: inReview.id,
        data: { from: "PENDING_PRELIMINARY_REVIEW", to: "DRAFT", reason: "缺少报表" },
      },
      {
        at: "2026-11-30T02:00:00Z",
        actorId: null,
        action: "LOAN_PROJECT.FILL",
        targetType: "LOAN_PROJECT",
        targetId: published.id,
        data: {},
      },
      {
        at: "2026-11-30T03:00:00Z",
        actorId: cs.id,
        action: "INVESTMENT.CONFIRM",
        targetType: "INVESTMENT",
        targetId: investment.id,
        data: {},
      },
      {
        at: "2026-11-30T04:00:00Z",
        actorId: admin.id,
        action: "SETTINGS_UPDATED",
        targetType: "PLATFORM_SETTING",
        targetId: "loanLimits",
        data: {},
      },
      { at: "2026-11-30T05:00:00Z", actorId: cs.id, action: "COMPANY.ACTIVATE", targetType: "COMPANY", targetId: "gone-company", data: {} },
    ];
    for (const { at, ...row } of rows) await p.auditLog.create({ data: { ...row, createdAt: new Date(at) } });
  });
  afterAll(async () => {
    await db.close();
  });

  const list = (query: Record<string, string>, page = 1, pageSize = 50) =>
    listAuditLog(db.prisma, ADMIN, parseAuditFilter(query).filter, page, pageSize, ZONE);

  it("is for admins only", async () => {
    await expect(listAuditLog(db.prisma, { role: "SUPERVISOR" }, {}, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists newest first, paginated, with each actor's name and role (null for the system)", async () => {
    const first = await list({}, 1, 3);
    expect(first.total).toBe(8);
    expect(first.items.map((e) => e.action)).toEqual(["COMPANY.ACTIVATE", "SETTINGS_UPDATED", "INVESTMENT.CONFIRM"]);
    expect(first.items[0].actor).toEqual({ name: "张三", role: "CUSTOMER_SERVICE" });
    expect(first.items[1].actor).toEqual({ name: "Admin A", role: "ADMIN" });
    const last = await list({}, 3, 3);
    expect(last.items.map((e) => e.action)).toEqual(["SUPERVISOR_GRANTED", "STAFF_CREATED"]);
    const system = (await list({ action: "LOAN_PROJECT.FILL" })).items[0];
    expect(system.actor).toBeNull();
    expect(system.actorId).toBeNull();
  });

  it("names every subject and gives the facts its link needs", async () => {
    const byAction = new Map((await list({})).items.map((e) => [e.action, e.subject]));
    expect(byAction.get("STAFF_CREATED")).toEqual({ type: "USER", id: ids.newcomer, label: "孙主管", role: "SUPERVISOR" });
    expect(byAction.get("LOAN_PROJECT.RETURN_FOR_REVISION")).toEqual({
      type: "LOAN_PROJECT",
      id: ids.inReview,
      label: "备货周转",
      isPublic: false,
    });
    expect(byAction.get("LOAN_PROJECT.FILL")).toMatchObject({ label: "设备升级", isPublic: true });
    expect(byAction.get("INVESTMENT.CONFIRM")).toMatchObject({ project: { id: ids.published, title: "设备升级", isPublic: true } });
    expect(byAction.get("REVIEW_REQUEST.CREATE")).toMatchObject({
      request: { targetType: "COMPANY", targetId: ids.company, action: "ACTIVATE", label: "甲公司" },
    });
    expect(byAction.get("SETTINGS_UPDATED")).toEqual({ type: "PLATFORM_SETTING", id: "loanLimits", label: null });
    expect(byAction.get("COMPANY.ACTIVATE")).toEqual({ type: "COMPANY", id: "gone-company", label: null });
  });

  it("filters by action kind, by the actor's role and by the system", async () => {
    expect((await list({ action: "SUPERVISOR_GRANTED" })).items.map((e) => e.subject.id)).toEqual([ids.newcomer]);
    const byCs = await list({ actorRole: "CUSTOMER_SERVICE" });
    expect(byCs.total).toBe(4);
    expect(byCs.items.every((e) => e.actor?.role === "CUSTOMER_SERVICE")).toBe(true);
    expect((await list({ actorRole: "ADMIN", action: "STAFF_CREATED" })).total).toBe(1);
    expect((await list({ actorRole: "SUPERVISOR" })).total).toBe(0);
    expect((await list({ actorRole: "SYSTEM" })).items.map((e) => e.action)).toEqual(["LOAN_PROJECT.FILL"]);
  });

  it("filters by subject type and id (the old targetId parameter too)", async () => {
    expect((await list({ subjectType: "LOAN_PROJECT" })).total).toBe(2);
    expect((await list({ subjectType: "USER", subjectId: ids.newcomer })).total).toBe(2);
    expect((await list({ targetId: ids.inReview })).items.map((e) => e.action)).toEqual(["LOAN_PROJECT.RETURN_FOR_REVISION"]);
  });

  it("filters by business dates in the business time zone, both ends included", async () => {
    // 11-29 in Shanghai ends at 2026-11-29T16:00Z: the row at 15:59Z is in, the one at 16:30Z is on 11-30.
    expect((await list({ from: "2026-11-29", to: "2026-11-29" })).items.map((e) => e.action)).toEqual(["SUPERVISOR_GRANTED"]);
    expect((await list({ from: "2026-11-30" })).total).toBe(6);
    expect((await list({ to: "2026-11-28" })).items.map((e) => e.action)).toEqual(["STAFF_CREATED"]);
  });

  it("ignores bad filter values instead of failing, and says which", async () => {
    const parsed = parseAuditFilter({ action: "STAFF_UPDATEX", actorRole: "ROOT", from: "2026-13-01", subjectId: "a'; DROP" });
    expect(parsed.filter).toEqual({});
    expect(parsed.problems.map((p) => p.key).sort()).toEqual(["action", "actorRole", "from", "subjectId"]);
    expect((await listAuditLog(db.prisma, ADMIN, parsed.filter, 1, 50, ZONE)).total).toBe(8);
  });
});
