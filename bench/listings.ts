import { performance } from "node:perf_hooks";
import { RepaymentMethods } from "@/lib/domain/schedules";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LoanStatus, RiskGrade } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";
import {
  getPublicProject,
  LISTING_SORTS,
  type ListingQuery,
  listingSql,
  listPublicProjects,
  PUBLIC_LOAN_STATUSES,
} from "@/lib/server/listings";
import { getPlatformStats } from "@/lib/server/stats";
import type { BenchDatabase } from "./database";
import { measure, printTimings, type Timing } from "./timing";

const DAY = 86_400_000;
const BATCH = 1_000;

export interface ListingsBenchOptions {
  projects: number;
  companies: number;
  runs: number;
  /** Investments on the one project whose page is timed. */
  investments: number;
}

/** A small deterministic generator (mulberry32), so every run benchmarks the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    weighted: <T>(table: readonly (readonly [T, number])[]) => {
      const total = table.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [value, weight] of table) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return table[table.length - 1][0];
    },
  };
}

/** Roughly a platform a few years in: mostly repaid or repaying, some open, some never published. */
const STATUS_MIX: readonly (readonly [LoanStatus, number])[] = [
  ["FUNDRAISING", 8],
  ["FULLY_FUNDED", 2],
  ["DISBURSING", 1],
  ["REPAYING", 28],
  ["OVERDUE", 3],
  ["BAD_DEBT", 1],
  ["SETTLED", 35],
  ["FAILED", 5],
  ["DRAFT", 6],
  ["PENDING_REVIEW", 3],
  ["PENDING_APPROVAL", 2],
  ["REJECTED", 4],
  ["WITHDRAWN", 2],
];
const PUBLISHED = new Set<LoanStatus>(PUBLIC_LOAN_STATUSES);
const TERMS = [1, 3, 6, 9, 12, 18, 24, 36] as const;
const GRADES: readonly RiskGrade[] = ["A", "B", "C", "D", "E"];

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/** Fills the empty database; returns the id of a FUNDRAISING project that carries the investments. */
async function populate(
  db: Db,
  options: ListingsBenchOptions,
  now: Date,
): Promise<{ detailId: string; statusCounts: Map<LoanStatus, number> }> {
  const rnd = random(20_261_125);
  const users = Array.from({ length: options.companies }, (_, i) => ({
    id: `bench-company-user-${i}`,
    email: `company-${i}@bench.test`,
    passwordHash: "x",
    role: "COMPANY" as const,
    displayName: `Bench company ${i}`,
  }));
  const investors = Array.from({ length: 50 }, (_, i) => ({
    id: `bench-investor-${i}`,
    email: `investor-${i}@bench.test`,
    passwordHash: "x",
    role: "INVESTOR" as const,
    displayName: `investor${i}`,
  }));
  await inBatches([...users, ...investors], (batch) => db.user.createMany({ data: batch }));
  await inBatches(
    investors.filter((_, i) => i % 2 === 0),
    (batch) =>
      db.investorProfile.createMany({
        data: batch.map((u, i) => ({
          userId: u.id,
          realName: `${"张王李赵陈刘"[i % 6]}测试`,
          idNumberCipher: "x",
          idNumberHash: u.id,
          idNumberLast4: "0000",
        })),
      }),
  );
  await inBatches(users, (batch) =>
    db.company.createMany({
      data: batch.map((u, i) => ({
        id: `bench-company-${i}`,
        userId: u.id,
        name: `基准测试企业 ${i} 有限公司`,
        creditCode: `BENCH${String(i).padStart(13, "0")}`,
        legalRepresentative: "测试人",
        contactPhone: "13800000000",
        industry: "测试",
        registeredCapitalFen: 100_000_000n,
        status: "NORMAL" as const,
        activatedAt: new Date(now.getTime() - 1_000 * DAY),
      })),
    }),
  );

  const statusCounts = new Map<LoanStatus, number>();
  const projects: Prisma.LoanProjectCreateManyInput[] = [];
  for (let i = 0; i < options.projects; i++) {
    const status = rnd.weighted(STATUS_MIX);
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
    const amountFen = BigInt(rnd.int(10, 10_000)) * 100_000n; // ¥1,000 steps from ¥10,000 to ¥10,000,000
    const fundraisingDays = rnd.int(5, 30);
    const published = PUBLISHED.has(status);
    // Open projects were published recently; the rest over the last three years.
    const publishedAt = published
      ? new Date(
          now.getTime() -
            (status === "FUNDRAISING" ? rnd.int(0, fundraisingDays - 1) : rnd.int(fundraisingDays, 3 * 365)) * DAY -
            rnd.int(0, DAY),
        )
      : null;
    const fundedFen =
      status === "FUNDRAISING"
        ? (amountFen * BigInt(rnd.int(0, 99))) / 100n
        : status === "FAILED"
          ? (amountFen * BigInt(rnd.int(0, 80))) / 100n
          : published
            ? amountFen
            : 0n;
    projects.push({
      id: `bench-project-${String(i).padStart(6, "0")}`,
      companyId: `bench-company-${rnd.int(0, options.companies - 1)}`,
      title: `基准测试项目 ${i}`,
      purpose: "经营周转",
      amountFen,
      annualRateBp: rnd.int(60, 240) * 10,
      termMonths: rnd.pick(TERMS),
      repaymentMethod: rnd.pick(RepaymentMethods),
      fundraisingDays,
      minInvestmentFen: 10_000n,
      status,
      riskGrade: published ? rnd.pick(GRADES) : null,
      fundedFen,
      fundraisingDeadline: publishedAt ? new Date(publishedAt.getTime() + fundraisingDays * DAY) : null,
      publishedAt,
      submittedAt: status === "DRAFT" ? null : new Date((publishedAt ?? now).getTime() - 2 * DAY),
      createdAt: new Date((publishedAt ?? now).getTime() - 3 * DAY),
    });
  }
  await inBatches(projects, (batch) => db.loanProject.createMany({ data: batch }));

  const detail = projects.find((p) => p.status === "FUNDRAISING");
  if (!detail?.id) throw new Error("no FUNDRAISING project generated");
  const investments = Array.from({ length: options.investments }, (_, i) => ({
    projectId: detail.id as string,
    investorId: investors[i % investors.length].id,
    amountFen: 10_000n,
    status: "CONFIRMED" as const,
    createdAt: new Date(now.getTime() - i * 60_000),
  }));
  await inBatches(investments, (batch) => db.investment.createMany({ data: batch }));
  return { detailId: detail.id, statusCounts };
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
  const { detailId, statusCounts } = await populate(db, options, now);
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
      await measure(`listPublicProjects: ${scenario.name}`, options.runs, async () => {
        const page = await listPublicProjects(db, scenario.query);
        return `${page.items.length} rows of ${page.total}`;
      }),
    );
  }
  timings.push(
    await measure("getPublicProject (50 of N investments)", options.runs, async () => {
      const project = await getPublicProject(db, detailId);
      return `${project?.investments.items.length} of ${project?.investments.count} records`;
    }),
  );
  timings.push(
    await measure("getPublicProject (unknown id → null)", options.runs, async () => String(await getPublicProject(db, "does-not-exist"))),
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
          const page = await listPublicProjects(db, scenario.query);
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
