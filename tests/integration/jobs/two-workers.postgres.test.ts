import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/server/clock";
import { type OpenDatabase, openDatabase } from "@/lib/server/db/open";
import { runJob } from "@/lib/server/jobs/run-job";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const NOW = new Date("2026-11-30T03:00:00Z");
const clock = fixedClock(NOW, "Asia/Shanghai");
const ITEMS = 4_000;
const RECENT = 50;

/**
 * Two app instances running the same job at the same moment (two schedulers firing, or the route called
 * twice): each has its own connection pool, as separate processes would, and both work through the same
 * due rows. Every row must be handled by exactly one of them.
 */
describe("two workers at once (PostgreSQL)", () => {
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

  it("prune-login-attempts: each due row is deleted by exactly one worker, the recent ones by none", async () => {
    await db.runner.query(
      `INSERT INTO "AttemptThrottle" ("key", "failures", "lastAttemptAt")
       SELECT 'login:client:due-' || lpad(g::text, 5, '0'), 3, $1::timestamp - interval '40 days' FROM generate_series(1, $2::int) g
       UNION ALL
       SELECT 'login:client:recent-' || g, 1, $1::timestamp - interval '1 day' FROM generate_series(1, $3::int) g`,
      [NOW.toISOString().replace("Z", ""), ITEMS, RECENT],
    );
    // Connections open before the start, so neither worker gets a head start from the other's connecting.
    for (const worker of workers) await worker.prisma.$queryRaw`SELECT 1`;

    const handledBy = workers.map(() => [] as string[]);
    const results = await Promise.all(
      workers.map((worker, i) =>
        runJob(worker.prisma, "prune-login-attempts", clock, { batchSize: 25, onBatch: (ids) => handledBy[i].push(...ids) }),
      ),
    );

    const [a, b] = handledBy;
    expect(results.map((r) => r.handled)).toEqual([a.length, b.length]);
    expect(a.length + b.length).toBe(ITEMS);
    expect(a.filter((key) => new Set(b).has(key))).toEqual([]);
    expect(new Set([...a, ...b]).size).toBe(ITEMS);
    expect([...a, ...b].every((key) => key.startsWith("login:client:due-"))).toBe(true);
    // Both really worked: SKIP LOCKED shared the rows out instead of one worker waiting for the other.
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(await db.prisma.attemptThrottle.count()).toBe(RECENT);
  });

  it("expire-deposits: each due deposit is expired by exactly one worker, the open ones by none", async () => {
    const due = 400;
    const user = await db.prisma.user.create({
      data: { email: "two-workers-deposits@example.test", passwordHash: "not-a-real-hash", role: "INVESTOR", displayName: "x" },
    });
    await db.runner.query(
      `INSERT INTO "Deposit" ("id", "userId", "amountFen", "expiresAt", "updatedAt")
       SELECT 'due-' || lpad(g::text, 5, '0'), $2, 100, $1::timestamp - interval '2 days', $1::timestamp FROM generate_series(1, $3::int) g
       UNION ALL
       SELECT 'open-' || g, $2, 100, $1::timestamp - interval '1 hour', $1::timestamp FROM generate_series(1, 20) g`,
      [NOW.toISOString().replace("Z", ""), user.id, due],
    );
    for (const worker of workers) await worker.prisma.$queryRaw`SELECT 1`;

    const handledBy = workers.map(() => [] as string[]);
    await Promise.all(
      workers.map((worker, i) =>
        runJob(worker.prisma, "expire-deposits", clock, { batchSize: 20, onBatch: (ids) => handledBy[i].push(...ids) }),
      ),
    );

    const [a, b] = handledBy;
    expect(a.filter((id) => new Set(b).has(id))).toEqual([]);
    expect(new Set([...a, ...b]).size).toBe(due);
    expect([...a, ...b].every((id) => id.startsWith("due-"))).toBe(true);
    expect(await db.prisma.deposit.count({ where: { status: "EXPIRED" } })).toBe(due);
    expect(await db.prisma.deposit.count({ where: { status: "CREATED" } })).toBe(20);
    expect(await db.prisma.statusHistory.count({ where: { entityType: "DEPOSIT", event: "EXPIRE" } })).toBe(due);
  });
});
