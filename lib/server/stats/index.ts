export { FINANCED_STATUSES, getPlatformStats, OVERDUE_STATUSES, type PlatformStats } from "./platform-stats";
export { getRepaymentStats, type RepaymentStats } from "./repayment-stats";
