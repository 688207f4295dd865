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
  // Full-subscription review (lib/server/disbursement): params { count } of investments still PENDING.
  | "INVESTMENTS_NOT_CONFIRMED"
  | "NO_BANK_CARD"
  | "PAYOUT_TRANSFERRED";

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
