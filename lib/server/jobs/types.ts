import type { Clock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";

/** How one run of a job may be tuned (tests and the CLI; the schedule uses the defaults). */
export interface JobRunOptions {
  /** Items per transaction. Default: the job's own (a few hundred). */
  batchSize?: number;
  /**
   * Called after each committed batch with the ids of the items it handled (never inside the transaction,
   * which may run more than once): lets a test see which worker handled what.
   */
  onBatch?: (ids: readonly string[]) => void;
}

/** What one run did: `handled` items in `batches` committed transactions. */
export interface JobResult {
  handled: number;
  batches: number;
}

/**
 * One kind of scheduled or background work. `run` finds the items due at `clock.now()` in batches and
 * handles each batch in its own transaction; running it twice, or on two instances at once, handles each
 * item once (the second run finds nothing left to do).
 */
export interface JobDefinition {
  /** Kebab-case; the CLI argument, the route segment and the pg-boss queue name. */
  name: string;
  /** One line for `npm run jobs` and docs/jobs.md. */
  description: string;
  /** Five-field cron expression, read in the business time zone (clock.zone, Asia/Shanghai by default). */
  schedule: string;
  run(db: Db, clock: Clock, options?: JobRunOptions): Promise<JobResult>;
}
