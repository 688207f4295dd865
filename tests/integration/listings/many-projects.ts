import type { SqlRunner } from "@/lib/server/db/migrate";

/**
 * Seeds `count` projects of one company in a single INSERT … SELECT generate_series, with a platform's status
 * mix (about 35 % SETTLED, 28 % REPAYING, 8 % FUNDRAISING, 17 % never published) and many ties: 25 rates, 7
 * terms, 4 methods, publication hours repeating every 300 projects, funding in tenths of the amount and
 * deadlines repeating every 37, so every sort's tie-breakers decide part of the order. Ids are
 * `seed-000001`… (same length, ASCII), ordered alike under any collation. Deterministic: row i is a function of i.
 */
export async function seedManyProjects(runner: SqlRunner, companyId: string, count: number): Promise<void> {
  if (!/^[A-Za-z0-9_-]+$/.test(companyId) || !Number.isSafeInteger(count)) throw new Error("bad seed arguments");
  await runner.exec(`
    INSERT INTO "LoanProject" ("id", "companyId", "title", "purpose", "amountFen", "annualRateBp", "termMonths",
      "repaymentMethod", "fundraisingDays", "minInvestmentFen", "status", "riskGrade", "fundedFen",
      "fundraisingDeadline", "publishedAt", "createdAt", "updatedAt")
    SELECT 'seed-' || lpad(i::text, 6, '0'), '${companyId}', 'Seeded ' || i, 'Working capital',
           amount, 600 + (i * 7 % 25) * 50, (ARRAY[1, 3, 6, 9, 12, 18, 24])[1 + i % 7],
           (ARRAY['EQUAL_INSTALLMENT', 'EQUAL_PRINCIPAL', 'INTEREST_FIRST', 'BULLET'])[1 + i % 4]::"RepaymentMethod",
           10, 10000, status::"LoanStatus", 'B',
           CASE WHEN status IN ('FUNDRAISING', 'FAILED') THEN amount * (i % 10) / 10
                WHEN status IN ('DRAFT', 'PENDING_PRELIMINARY_REVIEW', 'PENDING_FINAL_REVIEW', 'REJECTED', 'WITHDRAWN') THEN 0
                ELSE amount END,
           CASE WHEN published THEN timestamptz '2026-06-01 00:00Z' + (i % 37) * interval '1 day' END,
           CASE WHEN published THEN timestamptz '2026-01-01 00:00Z' + (i % 300) * interval '1 hour' END,
           timestamptz '2025-12-01 00:00Z', timestamptz '2025-12-01 00:00Z'
      FROM (
        SELECT i, (1000 + i % 13 * 500)::bigint * 10000 AS amount, s.status,
               s.status NOT IN ('DRAFT', 'PENDING_PRELIMINARY_REVIEW', 'PENDING_FINAL_REVIEW', 'REJECTED', 'WITHDRAWN') AS published
          FROM generate_series(1, ${count}) AS i
          CROSS JOIN LATERAL (SELECT CASE
            WHEN i % 100 < 8 THEN 'FUNDRAISING' WHEN i % 100 < 10 THEN 'FULLY_FUNDED' WHEN i % 100 < 11 THEN 'DISBURSING'
            WHEN i % 100 < 39 THEN 'REPAYING' WHEN i % 100 < 42 THEN 'OVERDUE' WHEN i % 100 < 43 THEN 'BAD_DEBT'
            WHEN i % 100 < 78 THEN 'SETTLED' WHEN i % 100 < 83 THEN 'FAILED' WHEN i % 100 < 89 THEN 'DRAFT'
            WHEN i % 100 < 92 THEN 'PENDING_PRELIMINARY_REVIEW' WHEN i % 100 < 94 THEN 'PENDING_FINAL_REVIEW' WHEN i % 100 < 98 THEN 'REJECTED'
            ELSE 'WITHDRAWN' END AS status) s
      ) AS seeded`);
}

/**
 * VACUUM ANALYZE until every page of the projects is all-visible, as autovacuum leaves a quiet table (so the
 * planner prices index-only scans as they run in production). The test server commits asynchronously
 * (synchronous_commit=off), and VACUUM may not mark a page whose rows' commit is not yet on disk, nor one
 * whose commit-log group holds a later unflushed commit of another session: a synchronous commit first
 * flushes the log, and a few rounds settle what other sessions commit meanwhile.
 */
export async function vacuumProjects(runner: SqlRunner): Promise<void> {
  for (let round = 0; round < 20; round++) {
    await runner.exec(`BEGIN; SET LOCAL synchronous_commit = on; ANALYZE "LoanProject"; COMMIT;`);
    await runner.exec(`VACUUM ANALYZE "LoanProject"`);
    const { rows } = await runner.query<{ pages: number; visible: number }>(
      `SELECT relpages AS "pages", relallvisible AS "visible" FROM pg_class WHERE relname = 'LoanProject'`,
    );
    if (rows[0] && rows[0].visible === rows[0].pages) return;
  }
  throw new Error("VACUUM left LoanProject pages not all-visible after 20 rounds");
}
