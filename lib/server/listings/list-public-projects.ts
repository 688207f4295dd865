import type { RepaymentMethod } from "@/lib/domain/schedules";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RiskGrade } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { type ListingQuery, normalizeListingQuery, PUBLIC_LOAN_STATUSES, type PublicLoanStatus } from "./query";

/** One row of the public listing: only what a listing card shows. */
export interface PublicProjectSummary {
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

export interface PublicProjectPage {
  items: PublicProjectSummary[];
  /** Matching projects on every page. */
  total: number;
  page: number;
  pageSize: number;
}

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
  const statuses = statusesOf(query);
  const conditions: Prisma.Sql[] = [
    // Compared as enum values (not text), so the (status, …) indexes apply.
    statuses.length === 1
      ? Prisma.sql`p."status" = CAST(${statuses[0]} AS "LoanStatus")`
      : Prisma.sql`p."status" IN (${Prisma.join(statuses.map((s) => Prisma.sql`CAST(${s} AS "LoanStatus")`))})`,
  ];
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
 * The page query (exported for the benchmark's EXPLAIN): one statement. The inner query sorts and cuts the
 * page from the projects alone (narrow rows, top-N sort or an index scan); only the page's rows are then
 * joined with their company, instead of joining every matching project before sorting.
 */
export function listingSql(input: Partial<ListingQuery>): Prisma.Sql {
  const query = normalizeListingQuery(input);
  const order = orderClause(query);
  return Prisma.sql`
    SELECT p."id", p."title", c."name" AS "companyName", p."amountFen", p."fundedFen", p."annualRateBp",
           p."termMonths", p."repaymentMethod"::text AS "repaymentMethod", p."status"::text AS "status",
           p."riskGrade"::text AS "riskGrade", p."minInvestmentFen", p."fundraisingDeadline", p."publishedAt"
      FROM (
        SELECT p."id", p."companyId", p."title", p."amountFen", p."fundedFen", p."annualRateBp", p."termMonths",
               p."repaymentMethod", p."status", p."riskGrade", p."minInvestmentFen", p."fundraisingDeadline", p."publishedAt"
          FROM "LoanProject" p
          ${whereClause(query)}
          ${order}
         LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
      ) p
      JOIN "Company" c ON c."id" = p."companyId"
     ${order}`;
}

function countSql(query: ListingQuery): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "total" FROM "LoanProject" p ${whereClause(query)}`;
}

type Row = Omit<PublicProjectSummary, "progressBp" | "amountFen" | "fundedFen" | "minInvestmentFen"> & {
  amountFen: bigint | number;
  fundedFen: bigint | number;
  minInvestmentFen: bigint | number;
};

/**
 * The public listing: published projects only, filtered, sorted and paginated. The input is normalised
 * (invalid fields fall back to their defaults), so it can come straight from a URL parser or a caller.
 * Two statements: the page (projects joined with their company's name) and the total count.
 */
export async function listPublicProjects(db: DbOrTx, input: Partial<ListingQuery> = {}): Promise<PublicProjectPage> {
  const query = normalizeListingQuery(input);
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Row[]>(listingSql(query)),
    db.$queryRaw<{ total: number | bigint }[]>(countSql(query)),
  ]);
  const items = rows.map((row): PublicProjectSummary => {
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
  return { items, total: Number(counted[0]?.total ?? 0), page: query.page, pageSize: query.pageSize };
}
