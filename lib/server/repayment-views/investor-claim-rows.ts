import type { BusinessDate } from "@/lib/domain/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";

/** One of an investor's claims (债权) on one instalment, with what was received of it and when. */
export interface InvestorClaimRow {
  claimId: string;
  investmentId: string;
  projectId: string;
  projectTitle: string;
  instalmentNumber: number;
  dueDate: BusinessDate;
  /** The claim's parts, fen. */
  principalFen: bigint;
  interestFen: bigint;
  /** Received so far, fen; interest gross of the fee. */
  receivedPrincipalFen: bigint;
  receivedInterestFen: bigint;
  receivedPenaltyFen: bigint;
  /** The interest management fee withheld so far, fen. */
  feeFen: bigint;
  /** Interest no longer owed after an early repayment, fen. */
  interestWaivedFen: bigint;
  /** The instalment is overdue: unpaid and past the grace days (docs/domain/repayment.md). */
  overdue: boolean;
  /**
   * The business date of the latest repayment allocated to the instalment; null before any. Claims record
   * only cumulative amounts, so an instalment paid in several repayments shows everything received on the last.
   */
  receivedOn: BusinessDate | null;
}

/** Which claims: every claim of one investment, or those due or received within a window of business dates. */
export type ClaimRowFilter = { investmentId: string } | { from: BusinessDate; to: BusinessDate };

interface RawRow extends Omit<InvestorClaimRow, "dueDate" | "receivedOn"> {
  dueDate: string;
  receivedOn: string | null;
}

/**
 * The investor's claims, by due date then project, from one statement: a claim belongs to the investor through
 * its investment, so another investor's investment id yields no rows.
 */
export async function investorClaimRows(db: DbOrTx, investorId: string, filter: ClaimRowFilter): Promise<InvestorClaimRow[]> {
  const where =
    "investmentId" in filter
      ? Prisma.sql`v."id" = ${filter.investmentId}`
      : Prisma.sql`(i."dueDate" BETWEEN ${filter.from}::date AND ${filter.to}::date
                  OR last."receivedOn" BETWEEN ${filter.from}::date AND ${filter.to}::date)`;
  const rows = await db.$queryRaw<RawRow[]>`
    SELECT c."id" AS "claimId", v."id" AS "investmentId", p."id" AS "projectId", p."title" AS "projectTitle",
           i."number" AS "instalmentNumber", to_char(i."dueDate", 'YYYY-MM-DD') AS "dueDate",
           c."principalFen", c."interestFen", c."receivedPrincipalFen", c."receivedInterestFen",
           c."receivedPenaltyFen", c."feeFen", c."interestWaivedFen",
           (i."status" = 'DUE' AND i."overdueSince" IS NOT NULL) AS "overdue",
           to_char(last."receivedOn", 'YYYY-MM-DD') AS "receivedOn"
      FROM "ClaimInstalment" c
      JOIN "Investment" v ON v."id" = c."investmentId"
      JOIN "RepaymentInstalment" i ON i."id" = c."instalmentId"
      JOIN "LoanProject" p ON p."id" = v."projectId"
      LEFT JOIN LATERAL (
        SELECT max(r."repaidOn") AS "receivedOn"
          FROM "RepaymentAllocation" a JOIN "Repayment" r ON r."id" = a."repaymentId"
         WHERE a."instalmentId" = i."id"
      ) last ON true
     WHERE v."investorId" = ${investorId} AND ${where}
     ORDER BY i."dueDate", p."title", v."id", i."number"`;
  return rows.map((row) => ({
    ...row,
    instalmentNumber: Number(row.instalmentNumber),
    dueDate: row.dueDate as BusinessDate,
    receivedOn: row.receivedOn as BusinessDate | null,
  }));
}

/** What the claim still lacks, fen: principal, and interest not received nor waived. */
export function claimRemaining(row: InvestorClaimRow): { principalFen: bigint; interestFen: bigint } {
  return {
    principalFen: row.principalFen - row.receivedPrincipalFen,
    interestFen: row.interestFen - row.receivedInterestFen - row.interestWaivedFen,
  };
}
