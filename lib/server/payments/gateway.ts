/**
 * The platform's only door to the third-party payment platform (汇付/易宝-style custody), DESIGN §2.
 * Money comes in only through a checkout the user pays at the gateway; the platform never moves money out
 * through this interface: outflows are transferred by hand by customer service in the gateway's merchant
 * console (划账), and the platform records the transfer's serial number. A real provider is one more
 * implementation of this interface; `sandbox-payments/` is the stand-in that runs beside the app.
 *
 * Amounts are integer fen (bigint); currency is always "CNY". Order numbers (`orderNo`) are the platform's
 * own ids (a Deposit's id, later a repayment's); serials (`gatewaySerial`) are the gateway's, unique per
 * movement of money, and are what reconciliation matches.
 */
export interface PaymentGateway {
  /**
   * Opens a hosted checkout for an order the platform created. Idempotent on `orderNo`: asking again for the
   * same order returns the same checkout. Throws GatewayUnavailableError when the gateway cannot be reached.
   */
  createCheckout(order: CheckoutOrder): Promise<CheckoutSession>;
  /**
   * "Check status": what the gateway knows of an order, for when a notification was lost. `null` when the
   * gateway has no such order. Throws GatewayUnavailableError when the gateway cannot be reached.
   */
  queryOrder(orderNo: string): Promise<GatewayOrder | null>;
  /**
   * The merchant account's statement (对账单) for business dates `from` … `to` (both included, the gateway's
   * China day), as the gateway's JSON text, unparsed: reconciliation imports it like an uploaded file
   * (lib/server/reconciliation). Throws GatewayUnavailableError when the gateway cannot be reached.
   */
  fetchStatement(period: StatementPeriod): Promise<string>;
}

/** A statement's business dates, "YYYY-MM-DD", both included. */
export interface StatementPeriod {
  from: string;
  to: string;
}

export type CheckoutPurpose = "DEPOSIT" | "REPAYMENT";

export interface CheckoutOrder {
  orderNo: string;
  purpose: CheckoutPurpose;
  amountFen: bigint;
  /** The paying user (platform id), shown on the gateway's statement. */
  userId: string;
  /** Where the gateway sends the user's browser after pay / fail / abandon. */
  returnUrl: string;
  /** After this instant the gateway refuses to take payment for the order. */
  expiresAt: Date;
}

export interface CheckoutSession {
  /** The gateway page the user's browser is sent to. */
  checkoutUrl: string;
}

export type GatewayOrderStatus = "CREATED" | "PAID" | "FAILED" | "EXPIRED";

export interface GatewayOrder {
  orderNo: string;
  status: GatewayOrderStatus;
  amountFen: bigint;
  currency: "CNY";
  /** Set when PAID: the gateway's serial of the payment. */
  gatewaySerial: string | null;
  /** Set when PAID. */
  paidAt: Date | null;
}

/** The gateway did not answer, or answered with an error: nothing is known, try again later. */
export class GatewayUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "GatewayUnavailableError";
  }
}
