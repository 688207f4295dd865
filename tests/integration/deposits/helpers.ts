import { randomBytes } from "node:crypto";
import type { Deposit } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { createDeposit } from "@/lib/server/deposits/create-deposit";
import {
  type CheckoutOrder,
  type GatewayOrder,
  GatewayUnavailableError,
  type PaymentGateway,
  type StatementPeriod,
  signNotification,
} from "@/lib/server/payments";
import { createInvestor } from "../support/investing";

export const SECRET = `whsec_${randomBytes(32).toString("base64")}`;

/** A gateway double: remembers the checkouts it opened and answers status queries from `orders`. */
export class FakeGateway implements PaymentGateway {
  readonly checkouts: CheckoutOrder[] = [];
  readonly orders = new Map<string, GatewayOrder>();
  unavailable = false;

  async createCheckout(order: CheckoutOrder) {
    if (this.unavailable) throw new GatewayUnavailableError("down");
    this.checkouts.push(order);
    return { checkoutUrl: `http://gateway.test/checkout/${order.orderNo}` };
  }

  async queryOrder(orderNo: string) {
    if (this.unavailable) throw new GatewayUnavailableError("down");
    return this.orders.get(orderNo) ?? null;
  }

  /** The statement to hand out (reconciliation's tests set it). */
  statement = '{"from":null,"to":null,"currency":"CNY","movements":[],"totals":{}}';
  readonly statementRequests: StatementPeriod[] = [];

  async fetchStatement(period: StatementPeriod) {
    if (this.unavailable) throw new GatewayUnavailableError("down");
    this.statementRequests.push(period);
    return this.statement;
  }
}

/** A CREATED deposit of `amountFen` for a new verified investor, through the service. */
export async function openDeposit(db: Db, amountFen = 500_00n, gateway = new FakeGateway()): Promise<Deposit> {
  const user = await createInvestor(db);
  const { depositId } = await createDeposit(
    db,
    { userId: user.id, amountFen },
    { gateway, returnUrl: (no) => `http://app.test/investor/deposit?orderNo=${no}` },
  );
  return db.deposit.findUniqueOrThrow({ where: { id: depositId } });
}

export interface NotificationFields {
  type?: "payment.succeeded" | "payment.failed";
  orderNo: string;
  amountFen: bigint | string;
  currency?: string;
  gatewaySerial?: string | null;
  purpose?: "DEPOSIT" | "REPAYMENT";
}

export function notificationBody(fields: NotificationFields): string {
  const type = fields.type ?? "payment.succeeded";
  const paid = type === "payment.succeeded";
  return JSON.stringify({
    type,
    timestamp: new Date().toISOString(),
    data: {
      orderNo: fields.orderNo,
      purpose: fields.purpose ?? "DEPOSIT",
      amountFen: String(fields.amountFen),
      currency: fields.currency ?? "CNY",
      gatewaySerial: fields.gatewaySerial === undefined ? (paid ? `GW-${fields.orderNo}` : null) : fields.gatewaySerial,
      paidAt: paid ? new Date().toISOString() : null,
    },
  });
}

/** A POST to the webhook as the gateway sends it: the raw body and its Standard Webhooks headers. */
export function signedRequest(rawBody: string, options: { id?: string; at?: Date; secret?: string } = {}): Request {
  const id = options.id ?? `msg_${randomBytes(8).toString("hex")}`;
  const headers = signNotification(options.secret ?? SECRET, id, options.at ?? new Date(), rawBody);
  return new Request("http://localhost/api/payments/notifications", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: rawBody,
  });
}

/** Everything a refused notification must leave untouched. */
export async function moneySnapshot(db: Db) {
  const [entries, postings, notifications, balances, deposits] = await Promise.all([
    db.journalEntry.count(),
    db.posting.count(),
    db.paymentNotification.count(),
    db.ledgerAccount.findMany({ select: { code: true, balanceFen: true }, orderBy: { code: "asc" } }),
    db.deposit.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { entries, postings, notifications, balances, deposits };
}
