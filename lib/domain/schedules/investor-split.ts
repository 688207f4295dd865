import type { BusinessDate } from "../dates/business-calendar";
import { splitCumulatively } from "./cumulative-split";
import type { Instalment } from "./terms";

export interface InvestmentWeight {
  id: string;
  amountFen: bigint;
}

export interface InvestorInstalment {
  number: number;
  dueDate: BusinessDate;
  principalFen: bigint;
  interestFen: bigint;
  totalFen: bigint;
}

export interface InvestorSchedule {
  investmentId: string;
  instalments: InvestorInstalment[];
}

/**
 * Each investor's part of every instalment (their claims, 债权), pro rata to the amounts invested.
 *
 * Principal and interest are each split with splitCumulatively, so for every instalment the investors'
 * parts add up exactly to it, no part is negative, and each investor's principal adds up exactly to the
 * amount they invested. Interest has no exact per-investor total to hit; the cumulative split keeps
 * every investor's running interest within about a fen of their exact share instead of letting the
 * same investor collect the rounding fen every month.
 *
 * Ties in rounding favour earlier investments: pass them in a stable order (e.g. createdAt, then id).
 * The split is causal (see splitCumulatively): after an early repayment, splitting the rewritten
 * schedule (instalments paid so far + one final instalment) keeps the parts already paid.
 */
export function splitInstalmentAmongInvestors(
  schedule: readonly Instalment[],
  investments: readonly InvestmentWeight[],
): InvestorSchedule[] {
  if (investments.length === 0) throw new RangeError("investments must not be empty");
  if (investments.some((inv) => inv.amountFen <= 0n)) throw new RangeError("investment amounts must be positive");
  if (new Set(investments.map((inv) => inv.id)).size !== investments.length) {
    throw new RangeError("investment ids must be unique");
  }
  const invested = investments.reduce((sum, inv) => sum + inv.amountFen, 0n);
  const principal = schedule.reduce((sum, instalment) => sum + instalment.principalFen, 0n);
  if (invested !== principal) {
    throw new RangeError(`investments (${invested} fen) must add up to the schedule's principal (${principal} fen)`);
  }

  const weights = investments.map((inv) => inv.amountFen);
  const principalParts = splitCumulatively(
    schedule.map((instalment) => instalment.principalFen),
    weights,
  );
  const interestParts = splitCumulatively(
    schedule.map((instalment) => instalment.interestFen),
    weights,
  );

  return investments.map((inv, i) => ({
    investmentId: inv.id,
    instalments: schedule.map((instalment, k) => ({
      number: instalment.number,
      dueDate: instalment.dueDate,
      principalFen: principalParts[k][i],
      interestFen: interestParts[k][i],
      totalFen: principalParts[k][i] + interestParts[k][i],
    })),
  }));
}
