export { expectedInterestByInvestment, type InterestTerms, type LiveInvestment } from "./expected-interest";
export { exportTransactionsCsv, MAX_EXPORT_ROWS } from "./export-transactions";
export { getInvestorOverview, type InvestorOverview, type PortfolioSlice } from "./investor-overview";
export { listReceivedPayouts, PAYOUTS_SHOWN, type ReceivedPayout } from "./list-payouts";
export { DEFAULT_TRANSACTIONS_PAGE_SIZE, listTransactions, type WalletAccount, type WalletTransaction } from "./list-transactions";
export { parseTransactionFilters, type TransactionFilters, transactionFilterParams } from "./transaction-filters";
export { businessDateTimeText, formulaSafe, type TransactionsCsvWords, transactionsCsv, transactionsCsvFilename } from "./transactions-csv";
