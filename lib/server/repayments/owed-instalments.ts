import { type BusinessDate, businessDate } from "@/lib/domain/dates";
import type { DatedOwedInstalment } from "@/lib/domain/repayments";
import type { DbOrTx, Tx } from "@/lib/server/db/types";

/** An unpaid instalment: what it owes now per component (fen) and what it was fixed at. */
export interface OwedInstalmentRow extends DatedOwedInstalment {
  number: number;
  /** As scheduled. */
  scheduledPrincipalFen: bigint;
  scheduledInterestFen: bigint;
  paidPrincipalFen: bigint;
  paidInterestFen: bigint;
  interestWaivedFen: bigint;
  /** First business date it counted as overdue, or null. */
  overdueSince: BusinessDate | null;
}

interface Row {
  id: string;
  number: number;
  dueDate: string;
  principalFen: bigint;
  interestFen: bigint;
  penaltyFen: bigint;
  paidPrincipalFen: bigint;
  paidInterestFen: bigint;
  paidPenaltyFen: bigint;
  interestWaivedFen: bigint;
  overdueSince: string | null;
}

/**
 * The project's unpaid (DUE) instalments in number order, locked `FOR UPDATE` in that order (after the project
 * row: the repayments' lock order). Accrue the penalty first (accrueOverdue) for today's figures.
 */
export async function lockOwedInstalments(tx: Tx, projectId: string): Promise<OwedInstalmentRow[]> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT "id", "number", to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", "principalFen", "interestFen", "penaltyFen",
           "paidPrincipalFen", "paidInterestFen", "paidPenaltyFen", "interestWaivedFen",
           to_char("overdueSince", 'YYYY-MM-DD') AS "overdueSince"
      FROM "RepaymentInstalment" WHERE "projectId" = ${projectId} AND "status" = 'DUE'
     ORDER BY "number" FOR UPDATE`;
  return rows.map(toOwed);
}

/** The same without locks, for quotes and pages. */
export async function readOwedInstalments(db: DbOrTx, projectId: string): Promise<OwedInstalmentRow[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT "id", "number", to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", "principalFen", "interestFen", "penaltyFen",
           "paidPrincipalFen", "paidInterestFen", "paidPenaltyFen", "interestWaivedFen",
           to_char("overdueSince", 'YYYY-MM-DD') AS "overdueSince"
      FROM "RepaymentInstalment" WHERE "projectId" = ${projectId} AND "status" = 'DUE'
     ORDER BY "number"`;
  return rows.map(toOwed);
}

function toOwed(row: Row): OwedInstalmentRow {
  return {
    id: row.id,
    number: row.number,
    dueDate: businessDate(row.dueDate),
    principalFen: row.principalFen - row.paidPrincipalFen,
    interestFen: row.interestFen - row.paidInterestFen - row.interestWaivedFen,
    penaltyFen: row.penaltyFen - row.paidPenaltyFen,
    scheduledPrincipalFen: row.principalFen,
    scheduledInterestFen: row.interestFen,
    paidPrincipalFen: row.paidPrincipalFen,
    paidInterestFen: row.paidInterestFen,
    interestWaivedFen: row.interestWaivedFen,
    overdueSince: row.overdueSince ? businessDate(row.overdueSince) : null,
  };
}
