import { type BusinessDate, businessDate, daysBetween, startOfBusinessDay } from "@/lib/domain/dates";
import type { DbOrTx } from "@/lib/server/db/types";

/** What a loan project owes on business date `asOf`, for its machine's guards (MARK_OVERDUE, CURE, DECLARE_BAD_DEBT, SETTLE). */
export interface ProjectStanding {
  /** Some unpaid instalment counts as overdue (overdueSince set, docs/domain/repayment.md). */
  hasOverdueInstalments: boolean;
  /** Days past due of the oldest overdue unpaid instalment on `asOf` (asOf − dueDate); 0 when none. */
  daysOverdue: number;
  /** Principal, interest (not waived) and penalty still owed on the project, fen. */
  remainingDueFen: bigint;
}

/** One statement over the project's instalments. Accrue first (accrueOverdue) when the penalty must be today's. */
export async function projectStanding(db: DbOrTx, projectId: string, asOf: BusinessDate): Promise<ProjectStanding> {
  const [row] = await db.$queryRaw<{ overdue: bigint; oldestDue: string | null; owed: bigint | null }[]>`
    SELECT count(*) FILTER (WHERE "status" = 'DUE' AND "overdueSince" IS NOT NULL) AS "overdue",
           to_char(min("dueDate") FILTER (WHERE "status" = 'DUE' AND "overdueSince" IS NOT NULL), 'YYYY-MM-DD') AS "oldestDue",
           sum("principalFen" - "paidPrincipalFen" + "interestFen" - "paidInterestFen" - "interestWaivedFen"
               + "penaltyFen" - "paidPenaltyFen") FILTER (WHERE "status" = 'DUE') AS "owed"
      FROM "RepaymentInstalment" WHERE "projectId" = ${projectId}`;
  const daysOverdue = row?.oldestDue ? daysBetween(businessDate(row.oldestDue), asOf) : 0;
  return { hasOverdueInstalments: Number(row?.overdue ?? 0) > 0, daysOverdue, remainingDueFen: BigInt(row?.owed ?? 0n) };
}

/** What a company owes across its projects, for its machine's guards (CLEAR_WATCH, FLAG_OVERDUE, UPGRADE, LIFT_BLACKLIST). */
export interface CompanyStanding {
  hasOverdueInstalments: boolean;
  /** Principal, interest (not waived) and penalty still owed across all its projects, fen. */
  outstandingDueFen: bigint;
  /** Some instalment was overdue at some time from `windowStart` to now (still unpaid, or paid on or after it). */
  overdueSinceWindowStart: boolean;
}

/** One statement over the company's instalments; `windowStart` is the first business date UPGRADE looks back to. */
export async function companyStanding(
  db: DbOrTx,
  companyId: string,
  { windowStart, zone }: { windowStart: BusinessDate; zone: string },
): Promise<CompanyStanding> {
  const since = startOfBusinessDay(windowStart, zone);
  const [row] = await db.$queryRaw<{ overdue: bigint; owed: bigint | null; inWindow: bigint }[]>`
    SELECT count(*) FILTER (WHERE i."status" = 'DUE' AND i."overdueSince" IS NOT NULL) AS "overdue",
           sum(i."principalFen" - i."paidPrincipalFen" + i."interestFen" - i."paidInterestFen" - i."interestWaivedFen"
               + i."penaltyFen" - i."paidPenaltyFen") FILTER (WHERE i."status" = 'DUE') AS "owed",
           count(*) FILTER (WHERE i."overdueSince" IS NOT NULL AND (i."status" = 'DUE' OR i."paidAt" >= ${since})) AS "inWindow"
      FROM "RepaymentInstalment" i JOIN "LoanProject" p ON p."id" = i."projectId"
     WHERE p."companyId" = ${companyId}`;
  return {
    hasOverdueInstalments: Number(row?.overdue ?? 0) > 0,
    outstandingDueFen: BigInt(row?.owed ?? 0n),
    overdueSinceWindowStart: Number(row?.inWindow ?? 0) > 0,
  };
}
