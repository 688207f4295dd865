import type { RepaymentMethod } from "@/lib/domain/schedules";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RiskGrade } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { type Page, pageWindow } from "@/lib/shared/pagination";
import { type ListingQuery, normalizeListingQuery, PUBLIC_LOAN_STATUSES, type PublicLoanStatus } from "./query";
import { loanStatusIn } from "./status-sql";

/** One row of the public listing: only what a listing card shows. */
export interface PublicLoanProjectSummary {
  id: string;
  title: string;
  companyName: string;
  amountFen: bigint;
  fundedFen: bigint;
  /** fundedFen / amountFen in basis points, rounded down (so 100.00% means fully funded). */
  progressBp: number;
  annualRateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  status: PublicLoanStatus;
  riskGrade: RiskGrade | null;
  minInvestmentFen: bigint;
  fundraisingDeadline: Date | null;
  publishedAt: Date | null;
}

/** A page of the listing; total: matching projects on every page. */
export type PublicLoanProjectPage = Page<PublicLoanProjectSummary>;

/** Funding progress in basis points, rounded down; 0 for a (never stored) zero amount. */
export function progressBp(fundedFen: bigint, amountFen: bigint): number {
  if (amountFen <= 0n) return 0;
  const bp = (fundedFen * 10_000n) / amountFen;
  return Number(bp < 0n ? 0n : bp > 10_000n ? 10_000n : bp);
}

function statusesOf(query: ListingQuery): PublicLoanStatus[] {
  const wanted = query.status === undefined ? [] : Array.isArray(query.status) ? query.status : [query.status];
  const kept = PUBLIC_LOAN_STATUSES.filter((s) => wanted.includes(s));
  return kept.length > 0 ? kept : [...PUBLIC_LOAN_STATUSES];
}

