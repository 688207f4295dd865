import { type BusinessDate, businessDate, daysBetween } from "@/lib/domain/dates";
import type { LoanStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";

/** One loan project of a company as customer service sees it on the company's page. */
export interface CompanyLoanStanding {
  id: string;
  title: string;
  status: LoanStatus;
  amountFen: bigint;
  /** Principal, interest (not waived) and penalty still owed on the whole project, fen; 0 before the payout. */
  outstandingFen: bigint;
  /** The part of it already due on `asOf` (instalments due on or before it, penalty accrued so far), fen. */
  dueNowFen: bigint;
  /** Days past due of its oldest overdue unpaid instalment on `asOf` (asOf − dueDate); 0 when none. */
  overdueDays: number;
}

/**
 * The company's loan projects, newest first (at most `limit`), each with what it owes on business date `asOf`:
 * one statement, the instalments summed per project (docs/domain/repayment.md, "what an instalment owes").
 */
export async function companyLoanStanding(db: DbOrTx, companyId: string, asOf: BusinessDate, limit = 20): Promise<CompanyLoanStanding[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      title: string;
      status: LoanStatus;
      amountFen: bigint;
      outstanding: bigint | null;
      dueNow: bigint | null;
      oldestOverdue: string | null;
    }[]
  >`
    SELECT p."id", p."title", p."status", p."amountFen",
           sum(i."owed") AS "outstanding",
           sum(i."owed") FILTER (WHERE i."dueDate" <= ${asOf}::date) AS "dueNow",
           to_char(min(i."dueDate") FILTER (WHERE i."overdueSince" IS NOT NULL), 'YYYY-MM-DD') AS "oldestOverdue"
      FROM "LoanProject" p
      LEFT JOIN LATERAL (
        SELECT "dueDate", "overdueSince",
               "principalFen" - "paidPrincipalFen" + "interestFen" - "paidInterestFen" - "interestWaivedFen"
                 + "penaltyFen" - "paidPenaltyFen" AS "owed"
          FROM "RepaymentInstalment" WHERE "projectId" = p."id" AND "status" = 'DUE'
      ) i ON true
     WHERE p."companyId" = ${companyId}
     GROUP BY p."id"
     ORDER BY p."createdAt" DESC, p."id" DESC
     LIMIT ${limit}`;
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    amountFen: row.amountFen,
    outstandingFen: BigInt(row.outstanding ?? 0n),
    dueNowFen: BigInt(row.dueNow ?? 0n),
    overdueDays: row.oldestOverdue ? Math.max(0, daysBetween(businessDate(row.oldestOverdue), asOf)) : 0,
  }));
}
