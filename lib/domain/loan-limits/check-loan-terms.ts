import {
  formatMoney,
  formatRateCompact,
  MAX_NUMBER_INPUT_LENGTH,
  type MoneyLocale,
  parseMoney,
  parseRatePercent,
} from "@/lib/domain/money";
import type { LoanLimits } from "./loan-limits";

/** The loan request fields the platform's limits bound. */
export const LOAN_LIMIT_FIELDS = ["amount", "annualRate", "termMonths", "fundraisingDays", "minInvestment"] as const;
export type LoanLimitField = (typeof LOAN_LIMIT_FIELDS)[number];

/**
 * Why a typed value is refused: `key` is a message key under `validation.*`, `values` its placeholders,
 * already formatted for display ("¥10,000.00", "24%", "36").
 */
export interface LoanTermIssue {
  key: string;
  values?: Record<string, string>;
}

export type LoanTermRead<T> = { ok: true; value: T } | { ok: false; issue: LoanTermIssue };

/** The limits as the form shows them beside each field, e.g. { amount: { min: "¥10,000.00", max: "¥10,000,000.00" } }. */
export function formatLoanLimits(limits: LoanLimits, locale: MoneyLocale) {
  return {
    amount: { min: formatMoney(limits.minAmountFen, locale), max: formatMoney(limits.maxAmountFen, locale) },
    annualRate: { min: formatRateCompact(limits.minRateBp), max: formatRateCompact(limits.maxRateBp) },
    termMonths: { min: String(limits.minTermMonths), max: String(limits.maxTermMonths) },
    fundraisingDays: { min: String(limits.minFundraisingDays), max: String(limits.maxFundraisingDays) },
    minInvestment: { min: formatMoney(limits.minInvestmentUnitFen, locale) },
  };
}
export type FormattedLoanLimits = ReturnType<typeof formatLoanLimits>;

const tooLong = (text: string): LoanTermIssue | null =>
  text.length > MAX_NUMBER_INPUT_LENGTH ? { key: "tooLong", values: { max: String(MAX_NUMBER_INPUT_LENGTH) } } : null;

const refuse = <T>(issue: LoanTermIssue): LoanTermRead<T> => ({ ok: false, issue });

function readMoney(text: string, min: bigint, max: bigint | undefined, outOfRange: LoanTermIssue): LoanTermRead<bigint> {
  const long = tooLong(text);
  if (long) return refuse(long);
  const parsed = parseMoney(text);
  if (!parsed.ok) return refuse({ key: `money${parsed.code}` });
  if (parsed.fen < min || (max !== undefined && parsed.fen > max)) return refuse(outOfRange);
  return { ok: true, value: parsed.fen };
}

function readWholeNumber(text: string, min: number, max: number, outOfRange: LoanTermIssue): LoanTermRead<number> {
  const long = tooLong(text);
  if (long) return refuse(long);
  const trimmed = text.trim();
  if (trimmed === "") return refuse({ key: "required" });
  if (!/^\d+$/.test(trimmed)) return refuse({ key: "wholeNumber" });
  const n = Number(trimmed);
  if (n < min || n > max) return refuse(outOfRange);
  return { ok: true, value: n };
}

/** A typed loan amount ("50,000", "¥50000.00") → fen, within [minAmountFen, maxAmountFen]. */
export function readLoanAmount(text: string, limits: LoanLimits, locale: MoneyLocale): LoanTermRead<bigint> {
  const range = formatLoanLimits(limits, locale).amount;
  return readMoney(text, limits.minAmountFen, limits.maxAmountFen, { key: "loanAmountOutOfRange", values: range });
}

/** A typed annual rate ("12", "8.5%") → basis points, within [minRateBp, maxRateBp]. */
export function readLoanRate(text: string, limits: LoanLimits): LoanTermRead<number> {
  const long = tooLong(text);
  if (long) return refuse(long);
  const parsed = parseRatePercent(text);
  if (!parsed.ok) return refuse({ key: `rate${parsed.code}` });
  if (parsed.bp < limits.minRateBp || parsed.bp > limits.maxRateBp) {
    return refuse({
      key: "loanRateOutOfRange",
      values: { min: formatRateCompact(limits.minRateBp), max: formatRateCompact(limits.maxRateBp) },
    });
  }
  return { ok: true, value: parsed.bp };
}

/** A typed term in whole months, within [minTermMonths, maxTermMonths]. */
export function readLoanTerm(text: string, limits: LoanLimits): LoanTermRead<number> {
  const { minTermMonths: min, maxTermMonths: max } = limits;
  return readWholeNumber(text, min, max, { key: "loanTermOutOfRange", values: { min: String(min), max: String(max) } });
}

/** A typed fundraising period in whole days, within [minFundraisingDays, maxFundraisingDays]. */
export function readFundraisingDays(text: string, limits: LoanLimits): LoanTermRead<number> {
  const { minFundraisingDays: min, maxFundraisingDays: max } = limits;
  return readWholeNumber(text, min, max, { key: "fundraisingDaysOutOfRange", values: { min: String(min), max: String(max) } });
}

/** A typed minimum investment → fen, at least minInvestmentUnitFen (checked against the amount by checkLoanTerms). */
export function readMinInvestment(text: string, limits: LoanLimits, locale: MoneyLocale): LoanTermRead<bigint> {
  return readMoney(text, limits.minInvestmentUnitFen, undefined, {
    key: "minInvestmentTooSmall",
    values: { min: formatMoney(limits.minInvestmentUnitFen, locale) },
  });
}

export interface CheckedLoanTerms {
  amountFen?: bigint;
  annualRateBp?: number;
  termMonths?: number;
  fundraisingDays?: number;
  minInvestmentFen?: bigint;
  /** One issue per refused field; a field not given is neither read nor refused. */
  issues: Partial<Record<LoanLimitField, LoanTermIssue>>;
}

/**
 * Checks whichever of the bounded fields are given against the platform's limits: the rule shared by the
 * company's live schedule preview (in the browser) and the server's validation (lib/schemas/loan-requests.ts),
 * so that the preview never draws a schedule the server would refuse.
 */
export function checkLoanTerms(text: Partial<Record<LoanLimitField, string>>, limits: LoanLimits, locale: MoneyLocale): CheckedLoanTerms {
  const result: CheckedLoanTerms = { issues: {} };
  const take = <T>(field: LoanLimitField, read: LoanTermRead<T>, set: (value: T) => void) => {
    if (read.ok) set(read.value);
    else result.issues[field] = read.issue;
  };
  if (text.amount !== undefined) take("amount", readLoanAmount(text.amount, limits, locale), (v) => (result.amountFen = v));
  if (text.annualRate !== undefined) take("annualRate", readLoanRate(text.annualRate, limits), (v) => (result.annualRateBp = v));
  if (text.termMonths !== undefined) take("termMonths", readLoanTerm(text.termMonths, limits), (v) => (result.termMonths = v));
  if (text.fundraisingDays !== undefined) {
    take("fundraisingDays", readFundraisingDays(text.fundraisingDays, limits), (v) => (result.fundraisingDays = v));
  }
  if (text.minInvestment !== undefined) {
    take("minInvestment", readMinInvestment(text.minInvestment, limits, locale), (v) => (result.minInvestmentFen = v));
  }
  if (result.minInvestmentFen !== undefined && result.amountFen !== undefined && result.minInvestmentFen > result.amountFen) {
    result.issues.minInvestment = { key: "minInvestmentAboveAmount" };
    result.minInvestmentFen = undefined;
  }
  return result;
}
