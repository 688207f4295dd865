import { businessDateOf } from "@/lib/domain/dates";
import { InvestmentLiveStatuses, type InvestmentStatus, InvestmentStatuses } from "@/lib/domain/machines/investment";
import { type Clock, getClock } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { getBalances } from "@/lib/server/ledger";
import { expectedInterestByInvestment, type LiveInvestment } from "./expected-interest";

/** One slice of the portfolio chart: the investor's investments of one status. */
export interface PortfolioSlice {
  status: InvestmentStatus;
  count: number;
  /** Sum of the investments' amounts, in fen. */
  amountFen: bigint;
}

export interface InvestorOverview {
  /** Spendable wallet balance, fen. */
  availableFen: bigint;
  /** Set aside for pending investments and withdrawals under review, fen. */
  frozenFen: bigint;
  /** Principal of the live investments (PENDING, CONFIRMED, HOLDING) not yet repaid, fen. */
  investedFen: bigint;
  /** Interest still to come on the live investments, fen (docs/wallet.md#expected-interest). */
  expectedInterestFen: bigint;
  /** Every investment status in the machine's order, with zero rows where the investor has none. */
  byStatus: PortfolioSlice[];
}

const LIVE: readonly InvestmentStatus[] = InvestmentLiveStatuses;

/**
 * An investor's money at a glance (投资者总览): wallet balances from the ledger's cached balances, the
 * principal invested, the interest still to come and the portfolio by status (docs/wallet.md).
 *
 * A disbursed investment (HOLDING) has its claims stored (ClaimInstalment, written at disbursement): its
 * principal outstanding and interest to come are its parts of the instalments not yet PAID. An investment not
 * disbursed yet (PENDING, CONFIRMED) counts with its whole amount, and its interest is its share of the
 * project's schedule split among the project's live investments, the unfunded rest counted as one more
 * (expectedInterestByInvestment), the same split the claims will be stored with.
 * `clock` dates the schedule of a project not yet disbursed (it changes no amount).
 */
export async function getInvestorOverview(
  db: DbOrTx,
  userId: string,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<InvestorOverview> {
  const [balances, groups, mine] = await Promise.all([
    getBalances(db, userId),
    db.investment.groupBy({ by: ["status"], where: { investorId: userId }, _count: { _all: true }, _sum: { amountFen: true } }),
    db.investment.findMany({
      where: { investorId: userId, status: { in: [...LIVE] } },
      select: { id: true, projectId: true, amountFen: true, status: true },
    }),
  ]);

  const byStatus = InvestmentStatuses.map((status): PortfolioSlice => {
    const group = groups.find((g) => g.status === status);
    return { status, count: group?._count._all ?? 0, amountFen: group?._sum.amountFen ?? 0n };
  });
  const claimed = await outstandingClaims(
    db,
    mine.filter((inv) => inv.status === "HOLDING").map((inv) => inv.id),
  );
  const unclaimed = mine.filter((inv) => !claimed.has(inv.id));
  let investedFen = unclaimed.reduce((sum, inv) => sum + inv.amountFen, 0n);
  let expectedInterestFen = await scheduledInterest(db, unclaimed, clock);
  for (const claim of claimed.values()) {
    investedFen += claim.principalFen;
    expectedInterestFen += claim.interestFen;
  }
  return { ...balances, investedFen, expectedInterestFen, byStatus };
}

/** Principal and interest of the stored claims still DUE, per investment that has stored claims at all. */
async function outstandingClaims(db: DbOrTx, investmentIds: string[]): Promise<Map<string, { principalFen: bigint; interestFen: bigint }>> {
  const result = new Map<string, { principalFen: bigint; interestFen: bigint }>();
  if (investmentIds.length === 0) return result;
  const claims = await db.claimInstalment.findMany({
    where: { investmentId: { in: investmentIds } },
    select: { investmentId: true, principalFen: true, interestFen: true, instalment: { select: { status: true } } },
  });
  for (const claim of claims) {
    const sum = result.get(claim.investmentId) ?? { principalFen: 0n, interestFen: 0n };
    if (claim.instalment.status === "DUE") {
      sum.principalFen += claim.principalFen;
      sum.interestFen += claim.interestFen;
    }
    result.set(claim.investmentId, sum);
  }
  return result;
}

/** The interest of investments without stored claims, from their projects' schedules (see above). */
async function scheduledInterest(db: DbOrTx, mine: { id: string; projectId: string }[], clock: Clock): Promise<bigint> {
  if (mine.length === 0) return 0n;
  const projectIds = [...new Set(mine.map((inv) => inv.projectId))];
  const [projects, live] = await Promise.all([
    db.loanProject.findMany({
      where: { id: { in: projectIds } },
      select: {
        id: true,
        amountFen: true,
        annualRateBp: true,
        termMonths: true,
        repaymentMethod: true,
        publishedAt: true,
        disbursedAt: true,
      },
    }),
    db.investment.findMany({
      where: { projectId: { in: projectIds }, status: { in: [...LIVE] } },
      select: { id: true, projectId: true, amountFen: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const liveByProject = new Map<string, LiveInvestment[]>();
  for (const inv of live) {
    const list = liveByProject.get(inv.projectId);
    if (list) list.push(inv);
    else liveByProject.set(inv.projectId, [inv]);
  }

  let total = 0n;
  for (const project of projects) {
    const ids = mine.filter((inv) => inv.projectId === project.id).map((inv) => inv.id);
    const startDate = businessDateOf(project.disbursedAt ?? project.publishedAt ?? clock.now(), clock.zone);
    const parts = expectedInterestByInvestment(project, liveByProject.get(project.id) ?? [], ids, { startDate });
    for (const interest of parts.values()) total += interest;
  }
  return total;
}
