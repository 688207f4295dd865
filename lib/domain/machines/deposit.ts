import { setup } from "xstate";
import { type ApplyEventResult, applyEvent } from "./apply-event";
import { by, type EventMetaTable } from "./event-meta";
import type { EventUnion } from "./event-union";

/** Deposit (充值) lifecycle, DESIGN §5. Names are the Prisma `DepositStatus` values. */
export const DepositStatuses = ["CREATED", "PAID", "FAILED", "EXPIRED"] as const;
export type DepositStatus = (typeof DepositStatuses)[number];

export const DepositEvents = ["PAY", "FAIL", "EXPIRE", "PAY_LATE"] as const;
export type DepositEventType = (typeof DepositEvents)[number];

export type DepositEvent = EventUnion<
  DepositEventType,
  {
    /** From the verified gateway callback: what was actually paid, and the gateway's serial number. */
    PAY: { paidFen: bigint; gatewaySerial: string };
    /** A payment of an order the platform had expired, found on the gateway's statement by reconciliation. */
    PAY_LATE: { paidFen: bigint; gatewaySerial: string };
  }
>;

/**
 * Facts the guards read; a missing fact makes its guard refuse (fail closed).
 *
 * | Event | Reads |
 * |---|---|
 * | PAY, PAY_LATE | amountFen (against event.paidFen and event.gatewaySerial) |
 * | EXPIRE | now, expiresAt |
 *
 * EXPIRE must only run after the gateway's own checkout has expired, so no payment can arrive for an
 * EXPIRED order; one that does anyway (the gateway's clock, a checkout paid at the last second) is found by
 * reconciliation on the gateway's statement, and a supervisor's approval of the difference applies PAY_LATE
 * (docs/domain/reconciliation.md#late-payments).
 */
export interface DepositContext {
  /** The amount of the order the user created. */
  readonly amountFen?: bigint;
  readonly now?: Date;
  readonly expiresAt?: Date;
}

export const depositMachine = setup({
  types: {
    context: {} as DepositContext,
    events: {} as DepositEvent,
  },
  guards: {
    // A callback for a different amount is not this order's payment; crediting it would break the ledger.
    paidInFullWithSerial: ({ context, event }) =>
      (event.type === "PAY" || event.type === "PAY_LATE") &&
      context.amountFen !== undefined &&
      event.paidFen === context.amountFen &&
      event.gatewaySerial.trim() !== "",
    pastExpiry: ({ context }) =>
      context.now instanceof Date && context.expiresAt instanceof Date && context.now.getTime() >= context.expiresAt.getTime(),
  },
}).createMachine({
  id: "deposit",
  initial: "CREATED",
  states: {
    CREATED: {
      description: "已创建 Waiting for the user to pay at the gateway",
      on: {
        PAY: { target: "PAID", guard: "paidInFullWithSerial" },
        FAIL: { target: "FAILED" },
        EXPIRE: { target: "EXPIRED", guard: "pastExpiry" },
      },
    },
    PAID: { type: "final", description: "已支付 Verified callback; wallet credited" },
    FAILED: { type: "final", description: "失败 The gateway reported a failed payment" },
    EXPIRED: {
      description: "已过期 Never paid (unless reconciliation finds the payment on the gateway's statement)",
      on: { PAY_LATE: { target: "PAID", guard: "paidInFullWithSerial" } },
    },
  },
});

export const depositEventMeta: EventMetaTable<DepositEventType> = {
  PAY: by("GATEWAY"),
  FAIL: by("GATEWAY"),
  EXPIRE: by("SYSTEM"),
  // Applied by the approval of a reconciliation difference (APPLY_PAYMENT, maker-checker there), through the
  // same credit path as a notification: the system's event on the deposit.
  PAY_LATE: by("SYSTEM"),
};

export function applyDepositEvent(status: DepositStatus, context: DepositContext, event: DepositEvent): ApplyEventResult<DepositStatus> {
  return applyEvent(depositMachine, status, context, event);
}
