import { Prisma } from "@/lib/generated/prisma/client";
import type { LoanStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { PUBLIC_LOAN_STATUSES } from "@/lib/server/listings/query";
import { loanStatusIn } from "@/lib/server/listings/status-sql";
import { getRepaymentStats, type RepaymentStats } from "./repayment-stats";

/** Projects whose money reached the borrower (DESIGN §3: CONFIRM_DISBURSED and after). */
export const FINANCED_STATUSES = ["REPAYING", "OVERDUE", "BAD_DEBT", "SETTLED"] as const satisfies readonly LoanStatus[];
/** Financed projects that are behind on their repayments. */
export const OVERDUE_STATUSES = ["OVERDUE", "BAD_DEBT"] as const satisfies readonly LoanStatus[];

/** The projects' figures, and the repayments' (getRepaymentStats: total repaid, overdue rate). */
export interface PlatformStats extends RepaymentStats {
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
}

interface StatusRow {
  status: LoanStatus;
  count: number | bigint;
  /** Sums as text: a sum of bigints is a numeric in PostgreSQL, read back exactly. */
  amountFen: string;
  fundedFen: string;
}

/**
 * The statistics' one aggregate (exported for the tests' EXPLAIN): count and sums of the published projects by
 * status. Raw SQL rather than Prisma's groupBy: groupBy binds the statuses as text and casts them to the enum
 * for every row (about 16 ms at 10,000 projects on PostgreSQL, issue 9); here they are enum parameters, and
 * the sums come from an index-only scan of LoanProject_public_stats_idx (migration *_platform_stats_index).
 */
export const platformStatsSql = (): Prisma.Sql => Prisma.sql`
  SELECT p."status"::text AS "status", count(*)::int AS "count",
         COALESCE(sum(p."amountFen"), 0)::text AS "amountFen", COALESCE(sum(p."fundedFen"), 0)::text AS "fundedFen"
    FROM "LoanProject" p
   WHERE ${loanStatusIn(Prisma.sql`p."status"`, PUBLIC_LOAN_STATUSES)}
   GROUP BY p."status"`;

/** Platform statistics for the home page: one aggregate over the published projects, one over the repayments. */
export async function getPlatformStats(db: DbOrTx): Promise<PlatformStats> {
  const [groups, repayments] = await Promise.all([db.$queryRaw<StatusRow[]>(platformStatsSql()), getRepaymentStats(db)]);
  const byStatus = new Map(
    groups.map((g) => [g.status, { count: Number(g.count), amountFen: BigInt(g.amountFen), fundedFen: BigInt(g.fundedFen) }]),
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
    ...repayments,
  };
}
