export {
  type CheckedLoanTerms,
  checkLoanTerms,
  type FormattedLoanLimits,
  formatLoanLimits,
  LOAN_LIMIT_FIELDS,
  type LoanLimitField,
  type LoanTermIssue,
  type LoanTermRead,
  readFundraisingDays,
  readLoanAmount,
  readLoanRate,
  readLoanTerm,
  readMinInvestment,
} from "./check-loan-terms";
export { DEFAULT_LOAN_LIMITS, type LoanLimits } from "./loan-limits";
