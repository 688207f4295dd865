/**
 * The rules of a deposit order (充值), DESIGN §2: money comes in only through the gateway's checkout.
 * Amounts are integer fen.
 */

/** The smallest deposit: ¥1.00. Below it a checkout costs more than it brings. */
export const MIN_DEPOSIT_FEN = 100n;

/**
 * The largest single deposit: ¥5,000,000.00. A sane cap against a slip of the finger (an extra zero or
 * two); larger sums are several deposits.
 */
export const MAX_DEPOSIT_FEN = 500_000_000n;

/** How long the gateway's checkout takes payment for an order: 30 minutes from its creation. */
export const DEPOSIT_CHECKOUT_MS = 30 * 60_000;

/**
 * How long after the checkout closed the expiry job leaves an unpaid order CREATED: 24 hours. A payment taken
 * just before the checkout closed is still reported by the gateway's notifications, retried with backoff for
 * about a day (Standard Webhooks senders retry for ~24 h); expiring the order before that would refuse the
 * money (a payment for an EXPIRED order is reconciliation's job). The user does not wait for it: "check
 * status" asks the gateway and expires the order as soon as the gateway says it expired.
 */
export const DEPOSIT_EXPIRY_GRACE_MS = 24 * 60 * 60_000;

/** The idempotency key of a deposit's credit: one per gateway serial, whichever path (notification or check) posts it. */
export const depositCreditKey = (gatewaySerial: string): string => `deposit:${gatewaySerial}`;
