import { describe } from "vitest";
import {
  applyReconciliationDifferenceEvent,
  type ReconciliationDifferenceContext,
  type ReconciliationDifferenceEvent,
  ReconciliationDifferenceEvents,
  type ReconciliationDifferenceEventType,
  type ReconciliationDifferenceStatus,
  ReconciliationDifferenceStatuses,
  reconciliationDifferenceEventMeta,
  reconciliationDifferenceMachine,
} from "./reconciliation-difference";
import { checkEveryPair, checkGuards, checkMachineShape, type GuardCase, type MachineSpec } from "./testing/machine-spec";

type Ctx = ReconciliationDifferenceContext;
type Ev = ReconciliationDifferenceEvent;
type Status = ReconciliationDifferenceStatus;
type EventType = ReconciliationDifferenceEventType;

// Written from issue 13 item 1, independently of the machine definition.
const transitions = [
  ["OPEN", "MATCH", "RESOLVED"],
  ["OPEN", "APPLY_PAYMENT", "RESOLVED"],
  ["OPEN", "CORRECT_SERIAL", "RESOLVED"],
  ["OPEN", "POST_CORRECTION", "RESOLVED"],
  ["OPEN", "EXPLAIN", "RESOLVED"],
] as const satisfies ReadonlyArray<readonly [Status, EventType, Status]>;

const lostDeposit: Ctx = { kind: "MISSING_ON_PLATFORM", direction: "IN", depositId: "dep-1", outflowId: null };
const mistyped: Ctx = { kind: "MISSING_AT_GATEWAY", direction: "OUT", depositId: null, outflowId: "out-1" };

const passing: MachineSpec<Status, EventType, Ctx, Ev>["passing"] = {
  MATCH: { context: {}, event: { type: "MATCH" } },
  APPLY_PAYMENT: { context: lostDeposit, event: { type: "APPLY_PAYMENT" } },
  CORRECT_SERIAL: { context: mistyped, event: { type: "CORRECT_SERIAL", newSerial: "SBX-T-2" } },
  POST_CORRECTION: { context: { kind: "AMOUNT_MISMATCH", direction: "IN" }, event: { type: "POST_CORRECTION" } },
  EXPLAIN: { context: {}, event: { type: "EXPLAIN", note: "Gateway test transaction" } },
};

const spec: MachineSpec<Status, EventType, Ctx, Ev> = {
  machine: reconciliationDifferenceMachine,
  statuses: ReconciliationDifferenceStatuses,
  events: ReconciliationDifferenceEvents,
  initial: "OPEN",
  finals: ["RESOLVED"],
  meta: reconciliationDifferenceEventMeta,
  apply: applyReconciliationDifferenceEvent,
  passing,
  transitions,
};

const guardCases: GuardCase<Status, Ctx, Ev>[] = [
  {
    guard: "lostPaymentOfAnOrder",
    from: "OPEN",
    passing: passing.APPLY_PAYMENT,
    failing: [
      { why: "the line names no order", context: { ...lostDeposit, depositId: null }, event: { type: "APPLY_PAYMENT" } },
      { why: "it is an OUT line", context: { ...lostDeposit, direction: "OUT" }, event: { type: "APPLY_PAYMENT" } },
      {
        why: "the platform has the serial (amount mismatch)",
        context: { ...lostDeposit, kind: "AMOUNT_MISMATCH" },
        event: { type: "APPLY_PAYMENT" },
      },
      { why: "nothing is known", context: {}, event: { type: "APPLY_PAYMENT" } },
    ],
  },
  {
    guard: "serialOfAnOutflow",
    from: "OPEN",
    passing: passing.CORRECT_SERIAL,
    failing: [
      { why: "the serial is blank", context: mistyped, event: { type: "CORRECT_SERIAL", newSerial: " " } },
      { why: "no outflow", context: { ...mistyped, outflowId: null }, event: { type: "CORRECT_SERIAL", newSerial: "X" } },
      { why: "a deposit's serial", context: { ...mistyped, direction: "IN" }, event: { type: "CORRECT_SERIAL", newSerial: "X" } },
      { why: "an amount mismatch", context: { ...mistyped, kind: "AMOUNT_MISMATCH" }, event: { type: "CORRECT_SERIAL", newSerial: "X" } },
    ],
  },
  {
    guard: "kindKnown",
    from: "OPEN",
    passing: passing.POST_CORRECTION,
    failing: [{ why: "the kind is unknown", context: {}, event: { type: "POST_CORRECTION" } }],
  },
  {
    guard: "noteGiven",
    from: "OPEN",
    passing: passing.EXPLAIN,
    failing: [{ why: "the note is blank", context: {}, event: { type: "EXPLAIN", note: "  " } }],
  },
];

describe("reconciliation difference machine", () => {
  checkMachineShape(spec);
  describe("every status × event", () => checkEveryPair(spec));
  describe("guards", () => checkGuards(spec, guardCases));
});
