import { type BusinessDate, parseBusinessDate } from "../dates/business-calendar";

/** Repayment methods (还款方式), DESIGN §6. Names are the Prisma `RepaymentMethod` values. */
export const RepaymentMethods = ["EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL", "INTEREST_FIRST", "BULLET"] as const;
export type RepaymentMethod = (typeof RepaymentMethods)[number];

export interface LoanTerms {
  principalFen: bigint;
  /** Basis points per year: 1200 = 12.00%. */
  annualRateBp: number;
  termMonths: number;
  method: RepaymentMethod;
  /**
   * The business date interest starts on (the payout date; before payout, the publication date), never the
   * UTC day of an instant: see lib/domain/dates/loan-dates.ts.
   */
  startDate: BusinessDate;
}

export interface Instalment {
  /** 1-based. */
  number: number;
  /** startDate + number months (BULLET: + termMonths), clamped to the month's end: a business date. */
  dueDate: BusinessDate;
  principalFen: bigint;
  interestFen: bigint;
  totalFen: bigint;
  /** Principal still owed after this instalment is paid. */
  remainingPrincipalFen: bigint;
}

/** Longest term accepted: 50 years, far beyond any product, only to catch nonsense early. */
export const MAX_TERM_MONTHS = 600;

/** Terms come from validated forms; anything else here is a programming error, so it throws. */
export function assertValidTerms(terms: LoanTerms): void {
  if (terms.principalFen <= 0n) throw new RangeError("principalFen must be positive");
  if (!Number.isSafeInteger(terms.annualRateBp) || terms.annualRateBp < 0) {
    throw new RangeError("annualRateBp must be a non-negative integer");
  }
  if (!Number.isSafeInteger(terms.termMonths) || terms.termMonths < 1 || terms.termMonths > MAX_TERM_MONTHS) {
    throw new RangeError(`termMonths must be an integer from 1 to ${MAX_TERM_MONTHS}`);
  }
  if (!RepaymentMethods.includes(terms.method)) throw new RangeError(`Unknown repayment method ${terms.method}`);
  if (parseBusinessDate(terms.startDate) === null) throw new RangeError("startDate is not a calendar date");
}
