import type { BusinessDate } from "@/lib/domain/dates";
import type { OverdueAgingBucket } from "@/lib/domain/schedules/overdue";
import type { DbOrTx } from "@/lib/server/db/types";

/** The aging buckets in order (lib/domain/schedules/overdue.ts overdueAgingBucket: 1–30, 31–60, 61–90, 90+ days). */
export const AGING_BUCKETS = ["DAYS_1_30", "DAYS_31_60", "DAYS_61_90", "DAYS_OVER_90"] as const satisfies readonly OverdueAgingBucket[];
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export interface AgingRow {
  bucket: AgingBucket;
  /** Overdue unpaid instalments whose days overdue on `asOf` fall in the bucket. */
  instalments: number;
  /** Distinct projects with such an instalment (a project may count in several buckets). */
  projects: number;
  /** Still owed on those instalments: principal, interest not waived and penalty accrued so far, less what was paid, fen. */
  owedFen: bigint;
}

/**
 * Overdue aging on business date `asOf` (issue 12 item 3): each overdue unpaid instalment (status DUE,
 * overdueSince set) falls in a bucket by its own days overdue, asOf − dueDate. One grouped statement; every
 * bucket is returned, in order, zeros included. The penalty is the one accrued so far (the daily job brings it
 * to today), so run after mark-overdue for today's figure.
 */
export async function overdueAging(db: DbOrTx, asOf: BusinessDate): Promise<AgingRow[]> {
  const rows = await db.$queryRaw<{ bucket: AgingBucket; instalments: bigint; projects: bigint; owed: bigint | null }[]>`
    SELECT CASE WHEN d <= 30 THEN 'DAYS_1_30' WHEN d <= 60 THEN 'DAYS_31_60' WHEN d <= 90 THEN 'DAYS_61_90' ELSE 'DAYS_OVER_90' END AS "bucket",
           count(*) AS "instalments", count(DISTINCT "projectId") AS "projects", sum("owed")::bigint AS "owed"
      FROM (SELECT ${asOf}::date - "dueDate" AS d, "projectId",
                   "principalFen" - "paidPrincipalFen" + "interestFen" - "paidInterestFen" - "interestWaivedFen"
                   + "penaltyFen" - "paidPenaltyFen" AS "owed"
              FROM "RepaymentInstalment"
             WHERE "status" = 'DUE' AND "overdueSince" IS NOT NULL AND "dueDate" < ${asOf}::date) AS overdue
     GROUP BY 1`;
  return AGING_BUCKETS.map((bucket) => {
    const row = rows.find((r) => r.bucket === bucket);
    return { bucket, instalments: Number(row?.instalments ?? 0), projects: Number(row?.projects ?? 0), owedFen: BigInt(row?.owed ?? 0n) };
  });
}
