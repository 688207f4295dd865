import { afterAll, beforeAll, expect, it } from "vitest";
import type { BusinessDate } from "@/lib/domain/dates";
import { fixedClock } from "@/lib/server/clock";
import { type OpenDatabase, openDatabase } from "@/lib/server/db/open";
import { runJob } from "@/lib/server/jobs/run-job";
import { updateOverdueSettings } from "@/lib/server/settings/overdue-settings";
import { createUser } from "../support/factories";
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
});
