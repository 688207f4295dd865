/**
 * Why the platform refuses what the gateway says about a deposit order (a notification, or a status check).
 * A refusal posts nothing and changes nothing: the whole transaction rolls back.
 *
 * - MALFORMED: signed, but a success without the serial or time that make a payment traceable.
 * - UNKNOWN_ORDER: no deposit has this order number.
 * - AMOUNT_MISMATCH / CURRENCY_MISMATCH: the gateway's amount or currency differs from the order's.
 * - SERIAL_CONFLICT: the order was already paid under another serial, or the serial already paid another
 *   order: two payments where the platform expects one. Reconciliation settles it with the statement.
 * - ORDER_CLOSED: a payment for an order the platform already closed (FAILED or EXPIRED): reconciliation too.
 */
export type DepositRefusalReason =
  | "MALFORMED"
  | "UNKNOWN_ORDER"
  | "AMOUNT_MISMATCH"
  | "CURRENCY_MISMATCH"
  | "SERIAL_CONFLICT"
  | "ORDER_CLOSED";

export class DepositRefusedError extends Error {
  constructor(
    readonly reason: DepositRefusalReason,
    readonly orderNo: string,
    message: string,
  ) {
    super(message);
    this.name = "DepositRefusedError";
  }
}

export const isDepositRefusal = (error: unknown): error is DepositRefusedError => error instanceof DepositRefusedError;