function whereClause(query: ListingQuery): Prisma.Sql {
  // Compared as enum values (not text), so the (status, …) and public partial indexes apply.
  const conditions: Prisma.Sql[] = [loanStatusIn(Prisma.sql`p."status"`, statusesOf(query))];
  if (query.minRateBp !== undefined) conditions.push(Prisma.sql`p."annualRateBp" >= ${query.minRateBp}`);
  if (query.maxRateBp !== undefined) conditions.push(Prisma.sql`p."annualRateBp" <= ${query.maxRateBp}`);
  if (query.termMonths !== undefined) conditions.push(Prisma.sql`p."termMonths" = ${query.termMonths}`);
  if (query.minTermMonths !== undefined) conditions.push(Prisma.sql`p."termMonths" >= ${query.minTermMonths}`);
  if (query.maxTermMonths !== undefined) conditions.push(Prisma.sql`p."termMonths" <= ${query.maxTermMonths}`);
  if (query.method !== undefined) conditions.push(Prisma.sql`p."repaymentMethod" = CAST(${query.method} AS "RepaymentMethod")`);
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

// Every public project has a publishedAt (PUBLISH sets it). Plain DESC (nulls first) is what a backward
// scan of the (status, publishedAt) index yields, so single-status listings read the index in order.
const NEWEST = Prisma.sql`p."publishedAt" DESC, p."id" DESC`;

/** Every order ends with the id, so pages never overlap or skip rows that tie. */
function orderClause(query: ListingQuery): Prisma.Sql {
  switch (query.sort) {
    case "rate_desc":
      return Prisma.sql`ORDER BY p."annualRateBp" DESC, ${NEWEST}`;
    case "rate_asc":
      return Prisma.sql`ORDER BY p."annualRateBp" ASC, ${NEWEST}`;
    case "progress":
      return Prisma.sql`ORDER BY (p."fundedFen"::numeric / p."amountFen") DESC, ${NEWEST}`;
    case "deadline": {
      // Open projects closing soonest first; closed ones after, most recently closed first.
      const statuses = statusesOf(query);
      if (statuses.every((s) => s === "FUNDRAISING")) return Prisma.sql`ORDER BY p."fundraisingDeadline" ASC NULLS LAST, p."id" ASC`;
      if (!statuses.includes("FUNDRAISING")) return Prisma.sql`ORDER BY p."fundraisingDeadline" DESC NULLS LAST, p."id" DESC`;
      return Prisma.sql`ORDER BY CASE WHEN p."status" = 'FUNDRAISING' THEN p."fundraisingDeadline" END ASC NULLS LAST,
        p."fundraisingDeadline" DESC NULLS LAST, p."id" DESC`;
    }
    default:
      return Prisma.sql`ORDER BY ${NEWEST}`;
  }
}

/**
 * The listing's one statement (exported for the benchmark's and the tests' EXPLAIN): a page of projects and
 * the total, one row per project, or a single row of nulls but the total when the page is empty.
 *
 * The page's ids are read from the projects alone, in the order of one of the listing indexes (migration
 * *_listing_sort_indexes), which hold every column the sort and the status filter need: the scan walks the
 * index in order (an index-only scan once the table is vacuumed), skips the offset there and stops after the
 * page; only the page's rows are then fetched and joined with their company.
 * The total is counted only when the page cannot tell it: a page with fewer rows than pageSize is the last
 * one, so total = offset + its rows. PostgreSQL evaluates the counting subquery only in the CASE branch that
 * needs it, so a short page (most filtered listings) costs no count at all.
 */
export function listingSql(input: Partial<ListingQuery>): Prisma.Sql {
  const query = normalizeListingQuery(input);
  const where = whereClause(query);
  const order = orderClause(query);
  const { skip: offset } = pageWindow(query.page, query.pageSize);
  // An empty page past the end does not prove there is nothing before it: only page 1 may be empty and known.
  const lastPage = offset === 0 ? Prisma.sql`s."n" < ${query.pageSize}` : Prisma.sql`s."n" > 0 AND s."n" < ${query.pageSize}`;
  return Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT p."id" FROM "LoanProject" p ${where} ${order} LIMIT ${query.pageSize} OFFSET ${offset}
    )
    SELECT t."total", p."id", p."title", c."name" AS "companyName", p."amountFen", p."fundedFen", p."annualRateBp",
           p."termMonths", p."repaymentMethod"::text AS "repaymentMethod", p."status"::text AS "status",
           p."riskGrade"::text AS "riskGrade", p."minInvestmentFen", p."fundraisingDeadline", p."publishedAt"
      FROM (
        SELECT CASE WHEN ${lastPage} THEN CAST(${offset} AS integer) + s."n"
                    ELSE (SELECT count(*)::int FROM "LoanProject" p ${where}) END AS "total"
          FROM (SELECT count(*)::int AS "n" FROM page) s
      ) t
      LEFT JOIN (page JOIN "LoanProject" p ON p."id" = page."id" JOIN "Company" c ON c."id" = p."companyId") ON true
     ${order}`;
}

/** A row of listingSql: a project with the total, or (empty page) nulls but the total. */
type Row = Omit<PublicLoanProjectSummary, "progressBp" | "amountFen" | "fundedFen" | "minInvestmentFen"> & {
  total: number | bigint;
  amountFen: bigint | number;
  fundedFen: bigint | number;
  minInvestmentFen: bigint | number;
};

/**
 * The public listing: published projects only, filtered, sorted and paginated. The input is normalised
 * (invalid fields fall back to their defaults), so it can come straight from a URL parser or a caller.
 * One statement (listingSql): the page, its companies' names and the total, counted only when needed.
 */
export async function listPublicLoanProjects(db: DbOrTx, input: Partial<ListingQuery> = {}): Promise<PublicLoanProjectPage> {
  const query = normalizeListingQuery(input);
  const rows = await db.$queryRaw<Row[]>(listingSql(query));
  const items = rows
    .filter((row) => row.id !== null)
    .map((row): PublicLoanProjectSummary => {
      const amountFen = BigInt(row.amountFen);
      const fundedFen = BigInt(row.fundedFen);
      return {
        id: row.id,
        title: row.title,
        companyName: row.companyName,
        amountFen,
        fundedFen,
        progressBp: progressBp(fundedFen, amountFen),
        annualRateBp: Number(row.annualRateBp),
        termMonths: Number(row.termMonths),
        repaymentMethod: row.repaymentMethod,
        status: row.status,
        riskGrade: row.riskGrade,
        minInvestmentFen: BigInt(row.minInvestmentFen),
        fundraisingDeadline: row.fundraisingDeadline,
        publishedAt: row.publishedAt,
      };
    });
  return { items, total: Number(rows[0]?.total ?? 0), page: query.page, pageSize: query.pageSize };
}
