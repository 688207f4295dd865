/** The sandbox's whole state, kept in memory and written to one JSON file after every change. */

export type OrderPurpose = "DEPOSIT" | "REPAYMENT";
/** EXPIRED is never stored: a CREATED order past its `expiresAt` reads as EXPIRED. */
export type StoredOrderStatus = "CREATED" | "PAID" | "FAILED";
export type OrderStatus = StoredOrderStatus | "EXPIRED";

export interface OrderRecord {
  orderNo: string;
  purpose: OrderPurpose;
  /** Fen, decimal string. */
  amountFen: string;
  userId: string;
  returnUrl: string;
  /** Epoch ms. */
  expiresAt: number;
  createdAt: number;
  status: StoredOrderStatus;
  gatewaySerial: string | null;
  paidAt: number | null;
  failedAt: number | null;
}

export interface TransferRecord {
  serial: string;
  /** The platform's reference (its outflow id), unique: a retried request returns the same transfer. */
  reference: string;
  payeeName: string;
  /** Digits only. */
  cardNumber: string;
  amountFen: string;
  createdAt: number;
}

export type DeliveryStatus = "PENDING" | "DELIVERED" | "DROPPED" | "GAVE_UP";

export interface DeliveryRecord {
  /** Unique per delivery record (several when the duplicate knob is on). */
  key: string;
  /** `webhook-id`: the same on every retry of one notification. */
  webhookId: string;
  /** The exact body sent on every attempt. */
  body: string;
  status: DeliveryStatus;
  attempts: number;
  /** Epoch ms of the next attempt (PENDING only). */
  nextAttemptAt: number;
  lastError: string | null;
  deliveredAt: number | null;
}

export interface SandboxState {
  version: 1;
  counters: { payment: number; transfer: number; notification: number; delivery: number };
  orders: Record<string, OrderRecord>;
  transfers: Record<string, TransferRecord>;
  deliveries: DeliveryRecord[];
}

export function emptyState(): SandboxState {
  return { version: 1, counters: { payment: 0, transfer: 0, notification: 0, delivery: 0 }, orders: {}, transfers: {}, deliveries: [] };
}

export function orderStatus(order: OrderRecord, now: number): OrderStatus {
  return order.status === "CREATED" && now >= order.expiresAt ? "EXPIRED" : order.status;
}
