import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoanStatus, RepaymentMethod } from "@/lib/generated/prisma/enums";
import {
  LISTING_SORTS,
  type ListingQuery,
  listPublicLoanProjects,
  normalizeListingQuery,
  PUBLIC_LOAN_STATUSES,
} from "@/lib/server/listings";
import { FINANCED_STATUSES, getPlatformStats } from "@/lib/server/stats";
import { createCompany, createLoanProject } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { seedManyProjects } from "./many-projects";

/**
 * Issue 9 §3 changed how the listing is read (one statement, an index per sort, the total counted only when
 * the page cannot tell it) and how the statistics are summed. What a visitor sees must not change: every
 * page below is checked against the listing's documented order, computed here in plain TypeScript from all
 * the rows, over 1,500 projects full of ties.
 */

interface Row {
  id: string;
  status: LoanStatus;
  annualRateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  amountFen: bigint;
  fundedFen: bigint;
  publishedAt: Date | null;
  fundraisingDeadline: Date | null;
}

let database: TestDatabase;
let rows: Row[];
const COMPANY = "青禾食品";

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.prisma;
  const company = await createCompany(db, { name: COMPANY });
  await seedManyProjects(database.runner, company.id, 1500);
  // Deadlines are always set on publication, but the column allows null: the order puts those last.
  for (const [id, status] of [
    ["seed-900001", "FUNDRAISING"],
    ["seed-900002", "SETTLED"],
  ] as const) {
    await createLoanProject(db, {
      id,
      companyId: company.id,
      status,
      publishedAt: new Date(Date.UTC(2026, 0, 3)),
      fundraisingDeadline: null,
    });
  }
  rows = await db.loanProject.findMany({
    select: {
      id: true,
      status: true,
      annualRateBp: true,
      termMonths: true,
      repaymentMethod: true,
      amountFen: true,
      fundedFen: true,
      publishedAt: true,
      fundraisingDeadline: true,
    },
  });
});

afterAll(async () => {
  await database?.close();
});

// ---- The documented order, independently: lib/server/listings/list-public-projects.ts orderClause ----

