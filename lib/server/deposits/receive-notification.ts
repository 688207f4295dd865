import type { DbOrTx } from "@/lib/server/db/types";
import { NotificationRefusedError, verifyNotification } from "@/lib/server/payments";
import { handleGatewayNotification } from "./handle-gateway-notification";
import { type DepositRefusalReason, isDepositRefusal } from "./refusal";

/** A real notification is a few hundred bytes; anything far larger is not one, and is not read further. */
export const MAX_NOTIFICATION_BYTES = 64 * 1024;

/**
 * The HTTP answer to each refusal. The gateway retries every non-2xx with backoff, so:
 * - 401 bad signature, or a timestamp more than 5 minutes in the past or the future; 400 malformed: a sender
 *   fault a retry of the same message will not mend, refused before anything is read from the database;
 * - 404 unknown order: refused rather than acknowledged, because an acknowledged message is never sent again.
 *   The platform commits an order before the gateway hears of it, so a signed notification for an unknown
 *   order is a fault (another environment sharing the secret, a restored database) that an operator must see
 *   in the log and the gateway's failed deliveries; if the order appears, the gateway's next retry is acted on;
 * - 422 amount or currency differs from the order's: never credited, whatever the retries;
 * - 409 a second payment for a paid order, or a payment for a closed order: reconciliation's job.
 */
const REFUSAL_STATUS: Record<DepositRefusalReason, number> = {
  MALFORMED: 400,
  UNKNOWN_ORDER: 404,
  AMOUNT_MISMATCH: 422,
  CURRENCY_MISMATCH: 422,
  SERIAL_CONFLICT: 409,
  ORDER_CLOSED: 409,
};

/**
 * The webhook of the payment gateway's notifications (POST /api/payments/notifications). Reads the RAW body
 * and verifies its Standard Webhooks signature and timestamp BEFORE parsing it, then acts on it
 * (handleGatewayNotification). Answers 200 `{ ok: true, effect }` when acted on or already acted on (a replayed
 * webhook id, a duplicate of a credited payment); refusals as in REFUSAL_STATUS, each logged, none posting
 * anything. An unexpected error is logged and answered 500, so the gateway retries.
 */
export async function receiveGatewayNotification(request: Request, { db, secret }: { db: DbOrTx; secret: string }): Promise<Response> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_NOTIFICATION_BYTES) return refuse(413, "too-large", "body over the limit");
  const rawBody = await request.text();
  if (rawBody.length > MAX_NOTIFICATION_BYTES) return refuse(413, "too-large", "body over the limit");

  let verified: ReturnType<typeof verifyNotification>;
  try {
    verified = verifyNotification(rawBody, request.headers, secret);
  } catch (error) {
    if (error instanceof NotificationRefusedError) {
      const status = error.reason === "BAD_SIGNATURE" ? 401 : 400;
      return refuse(status, error.reason.toLowerCase(), `${error.message} (webhook-id ${request.headers.get("webhook-id") ?? "none"})`);
    }
    throw error;
  }

  const where = `webhook-id ${verified.id}, order ${verified.notification.data.orderNo}, ${verified.notification.type}`;
  try {
    const result = await handleGatewayNotification(db, verified);
    return Response.json({ ok: true, effect: result.effect });
  } catch (error) {
    if (isDepositRefusal(error)) return refuse(REFUSAL_STATUS[error.reason], error.reason.toLowerCase(), `${error.message} (${where})`);
    console.error(`Payment notification failed (${where})`, error);
    return Response.json({ ok: false, error: "unexpected" }, { status: 500 });
  }
}

function refuse(status: number, error: string, detail: string): Response {
  console.warn(`Payment notification refused ${status} ${error}: ${detail}`);
  return Response.json({ ok: false, error }, { status });
}
