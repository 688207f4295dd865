import { getClock } from "@/lib/server/clock";
import { openDatabase } from "@/lib/server/db/open";
import { resolveDatabaseTarget } from "@/lib/server/db/target";
import { UnknownJobError } from "@/lib/server/jobs/errors";
import { findJob, JOBS } from "@/lib/server/jobs/registry";
import { runJob } from "@/lib/server/jobs/run-job";

/**
 * `npm run jobs -- <name>`: runs one job now on DATABASE_URL (PostgreSQL) or the embedded PGlite database,
 * opened as the app opens it. Prints `{ job, handled, batches }`. Unknown or missing name: exit 1 with the
 * list of jobs. Do not run it on a PGlite directory a running server holds (one process per directory).
 */
async function main(argv: string[]): Promise<number> {
  const name = argv[0];
  if (!name || name === "--help") {
    console.error(`Usage: npm run jobs -- <name>\n${listing()}`);
    return 1;
  }
  try {
    findJob(name);
  } catch (error) {
    if (!(error instanceof UnknownJobError)) throw error;
    console.error(`${error.message}\n${listing()}`);
    return 1;
  }
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const db = await openDatabase(target, { migrate: target.kind === "pglite" });
  try {
    const result = await runJob(db.prisma, name, getClock());
    console.log(JSON.stringify(result));
    return 0;
  } finally {
    // An open PGlite keeps Node alive.
    await db.close();
  }
}

const listing = () => `Jobs:\n${JOBS.map((job) => `  ${job.name.padEnd(24)} ${job.description} (cron "${job.schedule}")`).join("\n")}`;

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
