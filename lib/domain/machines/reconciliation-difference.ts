import { setup } from "xstate";
import { type ApplyEventResult, applyEvent } from "./apply-event";
import { by, csRequestSupApproval, type EventMetaTable } from "./event-meta";
import type { EventUnion } from "./event-union";
import { isNonBlank } from "./payload-checks";

/**
 * Reconciliation difference (对账差异) lifecycle, issue 13 item 1 (docs/domain/reconciliation.md). Names are
 * the Prisma `ReconciliationDifferenceStatus` values. A difference is found OPEN by a statement import and is
 * RESOLVED either by the system (MATCH: a later statement or the paired difference's correction shows both sides
 * agree) or by a supervisor approving customer service's request: APPLY_PAYMENT (a lost deposit or repayment is
 * credited through the late-notification path), CORRECT_SERIAL (an outflow's mistyped serial), POST_CORRECTION
 * (a correcting journal entry against platform:suspense) or EXPLAIN (a note, no money).
 */
export const ReconciliationDifferenceStatuses = ["OPEN", "RESOLVED"] as const;
export type ReconciliationDifferenceStatus = (typeof ReconciliationDifferenceStatuses)[number];

export const ReconciliationDifferenceEvents = ["MATCH", "APPLY_PAYMENT", "CORRECT_SERIAL", "POST_CORRECTION", "EXPLAIN"] as const;
export type ReconciliationDifferenceEventType = (typeof ReconciliationDifferenceEvents)[number];

/** The resolving events: what customer service may ask a supervisor for. */
export const ReconciliationResolutions = ["APPLY_PAYMENT", "CORRECT_SERIAL", "POST_CORRECTION", "EXPLAIN"] as const;
export type ReconciliationResolutionType = (typeof ReconciliationResolutions)[number];

export const ReconciliationDifferenceKinds = ["MISSING_ON_PLATFORM", "MISSING_AT_GATEWAY", "AMOUNT_MISMATCH", "DUPLICATE_SERIAL"] as const;
export type ReconciliationDifferenceKind = (typeof ReconciliationDifferenceKinds)[number];

export type ReconciliationDifferenceEvent = EventUnion<
  ReconciliationDifferenceEventType,
  {
    /** The serial the outflow really went out under (the one on the statement). */
    CORRECT_SERIAL: { newSerial: string };
    /** Why the difference needs no money moved (shown on the difference). */
    EXPLAIN: { note: string };
  }
>;

/**
 * Facts the guards read from the difference row; a missing fact makes its guard refuse (fail closed).
 *
 * | Event | Reads |
 * |---|---|
 * | APPLY_PAYMENT | kind, direction, depositId (the IN line's orderNo names a platform deposit order) |
 * | CORRECT_SERIAL | kind, outflowId (a serial missing at the gateway, or an OUT line whose reference names the outflow) |
 */
export interface ReconciliationDifferenceContext {
  readonly kind?: ReconciliationDifferenceKind;
  readonly direction?: "IN" | "OUT";
  readonly depositId?: string | null;
  readonly outflowId?: string | null;
}

export const reconciliationDifferenceMachine = setup({
  types: {
    context: {} as ReconciliationDifferenceContext,
    events: {} as ReconciliationDifferenceEvent,
  },
  guards: {
    // Only a payment the gateway took for one of our orders can be credited: the line names the order.
    lostPaymentOfAnOrder: ({ context }) =>
      context.kind === "MISSING_ON_PLATFORM" && context.direction === "IN" && typeof context.depositId === "string",
    serialOfAnOutflow: ({ context, event }) =>
      event.type === "CORRECT_SERIAL" &&
      isNonBlank(event.newSerial) &&
      (context.kind === "MISSING_AT_GATEWAY" || context.kind === "MISSING_ON_PLATFORM") &&
      context.direction === "OUT" &&
      typeof context.outflowId === "string",
    noteGiven: ({ event }) => event.type === "EXPLAIN" && isNonBlank(event.note),
    kindKnown: ({ context }) => context.kind !== undefined,
  },
}).createMachine({
  id: "reconciliationDifference",
  context: {},
  initial: "OPEN",
  states: {
    OPEN: {
      description: "待处理 Found by a statement import; waiting for a resolution",
      on: {
        MATCH: { target: "RESOLVED" },
        APPLY_PAYMENT: { target: "RESOLVED", guard: "lostPaymentOfAnOrder" },
        CORRECT_SERIAL: { target: "RESOLVED", guard: "serialOfAnOutflow" },
        POST_CORRECTION: { target: "RESOLVED", guard: "kindKnown" },
        EXPLAIN: { target: "RESOLVED", guard: "noteGiven" },
      },
    },
    RESOLVED: { type: "final", description: "已处理 Matched later, or resolved by CS with a supervisor's approval" },
  },
});

export const reconciliationDifferenceEventMeta: EventMetaTable<ReconciliationDifferenceEventType> = {
  // A later statement (or the paired difference's correction) shows both sides agree: nobody decides it.
  MATCH: by("SYSTEM"),
  // Every resolution moves money or closes a question about money: four eyes (DESIGN §7, 资金进出帐审核).
  APPLY_PAYMENT: csRequestSupApproval,
  CORRECT_SERIAL: csRequestSupApproval,
  POST_CORRECTION: csRequestSupApproval,
  EXPLAIN: csRequestSupApproval,
};

export function applyReconciliationDifferenceEvent(
  status: ReconciliationDifferenceStatus,
  context: ReconciliationDifferenceContext,
  event: ReconciliationDifferenceEvent,
): ApplyEventResult<ReconciliationDifferenceStatus> {
  return applyEvent(reconciliationDifferenceMachine, status, context, event);
}
