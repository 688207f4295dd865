export {
  isCheckViolationOf,
  isRetryableDbError,
  isUniqueViolationOf,
  type PgErrorInfo,
  pgErrorInfo,
  RetryableConflictError,
} from "./db-errors";
export { type TransactionOptions, withTransaction } from "./with-transaction";
