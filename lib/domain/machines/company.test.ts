import { describe, expect, it } from "vitest";
import {
  applyCompanyEvent,
  type CompanyContext,
  type CompanyEvent,
  CompanyEvents,
  type CompanyEventType,
  type CompanyStatus,
  CompanyStatuses,
  companyEventMeta,
  companyMachine,
  companyMayBorrow,
} from "./company";
import { checkEveryPair, checkGuards, checkMachineShape, type GuardCase, type MachineSpec } from "./testing/machine-spec";

type Ctx = CompanyContext;
type Ev = CompanyEvent;

// Written from DESIGN §4, independently of the machine definition.
const transitions = [
  ["INVALID", "ACTIVATE", "NORMAL"],
  ["NORMAL", "FLAG_OVERDUE", "WATCH"],
  ["GOOD", "FLAG_OVERDUE", "WATCH"],
  ["WATCH", "CLEAR_WATCH", "NORMAL"],
  ["WATCH", "BLACKLIST", "BLACKLIST"],
  ["NORMAL", "UPGRADE", "GOOD"],
  ["BLACKLIST", "LIFT_BLACKLIST", "NORMAL"],
  ["NORMAL", "DEACTIVATE", "INVALID"],
  ["GOOD", "DEACTIVATE", "INVALID"],
  ["WATCH", "DEACTIVATE", "INVALID"],
] as const satisfies ReadonlyArray<readonly [CompanyStatus, CompanyEventType, CompanyStatus]>;

const upgradeable = { monthsOnPlatform: 12, overdueInUpgradeWindow: false } as const;

const passing: MachineSpec<CompanyStatus, CompanyEventType, Ctx, Ev>["passing"] = {
  ACTIVATE: { context: { documentsVerified: true }, event: { type: "ACTIVATE" } },
  FLAG_OVERDUE: { context: { hasOverdueInstalments: true }, event: { type: "FLAG_OVERDUE" } },
  CLEAR_WATCH: { context: { hasOverdueInstalments: false }, event: { type: "CLEAR_WATCH" } },
  BLACKLIST: { context: { hasBadDebtProject: true }, event: { type: "BLACKLIST" } },
  UPGRADE: { context: upgradeable, event: { type: "UPGRADE" } },
  LIFT_BLACKLIST: { context: { outstandingDueFen: 0n }, event: { type: "LIFT_BLACKLIST" } },
  DEACTIVATE: { context: { hasOutstandingLoan: false }, event: { type: "DEACTIVATE" } },
};

const spec: MachineSpec<CompanyStatus, CompanyEventType, Ctx, Ev> = {
  machine: companyMachine,
  statuses: CompanyStatuses,
  events: CompanyEvents,
  initial: "INVALID",
  finals: [],
  meta: companyEventMeta,
  apply: applyCompanyEvent,
  passing,
  transitions,
};

const flagOverdue = (from: CompanyStatus): GuardCase<CompanyStatus, Ctx, Ev> => ({
  guard: "hasOverdueInstalments",
  from,
  passing: passing.FLAG_OVERDUE,
  failing: [
    { why: "nothing is overdue", context: { hasOverdueInstalments: false }, event: { type: "FLAG_OVERDUE" } },
    { why: "it is unknown", context: {}, event: { type: "FLAG_OVERDUE" } },
  ],
});

const deactivate = (from: CompanyStatus): GuardCase<CompanyStatus, Ctx, Ev> => ({
  guard: "noOutstandingLoan",
  from,
  passing: passing.DEACTIVATE,
  failing: [
    { why: "a loan is outstanding", context: { hasOutstandingLoan: true }, event: { type: "DEACTIVATE" } },
    { why: "it is unknown", context: {}, event: { type: "DEACTIVATE" } },
  ],
});

const guardCases: GuardCase<CompanyStatus, Ctx, Ev>[] = [
  {
    guard: "documentsVerified",
    from: "INVALID",
    passing: passing.ACTIVATE,
    failing: [
      { why: "documents are unverified", context: { documentsVerified: false }, event: { type: "ACTIVATE" } },
      { why: "it is unknown", context: {}, event: { type: "ACTIVATE" } },
    ],
  },
  flagOverdue("NORMAL"),
  flagOverdue("GOOD"),
  {
    guard: "noOverdueInstalments",
    from: "WATCH",
    passing: passing.CLEAR_WATCH,
    failing: [
      { why: "something is still overdue", context: { hasOverdueInstalments: true }, event: { type: "CLEAR_WATCH" } },
      { why: "it is unknown", context: {}, event: { type: "CLEAR_WATCH" } },
    ],
  },
  {
    guard: "hasBadDebtProject",
    from: "WATCH",
    passing: passing.BLACKLIST,
    failing: [
      { why: "no project is bad debt", context: { hasBadDebtProject: false }, event: { type: "BLACKLIST" } },
      { why: "it is unknown", context: {}, event: { type: "BLACKLIST" } },
    ],
  },
  {
    guard: "longStandingWithoutOverdue",
    from: "NORMAL",
    passing: passing.UPGRADE,
    failing: [
      { why: "only 11 months on the platform", context: { ...upgradeable, monthsOnPlatform: 11 }, event: { type: "UPGRADE" } },
      { why: "an instalment went overdue", context: { ...upgradeable, overdueInUpgradeWindow: true }, event: { type: "UPGRADE" } },
      {
        why: "the setting asks for 24 months",
        context: { ...upgradeable, monthsOnPlatform: 23, upgradeMinMonths: 24 },
        event: { type: "UPGRADE" },
      },
      { why: "months are unknown", context: { overdueInUpgradeWindow: false }, event: { type: "UPGRADE" } },
      { why: "overdue history is unknown", context: { monthsOnPlatform: 40 }, event: { type: "UPGRADE" } },
    ],
  },
  {
    guard: "longStandingWithoutOverdue",
    from: "NORMAL",
    passing: { context: { ...upgradeable, monthsOnPlatform: 6, upgradeMinMonths: 6 }, event: { type: "UPGRADE" } },
    failing: [],
  },
  {
    guard: "everythingRepaid",
    from: "BLACKLIST",
    passing: passing.LIFT_BLACKLIST,
    failing: [
      { why: "one fen of penalty is still owed", context: { outstandingDueFen: 1n }, event: { type: "LIFT_BLACKLIST" } },
      { why: "it is unknown", context: {}, event: { type: "LIFT_BLACKLIST" } },
    ],
  },
  deactivate("NORMAL"),
  deactivate("GOOD"),
  deactivate("WATCH"),
];

describe("company machine", () => {
  checkMachineShape(spec);
  describe("every status × event", () => checkEveryPair(spec));
  describe("guards", () => checkGuards(spec, guardCases));

  it("lets only NORMAL and GOOD companies borrow", () => {
    expect(CompanyStatuses.filter(companyMayBorrow)).toEqual(["NORMAL", "GOOD"]);
  });
});
