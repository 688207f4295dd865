import { type BusinessDate, daysBetween } from "@/lib/domain/dates";
import type { InvestmentStatus } from "@/lib/domain/machines/investment";
import type { DbOrTx } from "@/lib/server/db/types";
import { getRepaymentSettings } from "@/lib/server/settings/repayment-settings";
import { addAmounts, amountsOf, expectedFeeFen, NO_AMOUNTS, type RepaymentAmounts } from "./amounts";
import { claimRemaining, investorClaimRows } from "./investor-claim-rows";

/** RECEIVED: nothing left to receive; OVERDUE: the instalment is overdue; DUE: still to come (or within grace). */
export type ClaimStanding = "RECEIVED" | "DUE" | "OVERDUE";

/** One instalment of the investment's schedule, from the investor's claim on it. */
export interface ScheduleLine {
  instalmentNumber: number;
  dueDate: BusinessDate;
  /** The claim's principal and interest (gross), fen. */
  principalFen: bigint;
  interestFen: bigint;
  /** The fee withheld so far plus, on interest still to come, the fee expected at the current setting, fen. */
  feeFen: bigint;
  /** True when part of feeFen is an estimate (interest still to come). */
  feeEstimated: boolean;
  /** Received so far, net (principal + interest − fee withheld + penalty). */
  received: RepaymentAmounts;
  receivedOn: BusinessDate | null;
  standing: ClaimStanding;
  /** Days since the due date on `today` while OVERDUE; 0 otherwise. */
  overdueDays: number;
}

export interface InvestmentSchedule {
  investmentId: string;
  projectId: string;
  projectTitle: string;
  amountFen: bigint;
  status: InvestmentStatus;
  lines: ScheduleLine[];
  /** Sums over the lines. */
  totals: { principalFen: bigint; interestFen: bigint; feeFen: bigint; received: RepaymentAmounts };
}

/**
 * The investor's own investment with its claims per instalment (还款计划), or null when the investment is
 * not theirs or does not exist (the page answers 404 either way). An investment not disbursed yet has no
 * lines. `today` is the business date (overdue days); `managementFeeBp` the fee setting for the expected fee (the repayment setting's when not given).
 */
export async function getInvestmentSchedule(
  db: DbOrTx,
  investorId: string,
  investmentId: string,
  { today, managementFeeBp: feeBp }: { today: BusinessDate; managementFeeBp?: number },
): Promise<InvestmentSchedule | null> {
  const investment = await db.investment.findFirst({
    where: { id: investmentId, investorId },
    select: { id: true, amountFen: true, status: true, project: { select: { id: true, title: true } } },
  });
  if (!investment) return null;
  const [rows, managementFeeBp] = await Promise.all([
    investorClaimRows(db, investorId, { investmentId }),
    feeBp ?? getRepaymentSettings(db).then((settings) => settings.managementFeeBp),
  ]);
  const lines = rows
    .map((row): ScheduleLine => {
      const remaining = claimRemaining(row);
      const owed = remaining.principalFen + remaining.interestFen;
      const standing: ClaimStanding = owed === 0n ? "RECEIVED" : row.overdue ? "OVERDUE" : "DUE";
      return {
        instalmentNumber: row.instalmentNumber,
        dueDate: row.dueDate,
        principalFen: row.principalFen,
        interestFen: row.interestFen,
        feeFen: row.feeFen + expectedFeeFen(remaining.interestFen, managementFeeBp),
        feeEstimated: remaining.interestFen > 0n,
        received: amountsOf({
          principalFen: row.receivedPrincipalFen,
          interestFen: row.receivedInterestFen,
          penaltyFen: row.receivedPenaltyFen,
          feeFen: row.feeFen,
        }),
        receivedOn: row.receivedOn,
        standing,
        overdueDays: standing === "OVERDUE" ? Math.max(0, daysBetween(row.dueDate, today)) : 0,
      };
    })
    .sort((a, b) => a.instalmentNumber - b.instalmentNumber);
  const totals = lines.reduce(
    (sum, line) => ({
      principalFen: sum.principalFen + line.principalFen,
      interestFen: sum.interestFen + line.interestFen,
      feeFen: sum.feeFen + line.feeFen,
      received: addAmounts(sum.received, line.received),
    }),
    { principalFen: 0n, interestFen: 0n, feeFen: 0n, received: NO_AMOUNTS },
  );
  return {
    investmentId: investment.id,
    projectId: investment.project.id,
    projectTitle: investment.project.title,
    amountFen: investment.amountFen,
    status: investment.status,
    lines,
    totals,
  };
}
