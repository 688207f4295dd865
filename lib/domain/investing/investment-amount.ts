/**
 * The amount rules of investing (投标), issue 11 item 4. Pure: every figure is bigint fen.
 *
 * - the amount is a positive multiple of the project's minimum unit (`minUnitFen`) and at most the remaining
 *   amount (`remainingFen` = amountFen − fundedFen);
 * - when the remaining amount is below the minimum unit, exactly the remaining amount may be invested (the last
 *   fen of a project can always be taken).
 *
 * The same rule is written once more in SQL, in the conditional UPDATE that reserves the amount
 * (lib/server/investments/reserve-amount.ts): the database decides races, this function explains refusals.
 */
export type AmountProblem =
  /** Nothing is left: the project is fully subscribed. */
  | "FULLY_SUBSCRIBED"
  /** More than the remaining amount. */
  | "ABOVE_REMAINING"
  /** The remaining amount is below the minimum unit and the amount is not exactly it. */
  | "NOT_THE_REMAINDER"
  /** Not a positive multiple of the minimum unit. */
  | "NOT_A_MULTIPLE";

export interface AmountFacts {
  amountFen: bigint;
  minUnitFen: bigint;
  remainingFen: bigint;
}

/** null when `amountFen` may be invested now, else why not (the first rule it breaks, in the order above). */
export function amountProblem({ amountFen, minUnitFen, remainingFen }: AmountFacts): AmountProblem | null {
  if (remainingFen <= 0n) return "FULLY_SUBSCRIBED";
  if (amountFen > remainingFen) return "ABOVE_REMAINING";
  if (remainingFen < minUnitFen) return amountFen === remainingFen ? null : "NOT_THE_REMAINDER";
  if (amountFen <= 0n || amountFen % minUnitFen !== 0n) return "NOT_A_MULTIPLE";
  return null;
}

/** True when the amount may be invested (see amountProblem). */
export function isInvestableAmount(facts: AmountFacts): boolean {
  return amountProblem(facts) === null;
}
