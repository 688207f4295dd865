import { type Clock, today } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { type AgingRow, overdueAging } from "@/lib/server/overdue/overdue-aging";
import { getRepaymentStats } from "@/lib/server/stats";

/** The overdue rate now and the aging of what is overdue. */
export interface OverdueOverview {
  /** Owed now on the overdue instalments (principal, interest, penalty not yet paid), fen. */
  overdueOwedFen: bigint;
  /** Principal not yet repaid on every disbursed loan, fen. */
  principalOutstandingFen: bigint;
  /** overdueOwedFen ÷ principalOutstandingFen in basis points (the public statistics' definition, lib/server/stats). */
  overdueRateBp: number;
  /** The four aging buckets (1–30, 31–60, 61–90, 90+ days) on today's business date, zeros included. */
  aging: AgingRow[];
}

/**
 * The overdue rate as the home page defines it (getRepaymentStats: owed on overdue instalments ÷ principal
 * outstanding) and the aging buckets of lib/server/overdue, on the clock's business date. Past months' rates,
 * without penalty (its accrual is not dated), are overdueByMonth's.
 */
export async function overdueOverview(db: DbOrTx, clock: Clock): Promise<OverdueOverview> {
  const [stats, aging] = await Promise.all([getRepaymentStats(db), overdueAging(db, today(clock))]);
  return {
    overdueOwedFen: stats.overdueOwedFen,
    principalOutstandingFen: stats.principalOutstandingFen,
    overdueRateBp: stats.overdueRateBp,
    aging,
  };
}
