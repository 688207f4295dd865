import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { currentFailures } from "@/lib/domain/throttle/backoff";
import { ACCOUNT_POLICY, CLIENT_POLICY, KNOWN_CLIENT_MS, PAIR_POLICY } from "@/lib/server/auth/login-throttle";
import { fixedClock } from "@/lib/server/clock";
import { PRUNE_ATTEMPTS_AFTER_MS, pruneLoginAttempts } from "@/lib/server/jobs/prune-login-attempts";
import { runJob } from "@/lib/server/jobs/run-job";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const NOW = new Date("2026-11-30T03:00:00Z");
const clock = fixedClock(NOW, "Asia/Shanghai");
const DAY = 24 * 60 * 60_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

type Row = { key: string; failures: number; lastAttemptAt: Date | null; lastSuccessAt: Date | null };

describe("prune-login-attempts", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    await db.prisma.attemptThrottle.deleteMany();
  });

  const keys = async () => (await db.prisma.attemptThrottle.findMany({ orderBy: { key: "asc" } })).map((row) => row.key);

  it("deletes counters idle for 35 days in batches, keeps the recent ones, and finds nothing the second time", async () => {
    const idle: Row[] = [
      { key: "login:client:idle-1", failures: 40, lastAttemptAt: ago(36 * DAY), lastSuccessAt: null },
      { key: "login:pair:a@x.cn|idle", failures: 0, lastAttemptAt: ago(90 * DAY), lastSuccessAt: ago(40 * DAY) },
      { key: "login:account:b@x.cn", failures: 3, lastAttemptAt: ago(PRUNE_ATTEMPTS_AFTER_MS + 1), lastSuccessAt: null },
      { key: "register:client:idle", failures: 11, lastAttemptAt: ago(400 * DAY), lastSuccessAt: null },
      { key: "verify:account:never-charged", failures: 0, lastAttemptAt: null, lastSuccessAt: null },
    ];
    const recent: Row[] = [
      { key: "login:client:today", failures: 7, lastAttemptAt: ago(60_000), lastSuccessAt: null },
      { key: "login:account:c@x.cn", failures: 1, lastAttemptAt: ago(34 * DAY), lastSuccessAt: null },
      // Last attempt long ago, but a success 29 days ago still waives the account counter for this client.
      { key: "login:pair:d@x.cn|known", failures: 0, lastAttemptAt: ago(300 * DAY), lastSuccessAt: ago(29 * DAY) },
      { key: "login:client:exactly-35-days", failures: 2, lastAttemptAt: ago(PRUNE_ATTEMPTS_AFTER_MS), lastSuccessAt: null },
      // A future instant (a test clock moved back) is not idle.
      { key: "verify:client:future", failures: 1, lastAttemptAt: new Date(NOW.getTime() + DAY), lastSuccessAt: null },
    ];
    await db.prisma.attemptThrottle.createMany({ data: [...idle, ...recent] });

    const seen: string[][] = [];
    const first = await pruneLoginAttempts(db.prisma, clock, { batchSize: 2, onBatch: (ids) => seen.push([...ids]) });
    expect(first).toEqual({ handled: 5, batches: 3 });
    expect(seen.map((batch) => batch.length)).toEqual([2, 2, 1]);
    expect(seen.flat().sort()).toEqual(idle.map((row) => row.key).sort());
    expect(await keys()).toEqual(recent.map((row) => row.key).sort());

    expect(await pruneLoginAttempts(db.prisma, clock, { batchSize: 2 })).toEqual({ handled: 0, batches: 0 });
    expect(await keys()).toEqual(recent.map((row) => row.key).sort());
  });

  it("reads its 'now' from the clock: a day later, the 34-day-old counter goes too", async () => {
    await db.prisma.attemptThrottle.create({ data: { key: "login:client:34d", failures: 1, lastAttemptAt: ago(34 * DAY) } });
    expect((await runJob(db.prisma, "prune-login-attempts", clock)).handled).toBe(0);
    const dayLater = fixedClock(new Date(NOW.getTime() + DAY + 1), "Asia/Shanghai");
    expect(await runJob(db.prisma, "prune-login-attempts", dayLater)).toEqual({ job: "prune-login-attempts", handled: 1, batches: 1 });
    expect(await keys()).toEqual([]);
  });

  it("changes no throttle decision: a deleted counter answers as the missing row the next attempt re-creates", async () => {
    const rows: Row[] = [];
    for (const days of [0, 1, 2, 29, 30, 31, 34, 35, 36, 60]) {
      for (const failures of [0, 5, 200]) {
        rows.push({ key: `login:pair:p${days}-${failures}|a`, failures, lastAttemptAt: ago(days * DAY), lastSuccessAt: null });
        rows.push({ key: `login:pair:s${days}-${failures}|a`, failures, lastAttemptAt: ago(90 * DAY), lastSuccessAt: ago(days * DAY) });
      }
    }
    await db.prisma.attemptThrottle.createMany({ data: rows });
    await pruneLoginAttempts(db.prisma, clock);
    const kept = new Set(await keys());
    expect(kept.size).toBeGreaterThan(0);
    expect(kept.size).toBeLessThan(rows.length);
    const missing = { failures: 0, lastAttemptAt: null, lastSuccessAt: null };
    for (const row of rows) {
      const after = kept.has(row.key) ? row : missing;
      for (const later of [0, DAY / 2, DAY, 10 * DAY]) {
        const at = new Date(NOW.getTime() + later);
        for (const policy of [PAIR_POLICY, CLIENT_POLICY, ACCOUNT_POLICY]) {
          expect(currentFailures(after, policy, at), row.key).toBe(currentFailures(row, policy, at));
        }
        const known = (state: typeof missing | Row) =>
          Boolean(state.lastSuccessAt && at.getTime() - state.lastSuccessAt.getTime() < KNOWN_CLIENT_MS);
        expect(known(after), row.key).toBe(known(row));
      }
    }
  });

  it("refuses a batch size that is not a positive integer", async () => {
    await expect(pruneLoginAttempts(db.prisma, clock, { batchSize: 0 })).rejects.toThrow(RangeError);
  });
});
