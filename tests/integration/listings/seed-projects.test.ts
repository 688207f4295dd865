import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fundraisingDeadlineOf } from "@/lib/domain/dates";
import { applyLoanProjectEvent, type LoanProjectEvent, type LoanProjectStatus } from "@/lib/domain/machines/loan-project";
import { listPublicLoanProjects } from "@/lib/server/listings";
import { getPlatformStats } from "@/lib/server/stats";
import { seedAccounts } from "@/prisma/seed/seed-accounts";
import { settableClock } from "@/prisma/seed/seed-clock";
import { DEMO_PROJECTS, seedProjects } from "@/prisma/seed/seed-projects";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
const now = new Date();
const ago = (ms: number) => new Date(now.getTime() - ms);

beforeAll(async () => {
  database = await createTestDatabase();
  await seedAccounts(database.prisma);
  await seedProjects(database.prisma, now);
});

afterAll(async () => {
  await database?.close();
});

describe("demo loan projects", () => {
  it("cover every state reachable before money moves, and nothing after it", async () => {
    const groups = await database.prisma.loanProject.groupBy({ by: ["status"], _count: { _all: true } });
    const counts = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
    expect(counts).toEqual({ DRAFT: 2, PENDING_PRELIMINARY_REVIEW: 1, PENDING_FINAL_REVIEW: 1, REJECTED: 1, WITHDRAWN: 1, FUNDRAISING: 6 });
    expect(await database.prisma.investment.count()).toBe(0);
    expect(await database.prisma.journalEntry.count()).toBe(0);
    expect(await database.prisma.loanProject.count({ where: { fundedFen: { not: 0n } } })).toBe(0);
  });

  it("is idempotent", async () => {
    expect(await seedProjects(database.prisma, now)).toEqual({ created: 0 });
    expect(await database.prisma.loanProject.count()).toBe(12);
  });

  it("has a history that the loan-project machine accepts, step by step, ending at the current status", async () => {
    const db = database.prisma;
    const [cs, sup] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { email: "cs@demo.lend" } }),
      db.user.findUniqueOrThrow({ where: { email: "sup@demo.lend" } }),
    ]);
    const projects = await db.loanProject.findMany({ include: { company: { select: { userId: true } } } });
    for (const project of projects) {
      const history = await db.statusHistory.findMany({
        where: { entityType: "LOAN_PROJECT", entityId: project.id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      let status: LoanProjectStatus = "DRAFT";
      let passedBy: string | null = null;
      for (const row of history) {
        expect(row.fromStatus, project.title).toBe(status);
        const event = { type: row.event, reason: row.reason ?? undefined } as LoanProjectEvent;
        const result = applyLoanProjectEvent(
          status,
          { companyStatus: "NORMAL", requiredFieldsValid: true, actorId: row.actorId ?? undefined, passedById: passedBy },
          event,
        );
        expect(result, `${project.title}: ${row.event} from ${status}`).toEqual({ ok: true, to: row.toStatus });
        const expectedActor = { SUBMIT: project.company.userId, WITHDRAW: project.company.userId, PUBLISH: sup.id }[row.event] ?? cs.id;
        expect(row.actorId, `${project.title}: ${row.event} actor`).toBe(expectedActor);
        if (row.event === "PASS_PRELIMINARY") passedBy = row.actorId;
        if (row.event === "RETURN_FOR_REVISION") passedBy = null;
        status = row.toStatus as LoanProjectStatus;
      }
      expect(project.status, project.title).toBe(status);
      expect(project.passedById, project.title).toBe(passedBy);
      if (project.submittedAt) expect(history[0]?.event).toBe("SUBMIT");
    }
  });

  it("publishes the FUNDRAISING ones properly: four eyes, risk grade, deadline in the future", async () => {
    const db = database.prisma;
    const [cs, sup] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { email: "cs@demo.lend" } }),
      db.user.findUniqueOrThrow({ where: { email: "sup@demo.lend" } }),
    ]);
    const open = await db.loanProject.findMany({ where: { status: "FUNDRAISING" } });
    for (const project of open) {
      expect(project).toMatchObject({ passedById: cs.id, publishedById: sup.id });
      expect(project.riskGrade).not.toBeNull();
      expect(project.publishedAt?.getTime()).toBeLessThan(now.getTime());
      // The publication rule: open through the business day fundraisingDays after publication (China time).
      expect(project.fundraisingDeadline).toEqual(
        fundraisingDeadlineOf(project.publishedAt ?? new Date(0), project.fundraisingDays, "Asia/Shanghai"),
      );
      expect(project.fundraisingDeadline?.getTime()).toBeGreaterThan(now.getTime());
    }
    const staffSteps = await db.auditLog.count({ where: { targetType: "LOAN_PROJECT" } });
    const staffHistory = await db.statusHistory.count({
      where: { event: { in: ["PASS_PRELIMINARY", "PUBLISH", "REJECT", "RETURN_FOR_REVISION"] } },
    });
    expect(staffSteps).toBe(staffHistory);
  });

  it("shows only the published ones to the public", async () => {
    const page = await listPublicLoanProjects(database.prisma, {});
    expect(page.total).toBe(6);
    expect(page.items.every((p) => p.status === "FUNDRAISING")).toBe(true);
    const stats = await getPlatformStats(database.prisma);
    expect(stats).toMatchObject({ publicProjectCount: 6, fundraisingProjectCount: 6, totalFinancedFen: 0n });
    expect(stats.fundraisingAmountFen).toBe((500_000n + 300_000n + 1_200_000n + 800_000n + 200_000n + 2_000_000n) * 100n);
  });

  it("tells each project's story through the services, at the story's times", async () => {
    const db = database.prisma;
    for (const demo of DEMO_PROJECTS) {
      const project = await db.loanProject.findFirstOrThrow({ where: { title: demo.title } });
      const history = await db.statusHistory.findMany({
        where: { entityType: "LOAN_PROJECT", entityId: project.id },
        orderBy: { id: "asc" },
      });
      const drafted = ago((demo.path[0]?.ago ?? 0) + demo.draftedAgo);
      const last = demo.path.at(-1);
      expect(
        history.map((row) => ({ event: row.event, at: row.createdAt })),
        demo.title,
      ).toEqual(demo.path.map((step) => ({ event: step.step, at: ago(step.ago) })));
      // The draft's own row follows the clock too: created when drafted, last updated by its last step.
      expect(project.createdAt, demo.title).toEqual(drafted);
      expect(project.updatedAt, demo.title).toEqual(last ? ago(last.ago) : drafted);
      const submitted = demo.path.find((step) => step.step === "SUBMIT");
      expect(project.submittedAt, demo.title).toEqual(submitted ? ago(submitted.ago) : null);
      // The form's values, as the draft service stored them.
      expect(project, demo.title).toMatchObject({
        amountFen: BigInt(demo.amountYuan) * 100n,
        annualRateBp: demo.annualRateBp,
        minInvestmentFen: BigInt(demo.minInvestmentYuan) * 100n,
        fundedFen: 0n,
      });
    }
  });

  it("publishes through 初审 then 复审: SUBMIT, PASS_PRELIMINARY, PUBLISH in order, the columns those services write", async () => {
    const db = database.prisma;
    const open = await db.loanProject.findMany({ where: { status: "FUNDRAISING" } });
    expect(open).toHaveLength(6);
    for (const project of open) {
      const history = await db.statusHistory.findMany({
        where: { entityType: "LOAN_PROJECT", entityId: project.id },
        orderBy: { id: "asc" },
      });
      expect(
        history.map((row) => row.event),
        project.title,
      ).toEqual(["SUBMIT", "PASS_PRELIMINARY", "PUBLISH"]);
      const [submit, pass, publish] = history;
      expect(submit.createdAt.getTime(), project.title).toBeLessThan(pass.createdAt.getTime());
      expect(pass.createdAt.getTime(), project.title).toBeLessThan(publish.createdAt.getTime());
      expect(project.submittedAt, project.title).toEqual(submit.createdAt);
      expect(project.passedById, project.title).toBe(pass.actorId);
      expect(project.publishedById, project.title).toBe(publish.actorId);
      expect(project.passedById, `${project.title}: four eyes`).not.toBe(project.publishedById);
      expect(project.publishedAt, project.title).toEqual(publish.createdAt);
      const demo = DEMO_PROJECTS.find((d) => d.title === project.title);
      const step = demo?.path.find((s) => s.step === "PUBLISH");
      expect(project.riskGrade, project.title).toBe(step?.step === "PUBLISH" ? step.riskGrade : undefined);
    }
  });

  it("has an audit row for every staff step, at the step's time, with what the service wrote; none for the company's", async () => {
    const db = database.prisma;
    const projects = await db.loanProject.findMany();
    const history = await db.statusHistory.findMany({ where: { entityType: "LOAN_PROJECT" }, orderBy: { id: "asc" } });
    const audit = await db.auditLog.findMany({ where: { targetType: "LOAN_PROJECT" }, orderBy: { id: "asc" } });
    const staffRows = history.filter((row) => !["SUBMIT", "WITHDRAW"].includes(row.event));
    expect(staffRows.length).toBeGreaterThan(0);
    expect(audit.map((a) => ({ actorId: a.actorId, action: a.action, targetId: a.targetId, at: a.createdAt }))).toEqual(
      staffRows.map((row) => ({ actorId: row.actorId, action: `LOAN_PROJECT.${row.event}`, targetId: row.entityId, at: row.createdAt })),
    );
    for (const entry of audit.filter((a) => a.action === "LOAN_PROJECT.PUBLISH")) {
      const project = projects.find((p) => p.id === entry.targetId);
      expect(entry.data).toMatchObject({
        from: "PENDING_FINAL_REVIEW",
        to: "FUNDRAISING",
        data: {
          publishedById: project?.publishedById,
          publishedAt: project?.publishedAt?.toISOString(),
          riskGrade: project?.riskGrade,
          fundraisingDeadline: project?.fundraisingDeadline?.toISOString(),
        },
      });
    }
  });
});

describe("the seed's clock", () => {
  it("moves forward only, so the story is written in order", () => {
    const clock = settableClock(new Date("2026-11-01T00:00:00Z"), "Asia/Shanghai");
    clock.set(new Date("2026-11-02T00:00:00Z"));
    expect(clock.now().toISOString()).toBe("2026-11-02T00:00:00.000Z");
    clock.set(new Date("2026-11-02T00:00:00Z"));
    expect(() => clock.set(new Date("2026-11-01T23:59:59Z"))).toThrow(/only moves forward/);
    expect(clock.now().toISOString()).toBe("2026-11-02T00:00:00.000Z");
  });
});
