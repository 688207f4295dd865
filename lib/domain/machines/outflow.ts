import { setup } from "xstate";
import { type ApplyEventResult, applyEvent } from "./apply-event";
import { by, csRequestSupApproval, type EventMetaTable } from "./event-meta";
import type { EventUnion } from "./event-union";
import { isNonBlank } from "./payload-checks";

/**
 * Outflow lifecycle shared by withdrawals (提现) and loan payouts (放款), DESIGN §2 (划账模式).
 * Names are the Prisma `OutflowStatus` values. REJECTED and FAILED unfreeze the funds.
 */
export const OutflowStatuses = ["REQUESTED", "APPROVED", "TRANSFERRED", "RECONCILED", "REJECTED", "FAILED"] as const;
export type OutflowStatus = (typeof OutflowStatuses)[number];

export const OutflowEvents = ["APPROVE", "REJECT", "MARK_TRANSFERRED", "RECONCILE", "FAIL"] as const;
export type OutflowEventType = (typeof OutflowEvents)[number];

export type OutflowEvent = EventUnion<
  OutflowEventType,
  {
    /** The serial number of the transfer CS made by hand at the payment platform. */
    MARK_TRANSFERRED: { externalSerial: string };
  }
>;

/** No guard reads stored facts: the only rule (a serial number on MARK_TRANSFERRED) is on the event. */
export type OutflowContext = Record<string, never>;

export const outflowMachine = setup({
  types: {
    context: {} as OutflowContext,
    events: {} as OutflowEvent,
  },
  guards: {
    externalSerialGiven: ({ event }) => event.type === "MARK_TRANSFERRED" && isNonBlank(event.externalSerial),
  },
}).createMachine({
  id: "outflow",
  context: {},
  initial: "REQUESTED",
  states: {
    REQUESTED: {
      description: "已申请 Funds frozen; waiting for SUP approval",
      on: {
        APPROVE: { target: "APPROVED" },
        REJECT: { target: "REJECTED" },
      },
    },
    APPROVED: {
      description: "已批准 Waiting for CS to transfer by hand",
      on: {
        MARK_TRANSFERRED: { target: "TRANSFERRED", guard: "externalSerialGiven" },
        FAIL: { target: "FAILED" },
      },
    },
    TRANSFERRED: {
      description: "已划账 Transferred; waiting for the gateway statement",
      on: {
        RECONCILE: { target: "RECONCILED" },
        FAIL: { target: "FAILED" },
      },
    },
    RECONCILED: { type: "final", description: "已对账 Matched on the gateway statement" },
    REJECTED: { type: "final", description: "已驳回 Refused by SUP; funds unfrozen" },
    FAILED: { type: "final", description: "失败 Transfer failed or bounced; funds unfrozen" },
  },
});

export const outflowEventMeta: EventMetaTable<OutflowEventType> = {
  APPROVE: by("SUPERVISOR"),
  REJECT: by("SUPERVISOR"),
  MARK_TRANSFERRED: by("CUSTOMER_SERVICE"),
  // Matching the imported gateway statement, which CS starts; no person decides it.
  RECONCILE: by("SYSTEM"),
  // Failing an outflow returns frozen money to the wallet; after TRANSFERRED that is a correction that
  // could pay twice if wrong, so it goes through a supervisor like every other outflow change.
  FAIL: csRequestSupApproval,
};

export function applyOutflowEvent(status: OutflowStatus, context: OutflowContext, event: OutflowEvent): ApplyEventResult<OutflowStatus> {
  return applyEvent(outflowMachine, status, context, event);
}
