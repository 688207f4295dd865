import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/server/clock";
import { UnknownJobError } from "@/lib/server/jobs/errors";
import { type JobScheduler, startJobScheduler } from "@/lib/server/jobs/scheduler";
import type { JobResult } from "@/lib/server/jobs/types";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const clock = fixedClock("2026-11-30T03:00:00Z", "Asia/Shanghai");

/** pg-boss on the app's own connection (our executor): the same on PGlite and on PostgreSQL. */
describe("the pg-boss job scheduler", () => {
  let db: TestDatabase;
  let scheduler: JobScheduler;
  const done: ((result: JobResult & { job: string }) => void)[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    scheduler = await startJobScheduler(db, clock, { pollingIntervalSeconds: 0.5, onDone: (result) => done.shift()?.(result) });
  });
  afterAll(async () => {
    await scheduler?.stop();
    await db.close();
  });

  it("schedules every job with its cron in the business time zone", async () => {
    const { rows } = await db.runner.query<{ name: string; cron: string; timezone: string }>(
      "SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name",
    );
    expect(rows).toEqual([
      { name: "expire-deposits", cron: "3-59/10 * * * *", timezone: "Asia/Shanghai" },
      { name: "fail-expired-fundraising", cron: "7 0 * * *", timezone: "Asia/Shanghai" },
      { name: "mark-overdue", cron: "12 0 * * *", timezone: "Asia/Shanghai" },
      { name: "prune-login-attempts", cron: "17 4 * * *", timezone: "Asia/Shanghai" },
      { name: "send-emails", cron: "* * * * *", timezone: "Asia/Shanghai" },
    ]);
  });

  it("works a queued job by running it on the scheduler's clock", async () => {
    await db.prisma.attemptThrottle.createMany({
      data: [
        { key: "login:client:old", failures: 9, lastAttemptAt: new Date("2026-09-01T00:00:00Z") },
        { key: "login:client:recent", failures: 1, lastAttemptAt: new Date("2026-11-29T00:00:00Z") },
      ],
    });
    const finished = new Promise<JobResult & { job: string }>((resolve) => done.push(resolve));
    expect(await scheduler.enqueue("prune-login-attempts")).toEqual(expect.any(String));
    expect(await finished).toEqual({ job: "prune-login-attempts", handled: 1, batches: 1 });
    expect((await db.prisma.attemptThrottle.findMany()).map((row) => row.key)).toEqual(["login:client:recent"]);
  });

  it("refuses to queue an unknown job", async () => {
    await expect(scheduler.enqueue("prune-everything")).rejects.toThrow(UnknownJobError);
  });
});
