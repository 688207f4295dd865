import { getDb } from "@/lib/server/db";
import { receiveGatewayNotification } from "@/lib/server/deposits/receive-notification";

export const dynamic = "force-dynamic";

/**
 * The payment gateway's asynchronous notifications (Standard Webhooks). Public: no session, no cookie, no
 * redirect; it is protected by its signature alone (PAYMENT_WEBHOOK_SECRET), verified over the raw body
 * before anything is parsed. Answers in lib/server/deposits/receive-notification.ts.
 */
export async function POST(request: Request) {
  const secret = process.env.PAYMENT_WEBHOOK_SECRET;
  if (!secret) {
    console.error("PAYMENT_WEBHOOK_SECRET is not set: payment notifications cannot be verified");
    return Response.json({ ok: false, error: "unconfigured" }, { status: 503 });
  }
  return receiveGatewayNotification(request, { db: await getDb(), secret });
}
