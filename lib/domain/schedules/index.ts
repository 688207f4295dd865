export { annuityPaymentFen } from "./annuity";
export { buildSchedule, scheduleTotals } from "./build-schedule";
export { splitCumulatively } from "./cumulative-split";
export { type EarlyRepaymentQuote, earlyRepaymentQuote } from "./early-repayment";
export {
  type InvestmentWeight,
  type InvestorInstalment,
  type InvestorSchedule,
  splitInstalmentAmongInvestors,
} from "./investor-split";
export { splitByLargestRemainder } from "./largest-remainder";
export { interestForMonthsFen } from "./monthly-interest";
export { type OverdueAgingBucket, overdueAgingBucket, overdueDays, penaltyInterestFen } from "./overdue";
export { projectSchedule, type ScheduledProject } from "./project-schedule";
export {
  assertValidTerms,
  type Instalment,
  type LoanTerms,
  MAX_TERM_MONTHS,
  type RepaymentMethod,
  RepaymentMethods,
} from "./terms";
