import { randomUUID } from "node:crypto";
import { formatSerial } from "./serials";
import { type DeliveryRecord, type OrderPurpose, type OrderRecord, orderStatus, type SandboxState, type TransferRecord } from "./state";
import { noStatementKnobs, type StatementKnobs } from "./statement";
import type { Store } from "./store";

/** Test knobs (SANDBOX_PAYMENTS_TEST_KNOBS=1 only), kept in memory: a restart turns them off. */
export interface Knobs {
  /** The next n notifications are lost (recorded as DROPPED, never sent). */
  dropNext: number;
  /** Every notification is delivered this many times (1 = normal). */
  duplicateTimes: number;
  /** Duplicates carry new `webhook-id`s (a gateway that re-sends as new messages) instead of the same one. */
  duplicateNewIds: boolean;
  /** The same knobs for one paying user's orders only (they win over the global ones for that user). */
  byUser: Record<string, { dropNext?: number; duplicateTimes?: number; duplicateNewIds?: boolean }>;
  /** What the statement misreports, per serial (altered amounts, duplicated lines). */
  statement: StatementKnobs;
}

export class ConflictError extends Error {}
export class NotFoundError extends Error {}

export interface NewOrder {
  orderNo: string;
  purpose: OrderPurpose;
  amountFen: string;
  userId: string;
  returnUrl: string;
  expiresAt: number;
}

/**
 * Everything that changes the sandbox's state. Each function is one synchronous change of the in-memory
 * state (so concurrent requests cannot interleave) awaited until it is on disk.
 */
export class Operations {
  readonly knobs: Knobs = { dropNext: 0, duplicateTimes: 1, duplicateNewIds: false, byUser: {}, statement: noStatementKnobs() };

  /** True when a paid order or a transfer has this serial (the statement knobs refuse unknown serials). */
  hasSerial(serial: string): boolean {
    const state = this.store.state;
    return (
      Object.values(state.orders).some((order) => order.gatewaySerial === serial) ||
      Object.values(state.transfers).some((transfer) => transfer.serial === serial)
    );
  }

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    /** Called after notifications were enqueued, so the sender wakes up. */
    private readonly onEnqueued: () => void,
  ) {}

  get state(): SandboxState {
    return this.store.state;
  }

  /** Idempotent on orderNo; a different amount or purpose for a known orderNo is a ConflictError. */
  async createOrder(input: NewOrder): Promise<OrderRecord> {
    return this.store.update((state) => {
      const existing = state.orders[input.orderNo];
      if (existing) {
        if (existing.amountFen !== input.amountFen || existing.purpose !== input.purpose) {
          throw new ConflictError(`order ${input.orderNo} exists with another amount or purpose`);
        }
        return existing;
      }
      const order: OrderRecord = {
        ...input,
        createdAt: this.now(),
        status: "CREATED",
        gatewaySerial: null,
        paidAt: null,
        failedAt: null,
      };
      state.orders[input.orderNo] = order;
      return order;
    });
  }

  /**
   * The user paid at the checkout: PAID with a new serial and a `payment.succeeded` notification. Paying a
   * PAID order again changes nothing. Throws ConflictError for a FAILED or EXPIRED order.
   */
  async pay(orderNo: string): Promise<OrderRecord> {
    const result = await this.store.update((state) => {
      const order = this.openOrder(state, orderNo, "PAID");
      if (order.status === "PAID") return { order, enqueued: false };
      const now = this.now();
      state.counters.payment += 1;
      order.status = "PAID";
      order.gatewaySerial = formatSerial("SBP", now, state.counters.payment);
      order.paidAt = now;
      this.enqueue(state, "payment.succeeded", order);
      return { order, enqueued: true };
    });
    if (result.enqueued) this.onEnqueued();
    return result.order;
  }

  /** The user's payment failed: FAILED and a `payment.failed` notification. Idempotent like `pay`. */
  async fail(orderNo: string): Promise<OrderRecord> {
    const result = await this.store.update((state) => {
      const order = this.openOrder(state, orderNo, "FAILED");
      if (order.status === "FAILED") return { order, enqueued: false };
      order.status = "FAILED";
      order.failedAt = this.now();
      this.enqueue(state, "payment.failed", order);
      return { order, enqueued: true };
    });
    if (result.enqueued) this.onEnqueued();
    return result.order;
  }

  /**
   * 划账: records a transfer out and gives it a serial. Idempotent on `reference`; the same reference with
   * another payee, card or amount is a ConflictError.
   */
  async transfer(input: Omit<TransferRecord, "serial" | "createdAt">): Promise<{ transfer: TransferRecord; created: boolean }> {
    return this.store.update((state) => {
      const existing = state.transfers[input.reference];
      if (existing) {
        const same =
          existing.amountFen === input.amountFen && existing.cardNumber === input.cardNumber && existing.payeeName === input.payeeName;
        if (!same) throw new ConflictError(`reference ${input.reference} was used for another transfer (${existing.serial})`);
        return { transfer: existing, created: false };
      }
      const now = this.now();
      state.counters.transfer += 1;
      const transfer: TransferRecord = { ...input, serial: formatSerial("SBT", now, state.counters.transfer), createdAt: now };
      state.transfers[input.reference] = transfer;
      return { transfer, created: true };
    });
  }

  private openOrder(state: SandboxState, orderNo: string, target: "PAID" | "FAILED"): OrderRecord {
    const order = state.orders[orderNo];
    if (!order) throw new NotFoundError(`no order ${orderNo}`);
    const status = orderStatus(order, this.now());
    if (status === target || status === "CREATED") return order;
    throw new ConflictError(`order ${orderNo} is ${status}`);
  }

  private enqueue(state: SandboxState, type: "payment.succeeded" | "payment.failed", order: OrderRecord): void {
    const now = this.now();
    const body = JSON.stringify({
      type,
      timestamp: new Date(now).toISOString(),
      data: {
        orderNo: order.orderNo,
        purpose: order.purpose,
        amountFen: order.amountFen,
        currency: "CNY",
        gatewaySerial: order.gatewaySerial,
        paidAt: order.paidAt === null ? null : new Date(order.paidAt).toISOString(),
      },
    });
    state.counters.notification += 1;
    const own = Object.hasOwn(this.knobs.byUser, order.userId) ? this.knobs.byUser[order.userId] : undefined;
    const drop = own?.dropNext !== undefined ? own : this.knobs;
    const dropped = (drop.dropNext ?? 0) > 0;
    if (dropped) drop.dropNext = (drop.dropNext ?? 0) - 1;
    const times = own?.duplicateTimes ?? this.knobs.duplicateTimes;
    const newIds = own?.duplicateNewIds ?? this.knobs.duplicateNewIds;
    const webhookId = `msg_${randomUUID()}`;
    for (let copy = 0; copy < (dropped ? 1 : times); copy += 1) {
      state.counters.delivery += 1;
      const delivery: DeliveryRecord = {
        key: `d${state.counters.delivery}`,
        webhookId: copy > 0 && newIds ? `msg_${randomUUID()}` : webhookId,
        body,
        status: dropped ? "DROPPED" : "PENDING",
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        deliveredAt: null,
      };
      state.deliveries.push(delivery);
    }
  }
}
