import { getDb } from "@/lib/server/db";
import { receiveGatewayNotification } from "@/lib/server/deposits/receive-notification";
import { getPaymentWebhookSecret } from "@/lib/server/payments/get-gateway";

export const dynamic = "force-dynamic";

/**
 * The payment gateway's asynchronous notifications (Standard Webhooks). Public: no session, no cookie, no
 * redirect; it is protected by its signature alone (PAYMENT_WEBHOOK_SECRET), verified over the raw body
 * before anything is parsed. Answers in lib/server/deposits/receive-notification.ts.
 */
export async function POST(request: Request) {
  return receiveGatewayNotification(request, { db: await getDb(), secret: getPaymentWebhookSecret() });
}