type Compare = (a: Row, b: Row) => number;
const by =
  (...compares: Compare[]): Compare =>
  (a, b) => {
    for (const compare of compares) {
      const c = compare(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };
const sign = (n: number | bigint) => (n > 0 ? 1 : n < 0 ? -1 : 0);
const time = (d: Date | null) => d?.getTime() ?? null;
/** Ascending, nulls last (PostgreSQL's ASC default). */
const ascNullsLast = (x: number | null, y: number | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : sign(x - y));
/** Descending, nulls first (PostgreSQL's DESC default). */
const descNullsFirst = (x: number | null, y: number | null) => -ascNullsLast(x, y);
const descNullsLast = (x: number | null, y: number | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : sign(y - x));
const idAsc: Compare = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const idDesc: Compare = (a, b) => -idAsc(a, b);
const newest = by((a, b) => descNullsFirst(time(a.publishedAt), time(b.publishedAt)), idDesc);

function statusesOf(query: ListingQuery): LoanStatus[] {
  const wanted = query.status === undefined ? [] : ([] as LoanStatus[]).concat(query.status);
  const kept = PUBLIC_LOAN_STATUSES.filter((s) => wanted.includes(s));
  return kept.length > 0 ? kept : [...PUBLIC_LOAN_STATUSES];
}

function compareFor(query: ListingQuery): Compare {
  switch (query.sort) {
    case "rate_desc":
      return by((a, b) => b.annualRateBp - a.annualRateBp, newest);
    case "rate_asc":
      return by((a, b) => a.annualRateBp - b.annualRateBp, newest);
    case "progress":
      // funded/amount, compared exactly: a.f/a.a > b.f/b.a ⇔ a.f·b.a > b.f·a.a (amounts are positive).
      return by((a, b) => sign(b.fundedFen * a.amountFen - a.fundedFen * b.amountFen), newest);
    case "deadline": {
      const statuses = statusesOf(query);
      if (statuses.every((s) => s === "FUNDRAISING"))
        return by((a, b) => ascNullsLast(time(a.fundraisingDeadline), time(b.fundraisingDeadline)), idAsc);
      const closedFirst = by((a, b) => descNullsLast(time(a.fundraisingDeadline), time(b.fundraisingDeadline)), idDesc);
      if (!statuses.includes("FUNDRAISING")) return closedFirst;
      const openDeadline = (r: Row) => (r.status === "FUNDRAISING" ? time(r.fundraisingDeadline) : null);
      return by((a, b) => ascNullsLast(openDeadline(a), openDeadline(b)), closedFirst);
    }
    default:
      return newest;
  }
}

function expectedListing(input: Partial<ListingQuery>): { ids: string[]; total: number } {
  const query = normalizeListingQuery(input);
  const statuses = statusesOf(query);
  const matching = rows
    .filter(
      (r) =>
        statuses.includes(r.status) &&
        (query.minRateBp === undefined || r.annualRateBp >= query.minRateBp) &&
        (query.maxRateBp === undefined || r.annualRateBp <= query.maxRateBp) &&
        (query.termMonths === undefined || r.termMonths === query.termMonths) &&
        (query.minTermMonths === undefined || r.termMonths >= query.minTermMonths) &&
        (query.maxTermMonths === undefined || r.termMonths <= query.maxTermMonths) &&
        (query.method === undefined || r.repaymentMethod === query.method),
    )
    .sort(compareFor(query));
  const start = (query.page - 1) * query.pageSize;
  return { ids: matching.slice(start, start + query.pageSize).map((r) => r.id), total: matching.length };
}

const FILTERS: Partial<ListingQuery>[] = [
  {},
  { status: "FUNDRAISING" },
  { status: "SETTLED" },
  { status: ["REPAYING", "OVERDUE"] },
  { minRateBp: 1000, maxRateBp: 1400 },
  { status: "FUNDRAISING", method: "BULLET", minTermMonths: 3, maxTermMonths: 12 },
];

describe("listPublicLoanProjects over 1,500 projects with ties", () => {
  it("the seed has what the cases need: deep pages, ties on every sort key, null deadlines", () => {
    const published = rows.filter((r) => (PUBLIC_LOAN_STATUSES as readonly string[]).includes(r.status));
    expect(published.length).toBeGreaterThan(1200);
    expect(new Set(published.map((r) => r.annualRateBp)).size).toBeLessThan(30);
    expect(new Set(published.map((r) => time(r.publishedAt))).size).toBeLessThan(published.length / 3);
    expect(new Set(published.map((r) => time(r.fundraisingDeadline))).size).toBeLessThan(40);
    expect(published.filter((r) => r.fundraisingDeadline === null)).toHaveLength(2);
  });

  for (const filter of FILTERS) {
    for (const sort of LISTING_SORTS) {
      it(`${JSON.stringify(filter)} sorted ${sort}: first, deep, last and past-the-end pages`, async () => {
        const { total } = expectedListing({ ...filter, sort });
        expect(total).toBeGreaterThan(0);
        const last = Math.ceil(total / 20);
        for (const page of new Set([1, 2, Math.ceil(last * 0.7), last, last + 1])) {
          const expected = expectedListing({ ...filter, sort, page });
          const result = await listPublicLoanProjects(database.prisma, { ...filter, sort, page });
          expect({ page, ids: result.items.map((i) => i.id), total: result.total }).toEqual({ page, ...expected });
        }
      });
    }
  }

  it("returns every field of a row, as before", async () => {
    const { items } = await listPublicLoanProjects(database.prisma, { sort: "progress", status: "FUNDRAISING", page: 3 });
    for (const item of items) {
      const row = rows.find((r) => r.id === item.id);
      expect(item).toMatchObject({
        companyName: COMPANY,
        title: expect.stringMatching(/^(Seeded \d+|Working capital)$/),
        amountFen: row?.amountFen,
        fundedFen: row?.fundedFen,
        progressBp: Number(((row?.fundedFen ?? 0n) * 10_000n) / (row?.amountFen ?? 1n)),
        annualRateBp: row?.annualRateBp,
        termMonths: row?.termMonths,
        repaymentMethod: row?.repaymentMethod,
        status: "FUNDRAISING",
        riskGrade: "B",
        minInvestmentFen: 10_000n,
        fundraisingDeadline: row?.fundraisingDeadline,
        publishedAt: row?.publishedAt,
      });
    }
    expect(items).toHaveLength(20);
  });

  it("knows the total on every kind of page: short, exactly full, empty, past the end", async () => {
    const db = database.prisma;
    const filter: Partial<ListingQuery> = { status: "FUNDRAISING", method: "BULLET" };
    const { total } = expectedListing(filter);
    expect(total).toBeGreaterThan(5);
    // One page holding exactly every match: full, so the total has to be counted.
    expect(await listPublicLoanProjects(db, { ...filter, pageSize: total })).toMatchObject({ total, pageSize: total });
    expect((await listPublicLoanProjects(db, { ...filter, pageSize: total })).items).toHaveLength(total);
    // Short first page and short last page: the total is read off the page.
    expect((await listPublicLoanProjects(db, { ...filter, pageSize: total + 1 })).total).toBe(total);
    expect(await listPublicLoanProjects(db, { ...filter, pageSize: total - 2, page: 2 })).toMatchObject({ total, page: 2 });
    // Past the end: no rows, but the total is still right (the page offers a link back to page 1).
    expect(await listPublicLoanProjects(db, { ...filter, pageSize: total, page: 2 })).toMatchObject({ items: [], total });
    expect(await listPublicLoanProjects(db, { ...filter, page: 9999 })).toMatchObject({ items: [], total });
    // Nothing matches at all.
    expect(await listPublicLoanProjects(db, { ...filter, minRateBp: 3500 })).toMatchObject({ items: [], total: 0 });
    expect(await listPublicLoanProjects(db, { ...filter, minRateBp: 3500, page: 4 })).toMatchObject({ items: [], total: 0 });
  });
});

describe("getPlatformStats over the same 1,500 projects", () => {
  it("equals the sums of the rows, to the fen", async () => {
    const of = (statuses: readonly LoanStatus[]) => rows.filter((r) => statuses.includes(r.status));
    const sum = (list: Row[], key: "amountFen" | "fundedFen") => list.reduce((acc, r) => acc + r[key], 0n);
    const financed = of(FINANCED_STATUSES);
    const fundraising = of(["FUNDRAISING"]);
    const financedFen = sum(financed, "amountFen");
    const stats = await getPlatformStats(database.prisma);
    expect(stats).toEqual({
      totalFinancedFen: financedFen,
      financedProjectCount: financed.length,
      publicProjectCount: of(PUBLIC_LOAN_STATUSES).length,
      fundraisingProjectCount: fundraising.length,
      fundraisingAmountFen: sum(fundraising, "amountFen"),
      fundraisingFundedFen: sum(fundraising, "fundedFen"),
      fundraisingRemainingFen: sum(fundraising, "amountFen") - sum(fundraising, "fundedFen"),
      settledProjectCount: of(["SETTLED"]).length,
      // Seeded rows without schedules: nothing repaid nor outstanding.
      totalRepaidFen: 0n,
      overdueOwedFen: 0n,
      principalOutstandingFen: 0n,
      overdueRateBp: 0,
    });
    expect(stats.financedProjectCount).toBeGreaterThan(900);
  });
});
