import type { BusinessDate } from "@/lib/domain/dates";
import type { DbOrTx } from "@/lib/server/db/types";
import type { OverdueSettings } from "@/lib/server/settings/overdue-settings";

export interface AccruedOverdue {
  /** Instalments whose penalty grew (or that became overdue) in this call. */
  instalments: number;
  /** Loan projects with at least one of them. */
  projectIds: string[];
}

/**
 * Brings every unpaid instalment up to business date `asOf` (issue 12 item 3), in one set-based statement:
 *
 * - an unpaid (DUE) instalment more than `graceDays` past its due date is overdue: `overdueSince` is set to the
 *   first business date it counted as such (dueDate + graceDays + 1), and kept from then on;
 * - its penalty interest (罚息) grows by the days not yet accrued, counted from the due date itself (the grace
 *   days are forgiven only to those who pay within them, lib/domain/schedules/overdue.ts):
 *
 *     penaltyFen += round_half_up(unpaid × penaltyDailyBp × (asOf − (penaltyAccruedOn ?? dueDate)) / 10 000)
 *
 *   where unpaid = principal + interest − paid − waived (fen; penalty bears no penalty), and penaltyAccruedOn
 *   becomes `asOf`.
 *
 * Idempotent per business day: a second call with the same `asOf` finds penaltyAccruedOn = asOf and changes
 * nothing; several instances at once serialise on the rows (each UPDATE re-checks its WHERE on the newest row).
 * Rounding happens per call: run daily (the job), one day's penalty is rounded at a time.
 * `projectIds` limits it to those projects (a repayment brings its own project up to date before allocating).
 * Pure date arithmetic on DATE columns: the server's time zone plays no part.
 */
export async function accrueOverdue(
  db: DbOrTx,
  asOf: BusinessDate,
  settings: OverdueSettings,
  projectIds?: readonly string[],
): Promise<AccruedOverdue> {
  const grace = settings.graceDays;
  const bp = BigInt(settings.penaltyDailyBp);
  const only = projectIds ? [...projectIds] : null;
  const rows = await db.$queryRaw<{ projectId: string }[]>`
    UPDATE "RepaymentInstalment" AS i SET
      "overdueSince" = COALESCE(i."overdueSince", i."dueDate" + ${grace + 1}::int),
      "penaltyFen" = i."penaltyFen" + (
        2 * (i."principalFen" - i."paidPrincipalFen" + i."interestFen" - i."paidInterestFen" - i."interestWaivedFen")
          * ${bp}::bigint * (${asOf}::date - COALESCE(i."penaltyAccruedOn", i."dueDate"))
        + 10000) / 20000,
      "penaltyAccruedOn" = ${asOf}::date,
      "updatedAt" = now()
    WHERE i."status" = 'DUE'
      AND ${asOf}::date - i."dueDate" > ${grace}::int
      AND (i."penaltyAccruedOn" IS NULL OR i."penaltyAccruedOn" < ${asOf}::date)
      AND (${only}::text[] IS NULL OR i."projectId" = ANY(${only}::text[]))
    RETURNING i."projectId"`;
  return { instalments: rows.length, projectIds: [...new Set(rows.map((r) => r.projectId))] };
}
