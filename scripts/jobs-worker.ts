import { getClock } from "@/lib/server/clock";
import { openDatabase } from "@/lib/server/db/open";
import { resolveDatabaseTarget } from "@/lib/server/db/target";
import { JOBS } from "@/lib/server/jobs/registry";
import { startJobScheduler } from "@/lib/server/jobs/scheduler";

/**
 * `npm run jobs:worker`: a long-running process that schedules every job (cron in the business time zone)
 * and works them through pg-boss, until SIGINT/SIGTERM. Run one or more beside the app on PostgreSQL; on
 * PGlite only while no server holds the directory (docs/jobs.md).
 */
async function main() {
  const clock = getClock();
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const db = await openDatabase(target, { migrate: target.kind === "pglite" });
  const scheduler = await startJobScheduler(db, clock);
  console.log(`Job worker started (${target.kind}); schedules in ${clock.zone}:`);
  for (const job of JOBS) console.log(`  ${job.name.padEnd(24)} cron "${job.schedule}"`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await scheduler.stop();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
