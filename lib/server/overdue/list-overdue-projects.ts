import { addDays, type BusinessDate, businessDate, daysBetween } from "@/lib/domain/dates";
import { BAD_DEBT_MIN_DAYS_OVERDUE } from "@/lib/domain/machines/loan-project";
import { type OverdueAgingBucket, overdueAgingBucket } from "@/lib/domain/schedules/overdue";
import type { CompanyStatus, LoanStatus } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";

/** One row of customer service's overdue queue (/admin/overdue). */
export interface OverdueProjectRow {
  id: string;
  title: string;
  status: LoanStatus;
  company: { id: string; name: string; status: CompanyStatus };
  /** Due date of its oldest overdue unpaid instalment (business date). */
  oldestDueDate: BusinessDate;
  /** asOf − oldestDueDate. */
  daysOverdue: number;
  bucket: OverdueAgingBucket;
  /** Owed on its overdue instalments: principal, interest and penalty accrued so far, less what was paid, fen. */
  overdueOwedFen: bigint;
  /** Of which penalty interest (罚息), fen. */
  penaltyOwedFen: bigint;
  /** At least BAD_DEBT_MIN_DAYS_OVERDUE days overdue: DECLARE_BAD_DEBT's guard would pass. */
  longEnoughForBadDebt: boolean;
  /** Some project of the company is BAD_DEBT: BLACKLIST's guard would pass. */
  companyHasBadDebt: boolean;
  /** Maker-checker events with a PENDING request on the project, and on its company. */
  pendingRequests: string[];
  companyPendingRequests: string[];
}

/**
 * OVERDUE and BAD_DEBT projects with an overdue unpaid instalment on business date `asOf`, the longest overdue
 * first (ties by id, so pages never overlap), with their company and what they owe. Two statements and one for
 * the pending requests of the page's rows.
 */
export async function listOverdueProjects(db: DbOrTx, asOf: BusinessDate, page: number, pageSize = 20): Promise<Page<OverdueProjectRow>> {
  return listPage(
    page,
    pageSize,
    async ({ skip, take }) => {
      const rows = await db.$queryRaw<
        {
          id: string;
          title: string;
          status: LoanStatus;
          companyId: string;
          companyName: string;
          companyStatus: CompanyStatus;
          oldestDue: string;
          owed: bigint;
          penalty: bigint;
          companyHasBadDebt: boolean;
        }[]
      >`
        SELECT p."id", p."title", p."status", c."id" AS "companyId", c."name" AS "companyName", c."status" AS "companyStatus",
               to_char(min(i."dueDate"), 'YYYY-MM-DD') AS "oldestDue",
               sum(i."principalFen" - i."paidPrincipalFen" + i."interestFen" - i."paidInterestFen" - i."interestWaivedFen"
                   + i."penaltyFen" - i."paidPenaltyFen")::bigint AS "owed",
               sum(i."penaltyFen" - i."paidPenaltyFen")::bigint AS "penalty",
               EXISTS (SELECT 1 FROM "LoanProject" b WHERE b."companyId" = c."id" AND b."status" = 'BAD_DEBT') AS "companyHasBadDebt"
          FROM "LoanProject" p
          JOIN "Company" c ON c."id" = p."companyId"
          JOIN "RepaymentInstalment" i ON i."projectId" = p."id" AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL
         WHERE p."status" IN ('OVERDUE', 'BAD_DEBT')
         GROUP BY p."id", c."id"
         ORDER BY min(i."dueDate"), p."id"
         OFFSET ${skip} LIMIT ${take}`;
      const pending = await pendingByTarget(db, [...rows.map((r) => r.id), ...rows.map((r) => r.companyId)]);
      return rows.map((row) => {
        const oldestDueDate = businessDate(row.oldestDue);
        const daysOverdue = daysBetween(oldestDueDate, asOf);
        return {
          id: row.id,
          title: row.title,
          status: row.status,
          company: { id: row.companyId, name: row.companyName, status: row.companyStatus },
          oldestDueDate,
          daysOverdue,
          bucket: overdueAgingBucket(daysOverdue),
          overdueOwedFen: BigInt(row.owed),
          penaltyOwedFen: BigInt(row.penalty),
          longEnoughForBadDebt: daysOverdue >= BAD_DEBT_MIN_DAYS_OVERDUE,
          companyHasBadDebt: row.companyHasBadDebt,
          pendingRequests: pending.get(row.id) ?? [],
          companyPendingRequests: pending.get(row.companyId) ?? [],
        };
      });
    },
    async () => {
      const [row] = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(DISTINCT p."id") AS "n" FROM "LoanProject" p
          JOIN "RepaymentInstalment" i ON i."projectId" = p."id" AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL
         WHERE p."status" IN ('OVERDUE', 'BAD_DEBT')`;
      return Number(row?.n ?? 0);
    },
  );
}

async function pendingByTarget(db: DbOrTx, targetIds: string[]): Promise<Map<string, string[]>> {
  const requests = await db.reviewRequest.findMany({
    where: { targetId: { in: targetIds }, status: "PENDING" },
    select: { targetId: true, action: true },
  });
  const byTarget = new Map<string, string[]>();
  for (const request of requests) byTarget.set(request.targetId, [...(byTarget.get(request.targetId) ?? []), request.action]);
  return byTarget;
}

/**
 * The queue's count for the dashboard: OVERDUE projects at least BAD_DEBT_MIN_DAYS_OVERDUE days overdue on
 * `asOf` with no PENDING bad-debt declaration: the ones waiting for customer service to file it.
 */
export async function countAwaitingBadDebtDeclaration(db: DbOrTx, asOf: BusinessDate): Promise<number> {
  const dueOnOrBefore = addDays(asOf, -BAD_DEBT_MIN_DAYS_OVERDUE);
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS "n" FROM "LoanProject" p
     WHERE p."status" = 'OVERDUE'
       AND EXISTS (SELECT 1 FROM "RepaymentInstalment" i
                    WHERE i."projectId" = p."id" AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL
                      AND i."dueDate" <= ${dueOnOrBefore}::date)
       AND NOT EXISTS (SELECT 1 FROM "ReviewRequest" r
                        WHERE r."targetType" = 'LOAN_PROJECT' AND r."targetId" = p."id"
                          AND r."action" = 'DECLARE_BAD_DEBT' AND r."status" = 'PENDING')`;
  return Number(row?.n ?? 0);
}
