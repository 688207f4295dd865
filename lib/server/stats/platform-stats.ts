import type { LoanStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { PUBLIC_LOAN_STATUSES } from "@/lib/server/listings/query";

/** Projects whose money reached the borrower (DESIGN §3: CONFIRM_DISBURSED and after). */
export const FINANCED_STATUSES = ["REPAYING", "OVERDUE", "BAD_DEBT", "SETTLED"] as const satisfies readonly LoanStatus[];
/** Financed projects that are behind on their repayments. */
export const OVERDUE_STATUSES = ["OVERDUE", "BAD_DEBT"] as const satisfies readonly LoanStatus[];

export interface PlatformStats {
  /** Sum of the amounts of every financed project. */
  totalFinancedFen: bigint;
  financedProjectCount: number;
  /** Every published project, whatever its status now. */
  publicProjectCount: number;
  fundraisingProjectCount: number;
  /** Sum of the amounts being raised right now. */
  fundraisingAmountFen: bigint;
  /** Already committed to the projects being raised. */
  fundraisingFundedFen: bigint;
  /** Still open for investment: fundraisingAmountFen − fundraisingFundedFen. */
  fundraisingRemainingFen: bigint;
  settledProjectCount: number;
  /** Amount of the financed projects that are overdue or bad debt. */
  overdueAmountFen: bigint;
  /** overdueAmountFen / totalFinancedFen in basis points, rounded half up; 0 when nothing was financed. */
  overdueRateBp: number;
}

/** Basis points of part / whole, rounded half up, in integer arithmetic. */
function ratioBp(part: bigint, whole: bigint): number {
  if (whole <= 0n) return 0;
  return Number((part * 20_000n + whole) / (2n * whole));
}

/** Platform statistics for the home page, from one aggregate query over the published projects. */
export async function getPlatformStats(db: DbOrTx): Promise<PlatformStats> {
  const groups = await db.loanProject.groupBy({
    by: ["status"],
    where: { status: { in: [...PUBLIC_LOAN_STATUSES] } },
    _count: { _all: true },
    _sum: { amountFen: true, fundedFen: true },
  });
  const byStatus = new Map(
    groups.map((g) => [g.status, { count: g._count._all, amountFen: g._sum.amountFen ?? 0n, fundedFen: g._sum.fundedFen ?? 0n }]),
  );
  const none = { count: 0, amountFen: 0n, fundedFen: 0n };
  const sum = (statuses: readonly LoanStatus[]) =>
    statuses.reduce(
      (acc, status) => {
        const g = byStatus.get(status) ?? none;
        return { count: acc.count + g.count, amountFen: acc.amountFen + g.amountFen, fundedFen: acc.fundedFen + g.fundedFen };
      },
      { ...none },
    );

  const financed = sum(FINANCED_STATUSES);
  const overdue = sum(OVERDUE_STATUSES);
  const fundraising = sum(["FUNDRAISING"]);
  return {
    totalFinancedFen: financed.amountFen,
    financedProjectCount: financed.count,
    publicProjectCount: sum(PUBLIC_LOAN_STATUSES).count,
    fundraisingProjectCount: fundraising.count,
    fundraisingAmountFen: fundraising.amountFen,
    fundraisingFundedFen: fundraising.fundedFen,
    fundraisingRemainingFen: fundraising.amountFen - fundraising.fundedFen,
    settledProjectCount: sum(["SETTLED"]).count,
    overdueAmountFen: overdue.amountFen,
    overdueRateBp: ratioBp(overdue.amountFen, financed.amountFen),
  };
}
