import { afterAll, beforeAll, expect, it } from "vitest";
import { addDays, type BusinessDate } from "@/lib/domain/dates";
import { fixedClock } from "@/lib/server/clock";
import { type OpenDatabase, openDatabase } from "@/lib/server/db/open";
import { runJob } from "@/lib/server/jobs/run-job";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { updateOverdueSettings } from "@/lib/server/settings/overdue-settings";
import { createUser } from "../support/factories";
import { depositFor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { repayingProject } from "../support/repaying-project";
import { createTestDatabase, describeOnPostgres, type TestDatabase } from "../support/test-database";

const PROJECTS = 6;

/**
 * Two app instances running mark-overdue at the same moment, each on its own pool: every project is marked
 * and every company flagged by exactly one of them, and the penalty accrues once.
 */
describeOnPostgres("mark-overdue on two instances at once (PostgreSQL)", () => {
  let database: TestDatabase;
  const workers: OpenDatabase[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 2; i++) workers.push(await openDatabase({ kind: "postgres", url: database.url as string }, { poolSize: 2 }));
  });
  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await database?.close();
  });

  it("splits the projects and companies between them; each moves once, the penalty accrues once", async () => {
    const db = database.prisma;
    const admin = await createUser(db, { role: "ADMIN" });
    await updateOverdueSettings(db, { id: admin.id, role: admin.role }, { graceDays: 0, penaltyDailyBp: 5 });
    const made = [];
    for (let i = 0; i < PROJECTS; i++) made.push(await repayingProject(db));
    const due = made[0]?.instalments[0]?.dueDate.toISOString().slice(0, 10) as BusinessDate;
    // Five days late in Shanghai.
    const clock = fixedClock(new Date(new Date(`${due}T16:00:00Z`).getTime() + 4 * 86_400_000), "Asia/Shanghai");
    for (const worker of workers) await worker.prisma.$queryRaw`SELECT 1`;

    const movedBy = workers.map(() => [] as string[]);
    const results = await Promise.all(
      workers.map((worker, i) =>
        runJob(worker.prisma, "mark-overdue", clock, { batchSize: 1, onBatch: (ids) => movedBy[i]?.push(...ids) }),
      ),
    );
    const [a = [], b = []] = movedBy;
    expect(results.map((r) => r.handled)).toEqual([a.length, b.length]);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    const expected = made.flatMap((m) => [m.project.id, m.project.companyId]);
    expect(new Set([...a, ...b])).toEqual(new Set(expected));

    const ids = made.map((m) => m.project.id);
    expect(await db.statusHistory.count({ where: { entityId: { in: ids }, event: "MARK_OVERDUE" } })).toBe(PROJECTS);
    expect(await db.loanProject.count({ where: { id: { in: ids }, status: "OVERDUE" } })).toBe(PROJECTS);
    expect(await db.company.count({ where: { id: { in: made.map((m) => m.project.companyId) }, status: "WATCH" } })).toBe(PROJECTS);
    for (const { instalments } of made) {
      const first = instalments[0] as (typeof instalments)[number];
      const row = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
      expect(row.penaltyFen).toBe(((first.principalFen + first.interestFen) * 5n * 5n * 2n + 10_000n) / 20_000n);
    }
  });

  it("skips a project a repayment holds, without waiting for it, and marks it on the next run", async () => {
    const db = database.prisma;
    const made = await repayingProject(db);
    const due = (made.instalments[0] as { dueDate: Date }).dueDate.toISOString().slice(0, 10) as BusinessDate;
    // Far past the first test's clock: every instalment of this project is overdue by then.
    const asOf = addDays(due, 400);
    const clock = fixedClock(`${asOf}T02:00:00Z`, "Asia/Shanghai");
    // Today's penalty already accrued (a repayment accrues its own project first), so the job's accrual skips the rows.
    await accrueOverdue(db, asOf, { graceDays: 0, penaltyDailyBp: 5 }, [made.project.id]);

    // A repayment in progress: the project row, then its instalments, locked as lib/server/repayments does.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const worker = workers[0] as OpenDatabase;
    const repayment = worker.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "LoanProject" WHERE "id" = ${made.project.id} FOR UPDATE`;
        await tx.$queryRaw`SELECT "id" FROM "RepaymentInstalment" WHERE "projectId" = ${made.project.id} ORDER BY "number" FOR UPDATE`;
        locked();
        await held;
      },
      { timeout: 60_000 },
    );
    await isLocked;
    try {
      const moved: string[] = [];
      await runJob((workers[1] as OpenDatabase).prisma, "mark-overdue", clock, { onBatch: (ids) => moved.push(...ids) });
      // Neither the project (its row is locked) nor its company (its only overdue instalments are locked) moved.
      expect(moved).not.toContain(made.project.id);
      expect(moved).not.toContain(made.project.companyId);
      expect((await db.loanProject.findUniqueOrThrow({ where: { id: made.project.id } })).status).toBe("REPAYING");
    } finally {
      release();
      await repayment;
    }
    const next = await runJob(db, "mark-overdue", clock);
    expect(next.handled).toBe(2);
    expect((await db.company.findUniqueOrThrow({ where: { id: made.project.companyId } })).status).toBe("WATCH");
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: made.project.id } })).status).toBe("OVERDUE");
  });

  it("the job and the companies' repayments at the same moment: no error, and every project that paid its overdue instalment ends REPAYING", async () => {
    const db = database.prisma;
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await repayingProject(db, { termMonths: 3 }));
    for (const { companyUser } of made) await depositFor(db, companyUser.id, 20_000_000n);
    const due = ((made[0] as (typeof made)[number]).instalments[0] as { dueDate: Date }).dueDate.toISOString().slice(0, 10) as BusinessDate;
    // 5 days late in Shanghai (graceDays 0, set by the first test): overdue, not yet accrued or marked.
    const asOf = addDays(due, 5);
    const clock = fixedClock(`${asOf}T02:00:00Z`, "Asia/Shanghai");
    const [a, b] = workers as [OpenDatabase, OpenDatabase];
    for (const worker of workers) await worker.prisma.$queryRaw`SELECT 1`;

    const results = await Promise.allSettled([
      runJob(a.prisma, "mark-overdue", clock),
      ...made.map(({ project, companyUser, instalments }) => {
        const first = instalments[0] as (typeof instalments)[number];
        const unpaid = first.principalFen + first.interestFen;
        // The first instalment with 5 days of penalty (from the due date), and a little of the next one.
        const amountFen = unpaid + (unpaid * 5n * 5n * 2n + 10_000n) / 20_000n + 100n;
        return repayFromWallet(b.prisma, { id: companyUser.id, role: "COMPANY" }, { projectId: project.id, amountFen }, { clock });
      }),
    ]);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([]);

    for (const { project } of made) {
      const [first] = await db.repaymentInstalment.findMany({ where: { projectId: project.id }, orderBy: { number: "asc" }, take: 1 });
      expect(first?.status).toBe("PAID");
      // Marked before the payment and CUREd by it, or never marked: REPAYING either way.
      expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("REPAYING");
    }
    // Nothing left to do on that day.
    expect((await runJob(db, "mark-overdue", clock)).handled).toBe(0);
    await assertLedgerInvariants(db);
  });
});
