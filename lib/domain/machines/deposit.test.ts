import { describe } from "vitest";
import {
  applyDepositEvent,
  type DepositContext,
  type DepositEvent,
  DepositEvents,
  type DepositEventType,
  type DepositStatus,
  DepositStatuses,
  depositEventMeta,
  depositMachine,
} from "./deposit";
import { checkEveryPair, checkGuards, checkMachineShape, type GuardCase, type MachineSpec } from "./testing/machine-spec";

type Ctx = DepositContext;
type Ev = DepositEvent;

// Written from DESIGN §5, independently of the machine definition.
const transitions = [
  ["CREATED", "PAY", "PAID"],
  ["CREATED", "FAIL", "FAILED"],
  ["CREATED", "EXPIRE", "EXPIRED"],
  // Issue 13: a payment of an expired order, found on the gateway's statement by reconciliation.
  ["EXPIRED", "PAY_LATE", "PAID"],
] as const satisfies ReadonlyArray<readonly [DepositStatus, DepositEventType, DepositStatus]>;

const expiresAt = new Date("2026-01-01T12:30:00Z");

const passing: MachineSpec<DepositStatus, DepositEventType, Ctx, Ev>["passing"] = {
  PAY: { context: { amountFen: 500_00n }, event: { type: "PAY", paidFen: 500_00n, gatewaySerial: "SBX-1" } },
  FAIL: { context: {}, event: { type: "FAIL", reason: "Card declined" } },
  EXPIRE: { context: { now: expiresAt, expiresAt }, event: { type: "EXPIRE" } },
  PAY_LATE: { context: { amountFen: 500_00n }, event: { type: "PAY_LATE", paidFen: 500_00n, gatewaySerial: "SBX-2" } },
};

const spec: MachineSpec<DepositStatus, DepositEventType, Ctx, Ev> = {
  machine: depositMachine,
  statuses: DepositStatuses,
  events: DepositEvents,
  initial: "CREATED",
  finals: ["PAID", "FAILED"],
  meta: depositEventMeta,
  apply: applyDepositEvent,
  passing,
  transitions,
};

const guardCases: GuardCase<DepositStatus, Ctx, Ev>[] = [
  {
    guard: "paidInFullWithSerial",
    from: "CREATED",
    passing: passing.PAY,
    failing: [
      { why: "one fen less was paid", context: { amountFen: 500_00n }, event: { type: "PAY", paidFen: 499_99n, gatewaySerial: "SBX-1" } },
      { why: "one fen more was paid", context: { amountFen: 500_00n }, event: { type: "PAY", paidFen: 500_01n, gatewaySerial: "SBX-1" } },
      { why: "the serial is blank", context: { amountFen: 500_00n }, event: { type: "PAY", paidFen: 500_00n, gatewaySerial: " " } },
      { why: "the order amount is unknown", context: {}, event: { type: "PAY", paidFen: 500_00n, gatewaySerial: "SBX-1" } },
    ],
  },
  {
    guard: "paidInFullWithSerial",
    from: "EXPIRED",
    passing: passing.PAY_LATE,
    failing: [
      {
        why: "another amount was paid",
        context: { amountFen: 500_00n },
        event: { type: "PAY_LATE", paidFen: 499_99n, gatewaySerial: "SBX-2" },
      },
      { why: "the serial is blank", context: { amountFen: 500_00n }, event: { type: "PAY_LATE", paidFen: 500_00n, gatewaySerial: "" } },
    ],
  },
  {
    guard: "pastExpiry",
    from: "CREATED",
    passing: passing.EXPIRE,
    failing: [
      { why: "it has not expired yet", context: { now: new Date(expiresAt.getTime() - 1), expiresAt }, event: { type: "EXPIRE" } },
      { why: "the time is unknown", context: { expiresAt }, event: { type: "EXPIRE" } },
      { why: "the expiry is unknown", context: { now: expiresAt }, event: { type: "EXPIRE" } },
    ],
  },
];

describe("deposit machine", () => {
  checkMachineShape(spec);
  describe("every status × event", () => checkEveryPair(spec));
  describe("guards", () => checkGuards(spec, guardCases));
});
