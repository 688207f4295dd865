export { type DashboardCharts, getDashboardCharts } from "./dashboard-charts";
export { type FinancedMonth, financedByMonth } from "./financed-by-month";
export { DASHBOARD_MONTHS, lastBusinessMonths } from "./months";
export { type OverdueMonth, overdueByMonth } from "./overdue-by-month";
export { type OverdueOverview, overdueOverview } from "./overdue-overview";
export { type RepaymentMonth, repaymentsByMonth } from "./repayments-by-month";
export { type WaitAge, waitAge } from "./wait-age";
