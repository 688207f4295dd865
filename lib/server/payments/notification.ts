import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { z } from "zod";

/**
 * The body of an asynchronous notification from the payment gateway, in the Standard Webhooks format
 * (https://www.standardwebhooks.com): headers `webhook-id`, `webhook-timestamp`, `webhook-signature`
 * (v1, HMAC-SHA256 over `id.timestamp.body`). Amounts travel as decimal strings of fen, so no JSON number
 * ever loses a fen.
 *
 * - `payment.succeeded`: the order was paid; `gatewaySerial` is the payment's serial (unique per payment).
 * - `payment.failed`: the user's payment failed at the gateway; no money moved.
 */
export const gatewayNotificationSchema = z.object({
  type: z.enum(["payment.succeeded", "payment.failed"]),
  timestamp: z.string().datetime({ offset: true }),
  data: z.object({
    orderNo: z.string().min(1).max(64),
    purpose: z.enum(["DEPOSIT", "REPAYMENT"]),
    amountFen: z.string().regex(/^[1-9][0-9]{0,17}$/),
    currency: z.string().min(1).max(8),
    gatewaySerial: z.string().min(1).max(64).nullable(),
    paidAt: z.string().datetime({ offset: true }).nullable(),
  }),
});

export type GatewayNotification = z.infer<typeof gatewayNotificationSchema>;

export interface VerifiedNotification {
  /** `webhook-id`: the same for every retry of one notification; a replayed id is a no-op. */
  id: string;
  notification: GatewayNotification;
}

export type NotificationRefusal = "BAD_SIGNATURE" | "MALFORMED";

export class NotificationRefusedError extends Error {
  constructor(
    readonly reason: NotificationRefusal,
    message: string,
  ) {
    super(message);
    this.name = "NotificationRefusedError";
  }
}

/**
 * Verifies a notification's signature and timestamp over the RAW request body, then parses it.
 * The timestamp must be within 5 minutes of the wall clock in either direction (the Standard Webhooks
 * library's tolerance; a transport property, so it reads real time, not the business clock).
 *
 * @param rawBody the request body exactly as received (never re-serialised JSON)
 * @param headers the request headers (only the three webhook-* headers are read)
 * @param secret the shared secret, `whsec_<base64>` (PAYMENT_WEBHOOK_SECRET)
 * @throws NotificationRefusedError BAD_SIGNATURE (missing/invalid signature, stale or future timestamp)
 *   or MALFORMED (signed, but not a notification this platform understands)
 */
export function verifyNotification(rawBody: string, headers: Headers, secret: string): VerifiedNotification {
  const id = headers.get("webhook-id") ?? "";
  const signed = {
    "webhook-id": id,
    "webhook-timestamp": headers.get("webhook-timestamp") ?? "",
    "webhook-signature": headers.get("webhook-signature") ?? "",
  };
  let parsed: unknown;
  try {
    parsed = new Webhook(secret).verify(rawBody, signed);
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw new NotificationRefusedError("BAD_SIGNATURE", error.message);
    throw new NotificationRefusedError("MALFORMED", "body is not JSON");
  }
  const result = gatewayNotificationSchema.safeParse(parsed);
  if (!result.success) throw new NotificationRefusedError("MALFORMED", result.error.message);
  return { id, notification: result.data };
}

/**
 * Signs a notification body for sending (the sandbox gateway, and tests). Returns the three headers.
 * @param timestamp when the message is sent (tests pass a skewed one to exercise the refusal)
 */
export function signNotification(secret: string, id: string, timestamp: Date, rawBody: string): Record<string, string> {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, timestamp, rawBody),
  };
}
