import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { Clock } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { type FinancedMonth, financedByMonth } from "./financed-by-month";
import { type OverdueMonth, overdueByMonth } from "./overdue-by-month";
import { type OverdueOverview, overdueOverview } from "./overdue-overview";
import { type RepaymentMonth, repaymentsByMonth } from "./repayments-by-month";

/** The four charts of the supervisor's and the admin's landing page. */
export interface DashboardCharts {
  financed: FinancedMonth[];
  repayments: RepaymentMonth[];
  overdue: OverdueOverview;
  /** The overdue rate (principal and interest) at each of the last twelve months' ends. */
  overdueMonths: OverdueMonth[];
}

/**
 * The staff landing's chart data (issue 13 item 3), for the roles with `dashboard.charts` (SUPERVISOR, ADMIN;
 * FORBIDDEN otherwise): volume financed and repayments received vs due for the last twelve business months,
 * the overdue rate today and at each month's end, and the aging buckets today. Set-based statements, run at once.
 */
export async function getDashboardCharts(db: DbOrTx, actor: Pick<Actor, "role">, clock: Clock): Promise<DashboardCharts> {
  assertCan(actor, "dashboard.charts");
  const [financed, repayments, overdue, overdueMonths] = await Promise.all([
    financedByMonth(db, clock),
    repaymentsByMonth(db, clock),
    overdueOverview(db, clock),
    overdueByMonth(db, clock),
  ]);
  return { financed, repayments, overdue, overdueMonths };
}
