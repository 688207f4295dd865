export type { RepaymentAmounts } from "./amounts";
export { type ClaimStanding, getInvestmentSchedule, type InvestmentSchedule, type ScheduleLine } from "./investment-schedule";
export { getLoanStandings, type LoanStanding } from "./loan-standings";
export { getMonthlyReturns, type MonthlyReturn } from "./monthly-returns";
export { type CalendarDay, type CalendarItem, getRepaymentCalendar, type RepaymentCalendar } from "./repayment-calendar";
