import { performance } from "node:perf_hooks";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { getPublicLoanProject, LISTING_SORTS, type ListingQuery, listingSql, listPublicLoanProjects } from "@/lib/server/listings";
import { getPlatformStats } from "@/lib/server/stats";
import type { BenchDatabase } from "./database";
import { type SeedOptions, seedProjects } from "./seed";
import { measure, printTimings, type Timing } from "./timing";

export interface ListingsBenchOptions extends SeedOptions {
  runs: number;
}

const SCENARIOS: { name: string; query: Partial<ListingQuery> }[] = [
  { name: "all public, newest, page 1", query: {} },
  { name: "all public, newest, page 100", query: { page: 100 } },
  { name: "FUNDRAISING, newest", query: { status: "FUNDRAISING" } },
  { name: "FUNDRAISING, closing soonest", query: { status: "FUNDRAISING", sort: "deadline" } },
  { name: "FUNDRAISING, most funded", query: { status: "FUNDRAISING", sort: "progress" } },
  { name: "all, deadline (mixed statuses)", query: { sort: "deadline" } },
  { name: "all, rate 10–14%, highest rate", query: { minRateBp: 1000, maxRateBp: 1400, sort: "rate_desc" } },
  {
    name: "rate+term+method, rate asc",
    query: { minRateBp: 800, maxRateBp: 1600, minTermMonths: 7, maxTermMonths: 12, method: "EQUAL_INSTALLMENT", sort: "rate_asc" },
  },
  { name: "SETTLED, 12 months, newest", query: { status: "SETTLED", termMonths: 12 } },
  { name: "all, most funded", query: { sort: "progress" } },
  // Deep pages of every sort (issue 9): without an index in the sort's order, each one sorts every match.
  ...LISTING_SORTS.map((sort) => ({ name: `all public, ${sort}, page 200`, query: { sort, page: 200 } })),
  ...LISTING_SORTS.map((sort) => ({ name: `SETTLED, ${sort}, page 100`, query: { status: "SETTLED" as const, sort, page: 100 } })),
  ...LISTING_SORTS.map((sort) => ({ name: `FUNDRAISING, ${sort}, page 30`, query: { status: "FUNDRAISING" as const, sort, page: 30 } })),
];

/** The EXPLAIN (ANALYZE, BUFFERS) of a listing page query, as the database prints it. */
async function explain(db: Db, query: Partial<ListingQuery>): Promise<string> {
  const rows = await db.$queryRaw<Record<string, string>[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${listingSql(query)}`);
  return rows.map((row) => Object.values(row)[0]).join("\n");
}

export async function runListingsBench(database: BenchDatabase, options: ListingsBenchOptions): Promise<Timing[]> {
  const db = database.prisma;
  const now = new Date();
  console.log(`Listings benchmark on ${database.label}`);
  console.log(`Creating ${options.companies} companies, ${options.projects} projects, ${options.investments} investments…`);
  const started = performance.now();
  const { detailId, statusCounts } = await seedProjects(db, options, now);
  // Vacuumed and analysed, as autovacuum leaves a quiet table: the pages all-visible, so index-only scans skip
  // the heap. On a server committing asynchronously (the test server), VACUUM may not mark a page whose rows'
  // commit is not on disk yet, nor one whose commit-log group holds another session's unflushed commit: a
  // synchronous commit flushes the log first, and a few rounds settle what other sessions commit meanwhile.
  let pages: { relpages: number; relallvisible: number }[] = [];
  for (let round = 0; round < 20 && !(pages[0] && pages[0].relallvisible === pages[0].relpages); round++) {
    await database.runner.exec("BEGIN; SET LOCAL synchronous_commit = on; ANALYZE; COMMIT;");
    await database.runner.exec("VACUUM ANALYZE");
    ({ rows: pages } = await database.runner.query<{ relpages: number; relallvisible: number }>(
      `SELECT relpages, relallvisible FROM pg_class WHERE relname = 'LoanProject'`,
    ));
  }
  console.log(`LoanProject: ${pages[0]?.relallvisible} of ${pages[0]?.relpages} pages all-visible after VACUUM.`);
  console.log(`Data ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.log(
    `Statuses: ${[...statusCounts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([s, n]) => `${s} ${n}`)
      .join(", ")}`,
  );

  const timings: Timing[] = [];
  for (const scenario of SCENARIOS) {
    timings.push(
      await measure(`listPublicLoanProjects: ${scenario.name}`, options.runs, async () => {
        const page = await listPublicLoanProjects(db, scenario.query);
        return `${page.items.length} rows of ${page.total}`;
      }),
    );
  }
  timings.push(
    await measure("getPublicLoanProject (50 of N investments)", options.runs, async () => {
      const project = await getPublicLoanProject(db, detailId);
      return `${project?.investments.items.length} of ${project?.investments.count} records`;
    }),
  );
  timings.push(
    await measure("getPublicLoanProject (unknown id → null)", options.runs, async () =>
      String(await getPublicLoanProject(db, "does-not-exist")),
    ),
  );
  timings.push(
    await measure("getPlatformStats", options.runs, async () => {
      const stats = await getPlatformStats(db);
      return `${stats.publicProjectCount} public projects`;
    }),
  );
  printTimings(`Timings over ${options.runs} runs each (after 3 warm-up runs):`, timings);

  const deepRateDesc = SCENARIOS.find((s) => s.name === "all public, rate_desc, page 200") ?? SCENARIOS[0];
  for (const scenario of [SCENARIOS[0], SCENARIOS[3], SCENARIOS[7], deepRateDesc]) {
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) — ${scenario.name} (${database.kind}):`);
    console.log(await explain(db, scenario.query));
  }

  if (process.env.BENCH_WHATIF_INDEX === "1") {
    // Not in the schema: measures what the suggested partial index would change for the default listing.
    console.log(`\nWhat if: ${SUGGESTED_INDEX}`);
    await database.runner.exec(SUGGESTED_INDEX);
    await database.runner.exec("ANALYZE");
    const after: Timing[] = [];
    for (const scenario of [SCENARIOS[0], SCENARIOS[1], SCENARIOS[9]]) {
      after.push(
        await measure(`with index: ${scenario.name}`, options.runs, async () => {
          const page = await listPublicLoanProjects(db, scenario.query);
          return `${page.items.length} rows of ${page.total}`;
        }),
      );
    }
    printTimings("With the suggested index:", after);
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) — ${SCENARIOS[0].name}, with the suggested index:`);
    console.log(await explain(db, SCENARIOS[0].query));
    timings.push(...after);
  }
  return timings;
}

/** The default listing (every public status, newest first) read in index order, stopping after one page. */
export const SUGGESTED_INDEX = `CREATE INDEX "LoanProject_public_publishedAt_idx" ON "LoanProject" ("publishedAt" DESC, "id" DESC)
  WHERE "status" IN ('FUNDRAISING', 'FULLY_FUNDED', 'DISBURSING', 'REPAYING', 'OVERDUE', 'BAD_DEBT', 'SETTLED', 'FAILED')`;
