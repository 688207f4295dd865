import type { BusinessDate } from "@/lib/domain/dates";
import type { DbOrTx } from "@/lib/server/db/types";

/** Where a disbursed loan stands for its company on a business date. */
export interface LoanStanding {
  /** The earliest instalment not yet paid nor overdue, and what it owes now (fen); null when none is left. */
  nextDueDate: BusinessDate | null;
  nextDueFen: bigint;
  /** Owed now on the instalments due on or before the date (overdue ones with their penalty to date), fen. */
  owedNowFen: bigint;
  /** Days since the due date of the oldest overdue instalment; 0 when none is overdue. */
  overdueDays: number;
}

interface Row {
  projectId: string;
  nextDueDate: string | null;
  nextDueFen: bigint | null;
  owedNowFen: bigint;
  overdueDays: number | null;
}

/**
 * Standings of the given projects on business date `today` (the company's loans list), in one statement over
 * their unpaid instalments; projects without any are absent from the map. What an instalment owes is
 * docs/domain/repayment.md's "owed now" (penalty as accrued by the last overdue run).
 */
export async function getLoanStandings(db: DbOrTx, projectIds: string[], today: BusinessDate): Promise<Map<string, LoanStanding>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Row[]>`
    WITH owed AS (
      SELECT i."projectId", i."number", i."dueDate", i."overdueSince",
             (i."principalFen" - i."paidPrincipalFen" + i."interestFen" - i."paidInterestFen" - i."interestWaivedFen"
              + i."penaltyFen" - i."paidPenaltyFen") AS "owedFen"
        FROM "RepaymentInstalment" i
       WHERE i."projectId" = ANY(${projectIds}::text[]) AND i."status" = 'DUE'
    ), next AS (
      SELECT DISTINCT ON ("projectId") "projectId", "dueDate", "owedFen"
        FROM owed WHERE "overdueSince" IS NULL ORDER BY "projectId", "number"
    )
    SELECT o."projectId",
           to_char(n."dueDate", 'YYYY-MM-DD') AS "nextDueDate", n."owedFen" AS "nextDueFen",
           COALESCE(sum(o."owedFen") FILTER (WHERE o."dueDate" <= ${today}::date), 0)::bigint AS "owedNowFen",
           (${today}::date - min(o."dueDate") FILTER (WHERE o."overdueSince" IS NOT NULL))::int AS "overdueDays"
      FROM owed o LEFT JOIN next n ON n."projectId" = o."projectId"
     GROUP BY o."projectId", n."dueDate", n."owedFen"`;
  return new Map(
    rows.map((row) => [
      row.projectId,
      {
        nextDueDate: row.nextDueDate as BusinessDate | null,
        nextDueFen: row.nextDueFen ?? 0n,
        owedNowFen: row.owedNowFen,
        overdueDays: Math.max(0, row.overdueDays ?? 0),
      },
    ]),
  );
}
