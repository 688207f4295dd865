export { listOwnWithdrawals, type OwnWithdrawalRow } from "./list-own-withdrawals";
export { requestWithdrawal, type WithdrawalRequest } from "./request-withdrawal";
export { type WithdrawOverview, withdrawOverview } from "./withdraw-overview";
export { withdrawalOutflowHandler } from "./withdrawal-outflow-handler";
