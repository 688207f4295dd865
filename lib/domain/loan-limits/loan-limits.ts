/**
 * Platform limits for loan requests (DESIGN: set by the admin, stored in the `loanLimits` platform setting,
 * read by lib/server/settings/loan-limits.ts). Pure data, so the browser's live preview and the server's
 * validation check a request against the very same figures.
 */
export interface LoanLimits {
  minAmountFen: bigint;
  maxAmountFen: bigint;
  minRateBp: number;
  maxRateBp: number;
  minTermMonths: number;
  maxTermMonths: number;
  minFundraisingDays: number;
  maxFundraisingDays: number;
  minInvestmentUnitFen: bigint;
}

export const DEFAULT_LOAN_LIMITS: LoanLimits = {
  minAmountFen: 1_000_000n, // ¥10,000.00
  maxAmountFen: 1_000_000_000n, // ¥10,000,000.00
  minRateBp: 100,
  maxRateBp: 2400,
  minTermMonths: 1,
  maxTermMonths: 36,
  minFundraisingDays: 1,
  maxFundraisingDays: 30,
  minInvestmentUnitFen: 10_000n, // ¥100.00
};
