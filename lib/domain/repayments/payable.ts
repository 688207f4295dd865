import { type BusinessDate, compareBusinessDates } from "../dates/business-calendar";
import { type OwedInstalment, sumParts } from "./allocate";

export interface DatedOwedInstalment extends OwedInstalment {
  dueDate: BusinessDate;
}

export interface Payable {
  /** Everything owed on instalments due on or before `today` (in grace or overdue): the amount a "pay" form proposes. */
  dueNowFen: bigint;
  /**
   * The most the company may pay now: what is due plus the next instalment not yet due (it may be prepaid);
   * later instalments only through early repayment of the whole loan.
   */
  maxFen: bigint;
  /** The instalments a payment may go to, oldest first: those due, then the next one not yet due. */
  payable: DatedOwedInstalment[];
}

/**
 * What may be paid on business date `today` (docs/domain/repayment.md "A repayment", step 2), given the
 * unpaid instalments oldest first.
 */
export function payableNow(instalments: readonly DatedOwedInstalment[], today: BusinessDate): Payable {
  const due = instalments.filter((i) => compareBusinessDates(i.dueDate, today) <= 0);
  const next = instalments.find((i) => compareBusinessDates(i.dueDate, today) > 0);
  const payable = next ? [...due, next] : due;
  const dueNowFen = due.reduce((sum, i) => sum + sumParts(i), 0n);
  return { dueNowFen, maxFen: payable.reduce((sum, i) => sum + sumParts(i), 0n), payable };
}
