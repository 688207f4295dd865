import { addMonths } from "../dates/business-calendar";
import { annuityPaymentFen } from "./annuity";
import { interestForMonthsFen } from "./monthly-interest";
import { assertValidTerms, type Instalment, type LoanTerms, type RepaymentMethod } from "./terms";

type MonthlyMethod = Exclude<RepaymentMethod, "BULLET">;

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
    case "EQUAL_PRINCIPAL": {
      const share = principalFen / BigInt(termMonths); // truncates: the residue goes to the last instalment
      return () => share;
    }
    case "INTEREST_FIRST":
      return () => 0n;
  }
}

/**
 * The repayment schedule of a loan: every amount in whole fen, rounded half up, with the last instalment
 * taking whatever principal is left so principal sums exactly to the loan amount.
 *
 * - EQUAL_INSTALLMENT (等额本息): level payment PMT; interest = owed × monthly rate; principal = PMT − interest.
 * - EQUAL_PRINCIPAL (等额本金): principal = amount / term (truncated); interest = owed × monthly rate.
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
    return [
      {
        number: 1,
        dueDate: addMonths(startDate, termMonths),
        principalFen,
        interestFen,
        totalFen: principalFen + interestFen,
        remainingPrincipalFen: 0n,
      },
    ];
  }

  const rule = principalRule(terms.method, terms);
  const instalments: Instalment[] = [];
  let owed = principalFen;
  for (let k = 1; k <= termMonths; k++) {
    const interestFen = interestForMonthsFen(owed, annualRateBp, 1);
    const principalPartFen = k === termMonths ? owed : rule(owed, interestFen);
    owed -= principalPartFen;
    instalments.push({
      number: k,
      dueDate: addMonths(startDate, k),
      principalFen: principalPartFen,
      interestFen,
      totalFen: principalPartFen + interestFen,
      remainingPrincipalFen: owed,
    });
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
