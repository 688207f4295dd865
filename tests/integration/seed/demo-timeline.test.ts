import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { businessDateOf } from "@/lib/domain/dates";
import { seedAccounts } from "@/prisma/seed/seed-accounts";
import { seedProjects } from "@/prisma/seed/seed-projects";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Issue 8 point 10: a company shown as verified on 11-30 had a project published on 11-28. The demo data must
// tell one consistent story: accounts before their verification, verification before anything the company
// submits, submission before review before publication, and nothing after "now".

let database: TestDatabase;
// Early in a business day, so that "6 hours ago" falls on the previous business date: the hardest case.
const now = new Date("2026-11-30T01:30:00+08:00");
const ZONE = "Asia/Shanghai";

beforeAll(async () => {
  database = await createTestDatabase();
  await seedAccounts(database.prisma, now);
  await seedProjects(database.prisma, now, ZONE);
});

afterAll(async () => {
  await database?.close();
});

/** Asserts that the timestamps, in the order given, never go backwards (missing ones are skipped). */
function expectInOrder(what: string, steps: [string, Date | null | undefined][]) {
  const present = steps.filter((s): s is [string, Date] => s[1] instanceof Date);
  for (let i = 1; i < present.length; i++) {
    const [earlierName, earlier] = present[i - 1];
    const [laterName, later] = present[i];
    expect(
      earlier.getTime(),
      `${what}: ${earlierName} (${earlier.toISOString()}) ≤ ${laterName} (${later.toISOString()})`,
    ).toBeLessThanOrEqual(later.getTime());
  }
}

describe("demo data timeline", () => {
  it("activates every verified company after it registered and submitted its profile, with the activation in its history", async () => {
    const companies = await database.prisma.company.findMany({ include: { user: { select: { createdAt: true } } } });
    expect(companies.length).toBeGreaterThan(0);
    for (const company of companies) {
      const activation = await database.prisma.statusHistory.findFirst({
        where: { entityType: "COMPANY", entityId: company.id, event: "ACTIVATE" },
      });
      expectInOrder(company.name, [
        ["account created", company.user.createdAt],
        ["company registered", company.createdAt],
        ["profile submitted", company.profileCompletedAt],
        ["activated", company.activatedAt],
        ["activation recorded", activation?.createdAt],
        ["now", now],
      ]);
      if (company.status === "INVALID") expect(company.activatedAt, company.name).toBeNull();
      else expect(activation?.createdAt, `${company.name}: its activation is in its history`).toEqual(company.activatedAt);
    }
  });

  it("orders every project's drafting, submission, review and publication after its company's activation and before now", async () => {
    const projects = await database.prisma.loanProject.findMany({ include: { company: true } });
    expect(projects.filter((p) => p.publishedAt).length).toBeGreaterThan(0);
    for (const project of projects) {
      const history = await database.prisma.statusHistory.findMany({
        where: { entityType: "LOAN_PROJECT", entityId: project.id },
        orderBy: { id: "asc" },
      });
      const what = `"${project.title}"`;
      expect(project.company.activatedAt, `${what}: its company is activated`).not.toBeNull();
      expectInOrder(what, [
        ["company activated", project.company.activatedAt],
        ["drafted", project.createdAt],
        ["submitted", project.submittedAt],
        ...history.map((row): [string, Date] => [`${row.event} recorded`, row.createdAt]),
        ["published", project.publishedAt],
        ["now", now],
      ]);
      if (project.publishedAt) {
        const published = history.find((row) => row.event === "PUBLISH");
        expect(published?.createdAt, `${what}: publication matches its history`).toEqual(project.publishedAt);
        expect(
          project.fundraisingDeadline && project.fundraisingDeadline > project.publishedAt,
          `${what}: deadline after publication`,
        ).toBe(true);
        // What the project page shows side by side: the company's verification date and the publication date.
        const activated = project.company.activatedAt ? businessDateOf(project.company.activatedAt, ZONE).toString() : "";
        expect(
          activated <= businessDateOf(project.publishedAt, ZONE).toString(),
          `${what}: verified on or before the publication date`,
        ).toBe(true);
      }
    }
  });

  it("has staff who existed before every step they took, and investors verified after registering", async () => {
    const rows = await database.prisma.statusHistory.findMany({ where: { actorId: { not: null } } });
    const actors = await database.prisma.user.findMany({ where: { id: { in: rows.map((r) => r.actorId ?? "") } } });
    for (const row of rows) {
      const actor = actors.find((a) => a.id === row.actorId);
      expectInOrder(`${row.entityType} ${row.event} by ${actor?.email}`, [
        ["actor created", actor?.createdAt],
        ["step", row.createdAt],
      ]);
    }
    const investors = await database.prisma.investorProfile.findMany({ include: { user: { select: { email: true, createdAt: true } } } });
    expect(investors.length).toBeGreaterThan(0);
    for (const investor of investors) {
      expectInOrder(investor.user.email, [
        ["registered", investor.user.createdAt],
        ["verified", investor.verifiedAt],
        ["now", now],
      ]);
    }
  });

  it("stamps the loan projects' rows with the story's time, never the machine's: nothing is written after now", async () => {
    const db = database.prisma;
    const projects = await db.loanProject.findMany();
    const history = await db.statusHistory.findMany({ where: { entityType: "LOAN_PROJECT" } });
    const audit = await db.auditLog.findMany({ where: { targetType: "LOAN_PROJECT" } });
    expect(history.length).toBeGreaterThan(0);
    expect(audit.length).toBeGreaterThan(0);
    const stamps: [string, Date | null][] = [
      ...projects.flatMap((p): [string, Date | null][] => [
        [`"${p.title}" created`, p.createdAt],
        [`"${p.title}" updated`, p.updatedAt],
        [`"${p.title}" submitted`, p.submittedAt],
        [`"${p.title}" published`, p.publishedAt],
      ]),
      ...history.map((row): [string, Date] => [`history ${row.event} of ${row.entityId}`, row.createdAt]),
      ...audit.map((row): [string, Date] => [`audit ${row.action} of ${row.targetId}`, row.createdAt]),
    ];
    const late = stamps.filter(([, at]) => at && at.getTime() > now.getTime()).map(([what, at]) => `${what} at ${at?.toISOString()}`);
    expect(late).toEqual([]);
  });
});
