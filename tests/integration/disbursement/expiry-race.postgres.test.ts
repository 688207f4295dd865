import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endOfBusinessDay, parseBusinessDate } from "@/lib/domain/dates";
import { fixedClock } from "@/lib/server/clock";
import { type OpenDatabase, openDatabase } from "@/lib/server/db/open";
import { failExpiredFundraising } from "@/lib/server/jobs/fail-expired-fundraising";
import { getBalances } from "@/lib/server/ledger";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { type FundedProject, fundedProject, SHANGHAI } from "./funded-project";

const PROJECTS = 12;

/**
 * Two instances run fail-expired-fundraising at the same moment (two schedulers, or the route called twice),
 * each with its own pool as separate processes would: every project fails once and every investment is
 * refunded once.
 */
describe("fail-expired-fundraising on two instances at once (PostgreSQL)", () => {
  let db: TestDatabase;
  const workers: OpenDatabase[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    for (let i = 0; i < 2; i++) workers.push(await openDatabase({ kind: "postgres", url: db.url as string }, { poolSize: 2 }));
  });
  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await db.close();
  });

  it("refunds once", async () => {
    const deadline = endOfBusinessDay(parseBusinessDate("2026-12-10") as NonNullable<ReturnType<typeof parseBusinessDate>>, SHANGHAI);
    const projects: FundedProject[] = [];
    for (let i = 0; i < PROJECTS; i++) {
      projects.push(
        await fundedProject(db.prisma, {
          status: "FUNDRAISING",
          amounts: [100_000n, 200_000n],
          statuses: ["PENDING", "CONFIRMED"],
          amountFen: 10_000_000n,
          fundraisingDeadline: deadline,
        }),
      );
    }
    for (const worker of workers) await worker.prisma.$queryRaw`SELECT 1`;

    const clock = fixedClock("2026-12-11T01:00:00Z", SHANGHAI);
    const handledBy = workers.map(() => [] as string[]);
    const results = await Promise.all(
      workers.map((worker, i) =>
        failExpiredFundraising(worker.prisma, clock, { batchSize: 2, onBatch: (ids) => handledBy[i].push(...ids) }),
      ),
    );

    expect(results[0].handled + results[1].handled).toBe(PROJECTS);
    const all = [...handledBy[0], ...handledBy[1]];
    expect(new Set(all).size).toBe(PROJECTS);
    const ids = projects.map((p) => p.project.id);
    expect(await db.prisma.loanProject.count({ where: { id: { in: ids }, status: "FAILED" } })).toBe(PROJECTS);
    expect(await db.prisma.statusHistory.count({ where: { entityId: { in: ids }, event: "EXPIRE" } })).toBe(PROJECTS);
    expect(await db.prisma.journalEntry.count({ where: { kind: "REFUND" } })).toBe(PROJECTS);
    for (const { investors } of projects) {
      expect(await getBalances(db.prisma, investors[0].id)).toEqual({ availableFen: 100_000n, frozenFen: 0n });
      expect(await getBalances(db.prisma, investors[1].id)).toEqual({ availableFen: 200_000n, frozenFen: 0n });
    }
    await assertLedgerInvariants(db.prisma);

    // And once more, both at once again: nothing is due any more.
    const again = await Promise.all(workers.map((worker) => failExpiredFundraising(worker.prisma, clock)));
    expect(again.map((r) => r.handled)).toEqual([0, 0]);
    expect(await db.prisma.journalEntry.count({ where: { kind: "REFUND" } })).toBe(PROJECTS);
  });
});
