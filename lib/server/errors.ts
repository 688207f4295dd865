/**
 * Expected failures carry a message key (translated in the UI under `errors.<code>`) and optional
 * per-field keys. Anything that is not a DomainError is unexpected: logged, and shown as a generic message.
 */
export type ErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "MFA_REQUIRED"
  | "VALIDATION"
  | "CONFLICT"
  | "TRANSITION_NOT_ALLOWED"
  | "GUARD_FAILED"
  | "STALE_STATE"
  | "RATE_LIMITED"
  // Throttled with a known end: params { minutes } (lib/server/throttle).
  | "TOO_MANY_ATTEMPTS"
  // Neutral answer of real-name verification: never says whose data is on the platform.
  | "VERIFICATION_FAILED"
  | "INVALID_CREDENTIALS"
  | "SELF_APPROVAL"
  | "DUPLICATE_PENDING_REQUEST"
  | "IDEMPOTENCY_MISMATCH"
  | "INSUFFICIENT_FUNDS"
  // Deposits (充值): not a verified investor or company; the gateway did not answer; the gateway's word on an
  // order contradicts the platform's record (left to reconciliation).
  | "DEPOSIT_NOT_ALLOWED"
  | "GATEWAY_UNAVAILABLE"
  | "DEPOSIT_NEEDS_REVIEW"
  // A gateway transfer serial already recorded on another outflow (each serial is used once).
  | "SERIAL_ALREADY_USED"
  // A bank card with an outflow still waiting (REQUESTED or APPROVED) cannot be unbound.
  | "BANK_CARD_IN_USE"
  // Binding a bank card needs a verified investor or a company in good standing.
  | "BANK_CARD_NOT_ELIGIBLE"
  // The supervisor who approved an outflow cannot record its transfer too (four eyes, Outflow_four_eyes_check).
  | "SELF_TRANSFER"
  // Investing (lib/server/investments): nothing left on the project; less left than asked (params { remaining },
  // "¥x"); the project no longer takes investments; the investor is not verified, or under age ({ minimumAge }).
  | "FULLY_SUBSCRIBED"
  | "ONLY_REMAINING"
  | "FUNDRAISING_CLOSED"
  | "NOT_VERIFIED"
  | "UNDERAGE"
  // Full-subscription review (lib/server/disbursement): params { count } of investments still PENDING.
  | "INVESTMENTS_NOT_CONFIRMED"
  | "NO_BANK_CARD"
  | "UNDERFUNDED"
  | "PAYOUT_TRANSFERRED"
  // Repayments (lib/server/repayments): the project owes nothing (or is not being repaid); more than may be paid
  // now (params { max }, "¥x"); early repayment while an instalment is due or overdue (pay it first).
  | "NOTHING_OWED"
  | "REPAYMENT_TOO_LARGE"
  | "INSTALMENT_DUE"
  // Company status requests (lib/server/companies/company-status-refusal.ts), each a guard of the company machine:
  // CLEAR_WATCH with an overdue instalment; BLACKLIST without a bad debt; UPGRADE too early (params { months,
  // needed }) or after an overdue in the window ({ months }); LIFT_BLACKLIST while something is owed ({ amount });
  // DEACTIVATE with a loan still outstanding.
  | "COMPANY_HAS_OVERDUE"
  | "COMPANY_NO_BAD_DEBT"
  | "COMPANY_TOO_RECENT"
  | "COMPANY_OVERDUE_IN_WINDOW"
  | "COMPANY_STILL_OWES"
  | "COMPANY_LOAN_OUTSTANDING"
  // Reconciliation (lib/server/reconciliation): a statement file refused (params { line, detail }: 0 = the file);
  // a lost payment that cannot be credited to the order its line names (params { reason }: the deposits' refusal);
  // a corrected serial whose statement line has another amount ({ statementFen, platformFen }); a correcting
  // entry of nothing.
  | "STATEMENT_INVALID"
  | "PAYMENT_NOT_APPLICABLE"
  | "SERIAL_AMOUNT_DIFFERS"
  | "CORRECTION_NOT_NEEDED";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly params: Record<string, string | number> = {},
  ) {
    super(message ?? code);
    this.name = "DomainError";
  }
}

export const notFound = () => new DomainError("NOT_FOUND");
export const forbidden = () => new DomainError("FORBIDDEN");

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
