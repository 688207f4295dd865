import { describe } from "vitest";
import {
  applyInvestmentEvent,
  type InvestmentContext,
  type InvestmentEvent,
  InvestmentEvents,
  type InvestmentEventType,
  type InvestmentStatus,
  InvestmentStatuses,
  investmentEventMeta,
  investmentMachine,
} from "./investment";
import { checkEveryPair, checkGuards, checkMachineShape, type GuardCase, type MachineSpec } from "./testing/machine-spec";

type Ctx = InvestmentContext;
type Ev = InvestmentEvent;

// Written from DESIGN §5, independently of the machine definition.
const transitions = [
  ["PENDING", "CONFIRM", "CONFIRMED"],
  ["PENDING", "REJECT", "REJECTED"],
  ["PENDING", "CANCEL", "CANCELLED"],
  ["PENDING", "REFUND", "REFUNDED"],
  ["CONFIRMED", "REFUND", "REFUNDED"],
  ["CONFIRMED", "HOLD", "HOLDING"],
  ["HOLDING", "SETTLE", "SETTLED"],
] as const satisfies ReadonlyArray<readonly [InvestmentStatus, InvestmentEventType, InvestmentStatus]>;

const passing: MachineSpec<InvestmentStatus, InvestmentEventType, Ctx, Ev>["passing"] = {
  CONFIRM: { context: { investorVerified: true, withinLimits: true }, event: { type: "CONFIRM" } },
  REJECT: { context: {}, event: { type: "REJECT", reason: "Over the per-investor limit" } },
  CANCEL: { context: {}, event: { type: "CANCEL" } },
  HOLD: { context: {}, event: { type: "HOLD" } },
  SETTLE: { context: { remainingDueFen: 0n }, event: { type: "SETTLE" } },
  REFUND: { context: { projectStatus: "FAILED" }, event: { type: "REFUND" } },
};

const spec: MachineSpec<InvestmentStatus, InvestmentEventType, Ctx, Ev> = {
  machine: investmentMachine,
  statuses: InvestmentStatuses,
  events: InvestmentEvents,
  initial: "PENDING",
  finals: ["SETTLED", "REJECTED", "CANCELLED", "REFUNDED"],
  meta: investmentEventMeta,
  apply: applyInvestmentEvent,
  passing,
  transitions,
};

const refund = (from: InvestmentStatus): GuardCase<InvestmentStatus, Ctx, Ev> => ({
  guard: "projectFailed",
  from,
  passing: passing.REFUND,
  failing: [
    { why: "the project is still fundraising", context: { projectStatus: "FUNDRAISING" }, event: { type: "REFUND" } },
    { why: "the project is fully funded", context: { projectStatus: "FULLY_FUNDED" }, event: { type: "REFUND" } },
    { why: "the project status is unknown", context: {}, event: { type: "REFUND" } },
  ],
});

const guardCases: GuardCase<InvestmentStatus, Ctx, Ev>[] = [
  {
    guard: "investorVerifiedWithinLimits",
    from: "PENDING",
    passing: passing.CONFIRM,
    failing: [
      { why: "the investor is unverified", context: { investorVerified: false, withinLimits: true }, event: { type: "CONFIRM" } },
      { why: "a limit is exceeded", context: { investorVerified: true, withinLimits: false }, event: { type: "CONFIRM" } },
      { why: "verification is unknown", context: { withinLimits: true }, event: { type: "CONFIRM" } },
      { why: "limits are unknown", context: { investorVerified: true }, event: { type: "CONFIRM" } },
    ],
  },
  {
    guard: "claimFullyRepaid",
    from: "HOLDING",
    passing: passing.SETTLE,
    failing: [
      { why: "one fen is still owed", context: { remainingDueFen: 1n }, event: { type: "SETTLE" } },
      { why: "it is unknown", context: {}, event: { type: "SETTLE" } },
    ],
  },
  refund("PENDING"),
  refund("CONFIRMED"),
];

describe("investment machine", () => {
  checkMachineShape(spec);
  describe("every status × event", () => checkEveryPair(spec));
  describe("guards", () => checkGuards(spec, guardCases));
});
