import type { DbOrTx } from "@/lib/server/db/types";

export interface RepaymentStats {
  /** Principal and interest repaid to investors since the start, fen: every repayment's principal + interest − fee. */
  totalRepaidFen: bigint;
  /** Owed now on the overdue instalments (principal, interest and penalty not yet paid), fen. */
  overdueOwedFen: bigint;
  /** Principal not yet repaid on every disbursed loan, fen. */
  principalOutstandingFen: bigint;
  /** overdueOwedFen / principalOutstandingFen in basis points, rounded half up; 0 when nothing is outstanding. */
  overdueRateBp: number;
}

/** Basis points of part / whole, rounded half up, in integer arithmetic. */
export function ratioBp(part: bigint, whole: bigint): number {
  if (whole <= 0n) return 0;
  return Number((part * 20_000n + whole) / (2n * whole));
}

interface Row {
  repaidFen: bigint;
  overdueOwedFen: bigint;
  outstandingFen: bigint;
}

/**
 * The home page's repayment figures (docs/domain/repayment.md for "owed" and "overdue"), in one statement:
 * total repaid from the Repayment rows (one per repayment, far fewer than instalments), the rest from the
 * instalments still DUE (index on status). The overdue rate is what the overdue instalments owe now over the
 * principal outstanding — penalty accrued counts as owed, so the rate can pass 100 % on a tiny book.
 */
export async function getRepaymentStats(db: DbOrTx): Promise<RepaymentStats> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT (SELECT COALESCE(sum(r."principalFen" + r."interestFen" - r."feeFen"), 0) FROM "Repayment" r)::bigint AS "repaidFen",
           COALESCE(sum(i."principalFen" - i."paidPrincipalFen" + i."interestFen" - i."paidInterestFen" - i."interestWaivedFen"
                        + i."penaltyFen" - i."paidPenaltyFen") FILTER (WHERE i."overdueSince" IS NOT NULL), 0)::bigint AS "overdueOwedFen",
           COALESCE(sum(i."principalFen" - i."paidPrincipalFen"), 0)::bigint AS "outstandingFen"
      FROM "RepaymentInstalment" i
     WHERE i."status" = 'DUE'`;
  const repaid = row ?? { repaidFen: 0n, overdueOwedFen: 0n, outstandingFen: 0n };
  return {
    totalRepaidFen: repaid.repaidFen,
    overdueOwedFen: repaid.overdueOwedFen,
    principalOutstandingFen: repaid.outstandingFen,
    overdueRateBp: ratioBp(repaid.overdueOwedFen, repaid.outstandingFen),
  };
}
