import { addMonths, type BusinessDate } from "../dates/business-calendar";
import { divRoundHalfUp } from "../money/rounding";
import { annuityPaymentFen } from "./annuity";
import { BP_MONTHS_PER_UNIT, interestForMonthsFen } from "./monthly-interest";
import { assertValidTerms, type Instalment, type LoanTerms, type RepaymentMethod } from "./terms";

type MonthlyMethod = Exclude<RepaymentMethod, "BULLET" | "EQUAL_PRINCIPAL">;

/** The principal part of a monthly instalment (not the last), given what is owed and this month's interest. */
type PrincipalRule = (owedFen: bigint, interestFen: bigint) => bigint;

function principalRule(method: MonthlyMethod, terms: LoanTerms): PrincipalRule {
  const { principalFen, annualRateBp, termMonths } = terms;
  switch (method) {
    case "EQUAL_INSTALLMENT": {
      const payment = annuityPaymentFen(principalFen, annualRateBp, termMonths);
      // On tiny loans the rounded-up payment could repay more than is owed before the last month;
      // capping keeps every part non-negative. On real amounts the cap never binds.
      // biome-ignore lint/complexity/useMathMinMax: Math.min does not accept bigint
      return (owed, interest) => (payment - interest < owed ? payment - interest : owed);
    }
    case "INTEREST_FIRST":
      return () => 0n;
  }
}

function instalment(
  number: number,
  dueDate: BusinessDate,
  principalFen: bigint,
  interestFen: bigint,
  remainingPrincipalFen: bigint,
): Instalment {
  return { number, dueDate, principalFen, interestFen, totalFen: principalFen + interestFen, remainingPrincipalFen };
}

/**
 * The repayment schedule of a loan: every amount in whole fen, rounded half up, with the last instalment
 * taking whatever principal is left so principal sums exactly to the loan amount.
 *
 * - EQUAL_INSTALLMENT (等额本息): level payment PMT; interest = owed × monthly rate; principal = PMT − interest.
 * - EQUAL_PRINCIPAL (等额本金): the calculators' instalment A/n + (A − (k−1)·A/n) × monthly rate, rounded once;
 *   principal = A/n rounded half up, interest = the rest; the last instalment absorbs both residues, so
 *   principal sums to A and interest to the exact total A × rate × (n+1)/2 rounded (see equalPrincipalSchedule).
 * - INTEREST_FIRST (先息后本): interest monthly, all principal in the last instalment.
 * - BULLET (一次性还本付息): one instalment at maturity; simple interest for the whole term.
 *
 * Monthly rate = annual rate / 12, whatever the month's length: the convention borrowers are quoted.
 */
export function buildSchedule(terms: LoanTerms): Instalment[] {
  assertValidTerms(terms);
  const { principalFen, annualRateBp, termMonths, startDate } = terms;

  if (terms.method === "BULLET") {
    const interestFen = interestForMonthsFen(principalFen, annualRateBp, termMonths);
    return [instalment(1, addMonths(startDate, termMonths), principalFen, interestFen, 0n)];
  }

  if (terms.method === "EQUAL_PRINCIPAL") return equalPrincipalSchedule(terms);

  const rule = principalRule(terms.method, terms);
  const instalments: Instalment[] = [];
  let owed = principalFen;
  for (let k = 1; k <= termMonths; k++) {
    const interestFen = interestForMonthsFen(owed, annualRateBp, 1);
    const principalPartFen = k === termMonths ? owed : rule(owed, interestFen);
    owed -= principalPartFen;
    instalments.push(instalment(k, addMonths(startDate, k), principalPartFen, interestFen, owed));
  }
  return instalments;
}

/**
 * 等额本金 as the banks' calculators compute it (issue 14). In exact arithmetic instalment k of n on amount A at
 * monthly rate r = bp/120000 is A/n + (A − (k−1)·A/n)·r = A·(120000 + (n−k+1)·bp) / (120000·n), and the
 * interest over the loan is A·r·(n+1)/2. Each non-final instalment is that figure rounded half up to the fen
 * (so it agrees with the calculator to the fen); its principal is A/n rounded half up (never truncated: that
 * left every instalment up to a fen low), its interest the rest. The last instalment takes the principal still
 * owed and the exact total interest rounded, less the interest already scheduled: it absorbs the rounding of
 * the others, so principal sums exactly to A and interest to the calculators' total interest.
 *
 * Each non-final interest part is the exact interest on the scheduled balance less the share's rounding (under
 * a fen), so the last interest part carries up to n/2 fen of it. Where that would be negative (a share rounded
 * down on a long, nearly interest-free loan, or a tiny loan) it is 0 and the total interest exceeds the exact
 * total by those fen. Tiny loans (A below n(n−1)/2 fen, e.g. 5 fen over 7 months) could also repay everything
 * before the last month with a rounded-up share: principal is capped at what is owed.
 */
function equalPrincipalSchedule(terms: LoanTerms): Instalment[] {
  const { principalFen, annualRateBp, termMonths, startDate } = terms;
  const n = BigInt(termMonths);
  const bp = BigInt(annualRateBp);
  const share = divRoundHalfUp(principalFen, n);
  const totalInterestFen = divRoundHalfUp(principalFen * bp * (n + 1n), 2n * BP_MONTHS_PER_UNIT);
  const instalments: Instalment[] = [];
  let owed = principalFen;
  let interestSoFar = 0n;
  for (let k = 1; k <= termMonths; k++) {
    let principalPartFen: bigint;
    let interestFen: bigint;
    if (k < termMonths) {
      const monthsLeft = n - BigInt(k) + 1n;
      const exactTotal = divRoundHalfUp(principalFen * (BP_MONTHS_PER_UNIT + monthsLeft * bp), BP_MONTHS_PER_UNIT * n);
      // exactTotal ≥ round(A/n) = share, so interest is never negative; on tiny loans the cap lowers only
      // the principal part (no interest is charged for principal that is no longer owed).
      interestFen = exactTotal - share;
      // biome-ignore lint/complexity/useMathMinMax: Math.min does not accept bigint
      principalPartFen = share < owed ? share : owed;
    } else {
      principalPartFen = owed;
      interestFen = totalInterestFen > interestSoFar ? totalInterestFen - interestSoFar : 0n;
    }
    owed -= principalPartFen;
    interestSoFar += interestFen;
    instalments.push(instalment(k, addMonths(startDate, k), principalPartFen, interestFen, owed));
  }
  return instalments;
}

/** Sums of a schedule, e.g. for the yield calculator and the project page. */
export function scheduleTotals(schedule: readonly Instalment[]): {
  principalFen: bigint;
  interestFen: bigint;
  totalFen: bigint;
} {
  let principalFen = 0n;
  let interestFen = 0n;
  for (const instalment of schedule) {
    principalFen += instalment.principalFen;
    interestFen += instalment.interestFen;
  }
  return { principalFen, interestFen, totalFen: principalFen + interestFen };
}
