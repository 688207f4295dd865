import type { Clock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { findJob } from "./registry";
import type { JobResult, JobRunOptions } from "./types";

/**
 * Runs the job called `name` once, now (the CLI, the route and the pg-boss worker all come here).
 * Throws UnknownJobError for a name not in the registry; a failing batch's error after the earlier
 * batches committed. Safe to call concurrently, from any number of processes.
 */
export async function runJob(db: Db, name: string, clock: Clock, options: JobRunOptions = {}): Promise<JobResult & { job: string }> {
  const job = findJob(name);
  return { job: job.name, ...(await job.run(db, clock, options)) };
}
