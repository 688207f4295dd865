import PgBoss from "pg-boss";
import type { Clock } from "@/lib/server/clock";
import type { SqlRunner } from "@/lib/server/db/migrate";
import type { Db } from "@/lib/server/db/types";
import { findJob, JOBS } from "./registry";
import { runJob } from "./run-job";
import type { JobResult } from "./types";

export interface JobScheduler {
  /** Queues one run of the job `name` for whichever worker polls first; resolves to pg-boss's job id. */
  enqueue(name: string): Promise<string | null>;
  /** Stops polling, waits for the job in hand to finish; the database stays open (the caller owns it). */
  stop(): Promise<void>;
}

export interface JobSchedulerOptions {
  /** How often an idle worker looks for queued jobs, in seconds. Default 2 (pg-boss's). */
  pollingIntervalSeconds?: number;
  /** Called after each job run the worker completes (logging, tests). */
  onDone?: (result: JobResult & { job: string }) => void;
}

/**
 * Starts pg-boss on the app's own database connection: every registry job is scheduled with its cron read in
 * the business time zone (`clock.zone`), queued in pg-boss's schema `pgboss`, and worked by calling runJob.
 *
 * Why pg-boss 10 on our executor (docs/jobs.md): it polls instead of LISTEN/NOTIFY and takes any
 * `executeSql`, so the same code runs on PostgreSQL and on PGlite (one connection, shared with Prisma).
 * Several instances may run this at once: pg-boss sends one job per cron tick whichever instance sees it
 * first, the "stately" queue policy keeps at most one queued and one running per job, and the job bodies
 * themselves claim their items with SKIP LOCKED, so even two runs at once handle each item once.
 *
 * The cron ticks follow the machine's time; the job bodies ask `clock` what is due (the test clock in a demo).
 */
export async function startJobScheduler(
  database: { prisma: Db; runner: SqlRunner },
  clock: Clock,
  options: JobSchedulerOptions = {},
): Promise<JobScheduler> {
  const boss = new PgBoss({ db: executorOf(database.runner), schedule: true, supervise: true });
  boss.on("error", (error) => console.error("Job scheduler error", error));
  await boss.start();
  const names = new Set(JOBS.map((job) => job.name));
  for (const schedule of await boss.getSchedules()) {
    // A job removed from the registry must stop being sent.
    if (!names.has(schedule.name)) await boss.unschedule(schedule.name);
  }
  for (const job of JOBS) {
    await boss.createQueue(job.name, { name: job.name, policy: "stately" });
    await boss.schedule(job.name, job.schedule, undefined, { tz: clock.zone });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      const result = await runJob(database.prisma, job.name, clock);
      console.log(`Job ${result.job}: ${result.handled} handled in ${result.batches} batches`);
      options.onDone?.(result);
      return result;
    });
  }
  return {
    enqueue: async (name) => boss.send(findJob(name).name, {}),
    stop: () => boss.stop({ graceful: true, wait: true, close: false }),
  };
}

/**
 * pg-boss's executor over our SqlRunner: statements with parameters go through `query` (one statement),
 * scripts without parameters through `exec` (pg-boss's schema and maintenance scripts hold several
 * statements, which PGlite accepts only there). A script answers with its last statement's rows.
 */
export function executorOf(runner: SqlRunner): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return runner.query(text, values);
      const result = (await runner.exec(text)) as { rows?: unknown[] } | { rows?: unknown[] }[];
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return { rows: last?.rows ?? [] };
    },
  };
}
