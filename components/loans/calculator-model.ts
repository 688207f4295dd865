import type { BusinessDate } from "@/lib/domain/dates";
import { foldFullWidth, parseMoney, parseRatePercent } from "@/lib/domain/money";
import { buildSchedule, type Instalment, type RepaymentMethod, RepaymentMethods, scheduleTotals } from "@/lib/domain/schedules";

/**
 * The yield calculator's rules, pure so the server (no-JavaScript GET form) and the browser (live update)
 * compute exactly the same thing.
 */
export const CALCULATOR_LIMITS = {
  /** ¥100,000,000.00 */
  maxAmountFen: 10_000_000_000n,
  minRateBp: 1,
  /** 36.00% a year. */
  maxRateBp: 3600,
  minTermMonths: 1,
  maxTermMonths: 60,
} as const;

export const CALCULATOR_DEFAULTS = { amount: "10000", rate: "12", term: "12", method: "EQUAL_INSTALLMENT" } as const;

export type CalculatorField = "amount" | "rate" | "term" | "method";
export type CalculatorInput = Record<CalculatorField, string>;

/** An error as a key under calculator.errors (plus values for its placeholders). */
export interface CalculatorError {
  key: string;
  values?: Record<string, string>;
}

export interface CalculatorTerms {
  principalFen: bigint;
  annualRateBp: number;
  termMonths: number;
  method: RepaymentMethod;
}

export type CalculatorValidation =
  | { ok: true; terms: CalculatorTerms }
  | { ok: false; errors: Partial<Record<CalculatorField, CalculatorError>> };

export function validateCalculatorInput(input: CalculatorInput): CalculatorValidation {
  const errors: Partial<Record<CalculatorField, CalculatorError>> = {};

  const amount = parseMoney(input.amount ?? "", { maxFen: CALCULATOR_LIMITS.maxAmountFen, allowZero: false });
  if (!amount.ok) errors.amount = { key: `amount${amount.code}` };

  const rate = parseRatePercent(input.rate ?? "", CALCULATOR_LIMITS.maxRateBp);
  if (!rate.ok) {
    errors.rate = { key: rate.code === "TOO_LARGE" ? "rateRange" : `rate${rate.code}` };
  } else if (rate.bp < CALCULATOR_LIMITS.minRateBp) {
    errors.rate = { key: "rateRange" };
  }

  const termText = foldFullWidth(input.term ?? "").trim();
  const term = /^\d{1,4}$/.test(termText) ? Number(termText) : Number.NaN;
  if (termText === "") errors.term = { key: "termEMPTY" };
  else if (!(term >= CALCULATOR_LIMITS.minTermMonths && term <= CALCULATOR_LIMITS.maxTermMonths)) errors.term = { key: "termRange" };

  const method = (RepaymentMethods as readonly string[]).includes(input.method) ? (input.method as RepaymentMethod) : undefined;
  if (!method) errors.method = { key: "method" };

  if (!amount.ok || !rate.ok || !method || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, terms: { principalFen: amount.fen, annualRateBp: rate.bp, termMonths: term, method } };
}

export interface CalculatorResult {
  schedule: Instalment[];
  totals: { principalFen: bigint; interestFen: bigint; totalFen: bigint };
  /** The headline figure(s) that fit the method, as keys under calculator.* with amounts. */
  highlights: { key: string; fen: bigint }[];
}

/** `startDate`: the business date interest would start on (the server's today, in the business zone). */
export function calculateYield(terms: CalculatorTerms, startDate: BusinessDate): CalculatorResult {
  const schedule = buildSchedule({ ...terms, startDate });
  const totals = scheduleTotals(schedule);
  const first = schedule[0];
  const last = schedule[schedule.length - 1];
  const highlights: { key: string; fen: bigint }[] = [];
  switch (terms.method) {
    case "EQUAL_INSTALLMENT":
      highlights.push({ key: "monthlyPayment", fen: first.totalFen });
      break;
    case "EQUAL_PRINCIPAL":
      highlights.push({ key: "firstPayment", fen: first.totalFen }, { key: "lastPayment", fen: last.totalFen });
      break;
    case "INTEREST_FIRST":
      if (schedule.length > 1) highlights.push({ key: "monthlyInterest", fen: first.interestFen });
      highlights.push({ key: "finalPayment", fen: last.totalFen });
      break;
    case "BULLET":
      highlights.push({ key: "finalPayment", fen: last.totalFen });
      break;
  }
  return { schedule, totals, highlights };
}
