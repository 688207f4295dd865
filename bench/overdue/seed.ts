import type { BusinessDate } from "@/lib/domain/dates";
import type { SqlRunner } from "@/lib/server/db/migrate";

/** What the daily job finds on business date `asOf`, built by set-based SQL (no services: 100,000 rows in seconds). */
export interface OverdueSeed {
  instalments: number;
  projects: number;
  /** Projects (and companies: one each) with unpaid instalments past their grace days. */
  overdueProjects: number;
}

export const TERM_MONTHS = 12;

/**
 * `instalments` / 12 REPAYING projects of 12 monthly instalments, one NORMAL company each, disbursed on
 * staggered days over the year before `asOf`. Every `overdueEvery`-th project has paid nothing (all its
 * instalments due so far are unpaid, never accrued: the worst case, the first run of the job over them); the
 * others paid every instalment due more than 3 days ago (the default grace days), so theirs are PAID or not yet
 * overdue. Ids are prefixed `bench-` so nothing else collides.
 */
export async function seedOverdue(sql: SqlRunner, asOf: BusinessDate, instalments: number, overdueEvery: number): Promise<OverdueSeed> {
  const projects = Math.floor(instalments / TERM_MONTHS);
  await sql.query(
    `INSERT INTO "User" ("id", "email", "passwordHash", "role", "displayName", "updatedAt")
     SELECT 'bench-u' || g, 'bench-company-' || g || '@example.test', 'not-a-hash', 'COMPANY', 'Company ' || g, now()
       FROM generate_series(1, $1::int) g`,
    [projects],
  );
  await sql.query(
    `INSERT INTO "Company" ("id", "userId", "name", "creditCode", "legalRepresentative", "contactPhone", "industry",
                            "registeredCapitalFen", "status", "activatedAt", "updatedAt")
     SELECT 'bench-c' || g, 'bench-u' || g, 'Company ' || g, 'BENCH' || lpad(g::text, 13, '0'), 'Zhang San', '13800000000',
            'Manufacturing', 100000000, 'NORMAL', now() - interval '2 years', now()
       FROM generate_series(1, $1::int) g`,
    [projects],
  );
  await sql.query(
    `INSERT INTO "LoanProject" ("id", "companyId", "title", "purpose", "amountFen", "annualRateBp", "termMonths",
                                "repaymentMethod", "fundraisingDays", "minInvestmentFen", "status", "fundedFen",
                                "publishedAt", "disbursedAt", "updatedAt")
     SELECT 'bench-p' || g, 'bench-c' || g, 'Project ' || g, 'Working capital', 1200000, 1000, $2::int,
            'EQUAL_PRINCIPAL', 10, 10000, 'REPAYING', 1200000, now(), now(), now()
       FROM generate_series(1, $1::int) g`,
    [projects, TERM_MONTHS],
  );
  await sql.query(
    `WITH p AS (
       SELECT g, ($2::date - (30 + g % 330))::date AS "start", g % $3::int = 0 AS "bad" FROM generate_series(1, $1::int) g
     ), i AS (
       SELECT p.g, k, ("start" + make_interval(months => k))::date AS "due", "bad" FROM p, generate_series(1, $4::int) k
     )
     INSERT INTO "RepaymentInstalment" ("id", "projectId", "number", "dueDate", "principalFen", "interestFen", "status",
                                        "paidPrincipalFen", "paidInterestFen", "paidAt", "updatedAt")
     SELECT 'bench-i' || g || '-' || k, 'bench-p' || g, k, "due", 100000, 10000, s."status",
            CASE WHEN s."status" = 'PAID' THEN 100000 ELSE 0 END, CASE WHEN s."status" = 'PAID' THEN 10000 ELSE 0 END,
            CASE WHEN s."status" = 'PAID' THEN now() END, now()
       FROM i, LATERAL (SELECT (CASE WHEN NOT "bad" AND "due" < $2::date - 3 THEN 'PAID' ELSE 'DUE' END)::"InstalmentStatus" AS "status") s`,
    [projects, asOf, overdueEvery, TERM_MONTHS],
  );
  await sql.exec(`ANALYZE "User"; ANALYZE "Company"; ANALYZE "LoanProject"; ANALYZE "RepaymentInstalment";`);
  // A project disbursed less than a month (and the grace days) ago has nothing overdue yet.
  const [row] = (
    await sql.query<{ n: string }>(
      `SELECT count(DISTINCT "projectId") AS n FROM "RepaymentInstalment" WHERE "status" = 'DUE' AND "dueDate" < $1::date - 3`,
      [asOf],
    )
  ).rows;
  return { instalments: projects * TERM_MONTHS, projects, overdueProjects: Number(row?.n ?? 0) };
}

/** Puts the seed back as it was before the job ran, so a run can be timed again on the same rows. */
export async function resetOverdue(sql: SqlRunner): Promise<void> {
  await sql.exec(`
    UPDATE "RepaymentInstalment" SET "overdueSince" = NULL, "penaltyAccruedOn" = NULL, "penaltyFen" = 0 WHERE "status" = 'DUE';
    UPDATE "LoanProject" SET "status" = 'REPAYING' WHERE "status" <> 'REPAYING';
    UPDATE "Company" SET "status" = 'NORMAL' WHERE "status" <> 'NORMAL';
    DELETE FROM "StatusHistory";`);
  // One statement each: VACUUM cannot run inside the implicit transaction of a multi-statement script.
  for (const table of ["RepaymentInstalment", "LoanProject", "Company", "StatusHistory"]) await sql.query(`VACUUM ANALYZE "${table}"`);
}
