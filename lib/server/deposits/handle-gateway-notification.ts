import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import type { VerifiedNotification } from "@/lib/server/payments";
import { applyGatewayOutcome, type GatewayOutcome, type OutcomeResult } from "./apply-gateway-outcome";
import { DepositRefusedError } from "./refusal";

/** REPLAYED: this webhook id was already acted on; nothing was done again. */
export type NotificationResult = OutcomeResult | { effect: "REPLAYED" };

/**
 * Acts on a VERIFIED gateway notification (verifyNotification has checked its signature and timestamp over
 * the raw body), in ONE transaction:
 * 1. records its webhook id (PaymentNotification, `ON CONFLICT DO NOTHING`): an id already recorded is a
 *    replay → REPLAYED, nothing else happens. A concurrent delivery of the same id waits on the insert and,
 *    once the first commits, finds it recorded;
 * 2. applies the outcome to the deposit (applyGatewayOutcome: amount and currency checks, PAY + credit under
 *    `deposit:<gatewaySerial>`, or FAIL).
 * A refusal rolls back both, so the id is not recorded and a corrected retry is still acted on.
 *
 * @throws DepositRefusedError MALFORMED (a success without serial or paidAt), UNKNOWN_ORDER (also when the notification's purpose is not the order's),
 *   AMOUNT_MISMATCH, CURRENCY_MISMATCH, SERIAL_CONFLICT, ORDER_CLOSED
 */
export function handleGatewayNotification(
  db: DbOrTx,
  { id, notification }: VerifiedNotification,
  clock: Clock = getClock(),
): Promise<NotificationResult> {
  const { data } = notification;
  return withTransaction(db, async (tx) => {
    const recorded = await tx.paymentNotification.createMany({
      data: [{ webhookId: id, type: notification.type, orderNo: data.orderNo, receivedAt: clock.now() }],
      skipDuplicates: true,
    });
    if (recorded.count === 0) return { effect: "REPLAYED" };
    return applyGatewayOutcome(tx, data.orderNo, outcomeOf(notification.type, data), data.purpose);
  });
}

function outcomeOf(type: VerifiedNotification["notification"]["type"], data: VerifiedNotification["notification"]["data"]): GatewayOutcome {
  const amountFen = BigInt(data.amountFen);
  if (type === "payment.failed") return { status: "FAILED", amountFen, currency: data.currency };
  // A success without its serial or time cannot be credited, nor traced to the gateway's statement.
  if (!data.gatewaySerial?.trim() || !data.paidAt) {
    throw new DepositRefusedError("MALFORMED", data.orderNo, "A payment.succeeded notification needs gatewaySerial and paidAt");
  }
  return { status: "PAID", amountFen, currency: data.currency, gatewaySerial: data.gatewaySerial, paidAt: new Date(data.paidAt) };
}
