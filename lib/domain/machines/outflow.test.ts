import { describe } from "vitest";
import {
  applyOutflowEvent,
  type OutflowContext,
  type OutflowEvent,
  OutflowEvents,
  type OutflowEventType,
  type OutflowStatus,
  OutflowStatuses,
  outflowEventMeta,
  outflowMachine,
} from "./outflow";
import { checkEveryPair, checkGuards, checkMachineShape, type GuardCase, type MachineSpec } from "./testing/machine-spec";

type Ctx = OutflowContext;
type Ev = OutflowEvent;

// Written from DESIGN §2, independently of the machine definition.
const transitions = [
  ["REQUESTED", "APPROVE", "APPROVED"],
  ["REQUESTED", "REJECT", "REJECTED"],
  ["APPROVED", "MARK_TRANSFERRED", "TRANSFERRED"],
  ["APPROVED", "FAIL", "FAILED"],
  ["TRANSFERRED", "RECONCILE", "RECONCILED"],
  ["TRANSFERRED", "FAIL", "FAILED"],
] as const satisfies ReadonlyArray<readonly [OutflowStatus, OutflowEventType, OutflowStatus]>;

const passing: MachineSpec<OutflowStatus, OutflowEventType, Ctx, Ev>["passing"] = {
  APPROVE: { context: {}, event: { type: "APPROVE" } },
  REJECT: { context: {}, event: { type: "REJECT", reason: "Bank card name mismatch" } },
  MARK_TRANSFERRED: { context: {}, event: { type: "MARK_TRANSFERRED", externalSerial: "BANK-778899" } },
  RECONCILE: { context: {}, event: { type: "RECONCILE" } },
  FAIL: { context: {}, event: { type: "FAIL", reason: "Transfer bounced" } },
};

const spec: MachineSpec<OutflowStatus, OutflowEventType, Ctx, Ev> = {
  machine: outflowMachine,
  statuses: OutflowStatuses,
  events: OutflowEvents,
  initial: "REQUESTED",
  finals: ["RECONCILED", "REJECTED", "FAILED"],
  meta: outflowEventMeta,
  apply: applyOutflowEvent,
  passing,
  transitions,
};

const guardCases: GuardCase<OutflowStatus, Ctx, Ev>[] = [
  {
    guard: "externalSerialGiven",
    from: "APPROVED",
    passing: passing.MARK_TRANSFERRED,
    failing: [
      { why: "the serial is empty", context: {}, event: { type: "MARK_TRANSFERRED", externalSerial: "" } },
      { why: "the serial is blank", context: {}, event: { type: "MARK_TRANSFERRED", externalSerial: "\t " } },
    ],
  },
];

describe("outflow machine", () => {
  checkMachineShape(spec);
  describe("every status × event", () => checkEveryPair(spec));
  describe("guards", () => checkGuards(spec, guardCases));
});
