import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { type ListingQuery, type ListingSort, listingSql, listPublicLoanProjects } from "@/lib/server/listings";
import { platformStatsSql } from "@/lib/server/stats/platform-stats";
import { createCompany } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { seedManyProjects, vacuumProjects } from "./many-projects";

/**
 * Issue 9 §3: every sort the listing offers is read from an index in its own order, so a deep page stops
 * after itself instead of sorting every matching project, and the total is counted only when the page cannot
 * tell it. Checked on the plans PostgreSQL actually runs (EXPLAIN ANALYZE of the listing's one statement) over
 * 5,000 projects, vacuumed and analysed as autovacuum would leave them. Dropping or changing one of the
 * listing indexes (migration *_listing_sort_indexes) makes its case fail.
 */

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Subplan Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  Plans?: PlanNode[];
}

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const company = await createCompany(database.prisma);
  await seedManyProjects(database.runner, company.id, 5000);
  await vacuumProjects(database.runner);
});

afterAll(async () => {
  await database?.close();
});

async function explain(query: Partial<ListingQuery> | Prisma.Sql): Promise<PlanNode> {
  const sql = query instanceof Prisma.Sql ? query : listingSql(query);
  const rows = await database.prisma.$queryRaw<{ "QUERY PLAN": unknown }[]>(Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
  const raw = rows[0]["QUERY PLAN"];
  const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
  return parsed[0].Plan;
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** The part of the plan that reads the page's ids (the `page` CTE). */
function pagePart(plan: PlanNode): PlanNode {
  const cte = nodes(plan).find((node) => node["Subplan Name"] === "CTE page");
  if (!cte) throw new Error("no CTE page in the plan");
  return cte;
}

const projectScans = (plan: PlanNode) => nodes(plan).filter((node) => node["Relation Name"] === "LoanProject");

// Deep pages: about 70 % of the way through every public project (4,150), SETTLED (1,750) and FUNDRAISING (400).
const CASES: { status?: "SETTLED" | "FUNDRAISING"; sort: ListingSort; page: number; index: string }[] = [
  { sort: "newest", page: 150, index: "LoanProject_public_publishedAt_idx" },
  { sort: "rate_desc", page: 150, index: "LoanProject_public_rate_desc_idx" },
  { sort: "rate_asc", page: 150, index: "LoanProject_public_rate_asc_idx" },
  { sort: "deadline", page: 150, index: "LoanProject_public_deadline_idx" },
  { sort: "progress", page: 150, index: "LoanProject_public_progress_idx" },
  { status: "SETTLED", sort: "newest", page: 60, index: "LoanProject_status_publishedAt_id_idx" },
  { status: "SETTLED", sort: "rate_desc", page: 60, index: "LoanProject_status_annualRateBp_publishedAt_id_idx" },
  { status: "SETTLED", sort: "rate_asc", page: 60, index: "LoanProject_status_rate_asc_idx" },
  { status: "SETTLED", sort: "deadline", page: 60, index: "LoanProject_status_deadline_desc_idx" },
  { status: "SETTLED", sort: "progress", page: 60, index: "LoanProject_status_progress_idx" },
  { status: "FUNDRAISING", sort: "deadline", page: 15, index: "LoanProject_status_fundraisingDeadline_id_idx" },
];

describe("listing query plans on PostgreSQL", () => {
  it.each(CASES.map((c) => ({ ...c, shown: c.status ?? "every public status" })))(
    "$shown by $sort, page $page: read in order from $index, no sort of the projects",
    async ({ status, sort, page, index }) => {
      const query = { status, sort, page };
      const plan = await explain(query);
      const [scan, ...others] = projectScans(pagePart(plan));
      expect(others).toEqual([]);
      expect(scan).toMatchObject({ "Node Type": "Index Only Scan", "Index Name": index, "Actual Loops": 1 });
      // The scan stopped after the page: it read the offset and the page's 20 ids, not every match.
      expect(scan["Actual Rows"]).toBe((page - 1) * 20 + 20);
      // The only sort left orders the page's own 20 rows after they are joined with their company.
      const sorts = nodes(plan).filter((node) => node["Node Type"].includes("Sort"));
      expect(sorts.map((node) => node["Actual Rows"])).toEqual([20]);
      expect(nodes(pagePart(plan)).some((node) => node["Node Type"].includes("Sort"))).toBe(false);
      // A full page does not tell the total: it is counted (by an index, never a sort).
      expect((await listPublicLoanProjects(database.prisma, query)).items).toHaveLength(20);
    },
  );

  it("counts the matching projects only when the page cannot tell the total", async () => {
    const countScans = (plan: PlanNode) =>
      projectScans(plan).filter((node) => !nodes(pagePart(plan)).includes(node) && node["Index Name"] !== "LoanProject_pkey");

    // A short last page: 400 FUNDRAISING projects, 30 a page, page 14 holds the last 10.
    const short = await explain({ status: "FUNDRAISING", pageSize: 30, page: 14 });
    expect(countScans(short).length).toBeGreaterThan(0);
    expect(countScans(short).every((node) => node["Actual Loops"] === 0)).toBe(true);
    expect(await listPublicLoanProjects(database.prisma, { status: "FUNDRAISING", pageSize: 30, page: 14 })).toMatchObject({ total: 400 });

    // A full page and a page past the end need the count.
    for (const query of [
      { status: "FUNDRAISING" as const, page: 3 },
      { status: "FUNDRAISING" as const, page: 99 },
    ]) {
      const plan = await explain(query);
      expect(countScans(plan).some((node) => node["Actual Loops"] === 1)).toBe(true);
      expect((await listPublicLoanProjects(database.prisma, query)).total).toBe(400);
    }
  });
});

describe("platform statistics plan on PostgreSQL", () => {
  it("sums the published projects from their covering index, comparing enum values (no cast per row)", async () => {
    const plan = await explain(platformStatsSql());
    const scans = projectScans(plan);
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatchObject({ "Node Type": "Index Only Scan", "Index Name": "LoanProject_public_stats_idx", "Actual Rows": 4150 });
    // Prisma's groupBy compared the status with CAST($1::text AS "LoanStatus"), evaluated for every row.
    expect(JSON.stringify(plan)).not.toMatch(/cstring|::text/);
  });
});
