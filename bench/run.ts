import { openBenchDatabase } from "./database";
import { runListingsBench } from "./listings";

/**
 * `npm run bench`: builds a fresh database with realistic volumes and prints timings and query plans.
 * Figures only, no thresholds. PGlite in memory by default; BENCH_DATABASE_URL=postgres://… (an admin URL)
 * runs it on a new database of that PostgreSQL server instead.
 *
 * BENCH_PROJECTS (10000), BENCH_RUNS (50) and BENCH_INVESTMENTS (500) change the volumes.
 */
function intFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

async function main() {
  const database = await openBenchDatabase();
  try {
    await runListingsBench(database, {
      projects: intFromEnv("BENCH_PROJECTS", 10_000),
      companies: 200,
      runs: intFromEnv("BENCH_RUNS", 50),
      investments: intFromEnv("BENCH_INVESTMENTS", 500),
    });
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
