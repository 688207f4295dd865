import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/types";

/**
 * Whether every one of the loan projects `ids` has an overdue instalment (status DUE, overdueSince set,
 * docs/domain/repayment.md): the MARK_OVERDUE guard's fact for a group moved in bulk by the daily job.
 * One statement; an empty group has none.
 */
export async function everyProjectHasOverdue(tx: Tx, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const [row] = await tx.$queryRaw<{ overdue: bigint }[]>`
    SELECT count(DISTINCT i."projectId") AS "overdue" FROM "RepaymentInstalment" i
     WHERE i."projectId" = ANY(${[...ids]}::text[]) AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL`;
  return Number(row?.overdue ?? 0) === new Set(ids).size;
}

/** Whether every one of the companies `ids` has an overdue instalment on some project: FLAG_OVERDUE's fact. */
export async function everyCompanyHasOverdue(tx: Tx, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const [row] = await tx.$queryRaw<{ overdue: bigint }[]>`
    SELECT count(DISTINCT p."companyId") AS "overdue"
      FROM "RepaymentInstalment" i JOIN "LoanProject" p ON p."id" = i."projectId"
     WHERE i."projectId" = ANY(${companyProjects(ids)}) AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL`;
  return Number(row?.overdue ?? 0) === new Set(ids).size;
}

/**
 * The ids of the companies' projects as one array (an init plan), so the instalments are then found through
 * their (projectId, number) index: joined on the company instead, the planner scans every overdue instalment.
 */
export function companyProjects(companyIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT "id" FROM "LoanProject" WHERE "companyId" = ANY(${[...companyIds]}::text[]))`;
}
