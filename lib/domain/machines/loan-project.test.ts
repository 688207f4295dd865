import { describe } from "vitest";
import {
  applyLoanProjectEvent,
  type LoanProjectContext,
  type LoanProjectEvent,
  LoanProjectEvents,
  type LoanProjectEventType,
  type LoanProjectStatus,
  LoanProjectStatuses,
  loanProjectEventMeta,
  loanProjectMachine,
} from "./loan-project";
import { checkEveryPair, checkGuards, checkMachineShape, type GuardCase, type MachineSpec } from "./testing/machine-spec";

type Ctx = LoanProjectContext;
type Ev = LoanProjectEvent;

const deadline = new Date("2026-03-01T00:00:00Z");
const afterDeadline = new Date("2026-03-01T00:00:01Z");
const beforeDeadline = new Date("2026-02-28T23:59:59Z");

// Written from DESIGN §3, independently of the machine definition.
const transitions = [
  ["DRAFT", "SUBMIT", "PENDING_PRELIMINARY_REVIEW"],
  ["DRAFT", "WITHDRAW", "WITHDRAWN"],
  ["PENDING_PRELIMINARY_REVIEW", "WITHDRAW", "WITHDRAWN"],
  ["PENDING_FINAL_REVIEW", "WITHDRAW", "WITHDRAWN"],
  ["PENDING_PRELIMINARY_REVIEW", "PASS_PRELIMINARY", "PENDING_FINAL_REVIEW"],
  ["PENDING_PRELIMINARY_REVIEW", "RETURN_FOR_REVISION", "DRAFT"],
  ["PENDING_FINAL_REVIEW", "RETURN_FOR_REVISION", "DRAFT"],
  ["PENDING_PRELIMINARY_REVIEW", "REJECT", "REJECTED"],
  ["PENDING_FINAL_REVIEW", "REJECT", "REJECTED"],
  ["PENDING_FINAL_REVIEW", "PUBLISH", "FUNDRAISING"],
  ["FUNDRAISING", "FILL", "FULLY_FUNDED"],
  ["FULLY_FUNDED", "REOPEN", "FUNDRAISING"],
  ["FUNDRAISING", "EXPIRE", "FAILED"],
  ["FUNDRAISING", "CANCEL", "FAILED"],
  ["FULLY_FUNDED", "APPROVE_DISBURSEMENT", "DISBURSING"],
  ["FULLY_FUNDED", "REJECT_DISBURSEMENT", "FAILED"],
  ["DISBURSING", "CONFIRM_DISBURSED", "REPAYING"],
  ["REPAYING", "MARK_OVERDUE", "OVERDUE"],
  ["OVERDUE", "CURE", "REPAYING"],
  ["OVERDUE", "DECLARE_BAD_DEBT", "BAD_DEBT"],
  ["REPAYING", "SETTLE", "SETTLED"],
  ["OVERDUE", "SETTLE", "SETTLED"],
  ["BAD_DEBT", "SETTLE", "SETTLED"],
] as const satisfies ReadonlyArray<readonly [LoanProjectStatus, LoanProjectEventType, LoanProjectStatus]>;

const passing: MachineSpec<LoanProjectStatus, LoanProjectEventType, Ctx, Ev>["passing"] = {
  SUBMIT: { context: { companyStatus: "NORMAL", requiredFieldsValid: true }, event: { type: "SUBMIT" } },
  WITHDRAW: { context: {}, event: { type: "WITHDRAW" } },
  PASS_PRELIMINARY: { context: {}, event: { type: "PASS_PRELIMINARY" } },
  RETURN_FOR_REVISION: { context: {}, event: { type: "RETURN_FOR_REVISION", reason: "Purpose too vague" } },
  REJECT: { context: {}, event: { type: "REJECT", reason: "Fake licence" } },
  PUBLISH: { context: { actorId: "sup-1", passedById: "cs-1" }, event: { type: "PUBLISH" } },
  FILL: { context: { fundedFen: 100_000_00n, amountFen: 100_000_00n }, event: { type: "FILL" } },
  REOPEN: { context: { fundedFen: 99_000_00n, amountFen: 100_000_00n }, event: { type: "REOPEN" } },
  EXPIRE: { context: { now: afterDeadline, fundraisingDeadline: deadline }, event: { type: "EXPIRE" } },
  CANCEL: { context: {}, event: { type: "CANCEL", reason: "Company asked" } },
  APPROVE_DISBURSEMENT: { context: { allInvestmentsConfirmed: true }, event: { type: "APPROVE_DISBURSEMENT" } },
  REJECT_DISBURSEMENT: { context: {}, event: { type: "REJECT_DISBURSEMENT" } },
  CONFIRM_DISBURSED: { context: {}, event: { type: "CONFIRM_DISBURSED", externalSerial: "GW-20260301-0001" } },
  MARK_OVERDUE: { context: { hasOverdueInstalments: true }, event: { type: "MARK_OVERDUE" } },
  CURE: { context: { hasOverdueInstalments: false }, event: { type: "CURE" } },
  DECLARE_BAD_DEBT: { context: { daysOverdue: 90 }, event: { type: "DECLARE_BAD_DEBT" } },
  SETTLE: { context: { remainingDueFen: 0n }, event: { type: "SETTLE" } },
};

const spec: MachineSpec<LoanProjectStatus, LoanProjectEventType, Ctx, Ev> = {
  machine: loanProjectMachine,
  statuses: LoanProjectStatuses,
  events: LoanProjectEvents,
  initial: "DRAFT",
  finals: ["REJECTED", "WITHDRAWN", "FAILED", "SETTLED"],
  meta: loanProjectEventMeta,
  apply: applyLoanProjectEvent,
  passing,
  transitions,
};

const reasonCases = (from: LoanProjectStatus, type: "RETURN_FOR_REVISION" | "REJECT"): GuardCase<LoanProjectStatus, Ctx, Ev> => ({
  guard: "reasonGiven",
  from,
  passing: passing[type],
  failing: [
    { why: "the reason is empty", context: {}, event: { type, reason: "" } },
    { why: "the reason is only spaces", context: {}, event: { type, reason: " \u3000 " } },
  ],
});

const settleCase = (from: LoanProjectStatus): GuardCase<LoanProjectStatus, Ctx, Ev> => ({
  guard: "nothingRemainingDue",
  from,
  passing: passing.SETTLE,
  failing: [
    { why: "one fen is still due", context: { remainingDueFen: 1n }, event: { type: "SETTLE" } },
    { why: "the amount due is unknown", context: {}, event: { type: "SETTLE" } },
  ],
});

const guardCases: GuardCase<LoanProjectStatus, Ctx, Ev>[] = [
  {
    guard: "companyMayBorrowAndFieldsValid",
    from: "DRAFT",
    passing: passing.SUBMIT,
    failing: [
      { why: "the company is on WATCH", context: { companyStatus: "WATCH", requiredFieldsValid: true }, event: { type: "SUBMIT" } },
      { why: "the company is BLACKLISTed", context: { companyStatus: "BLACKLIST", requiredFieldsValid: true }, event: { type: "SUBMIT" } },
      { why: "the company is INVALID", context: { companyStatus: "INVALID", requiredFieldsValid: true }, event: { type: "SUBMIT" } },
      { why: "required fields are invalid", context: { companyStatus: "NORMAL", requiredFieldsValid: false }, event: { type: "SUBMIT" } },
      { why: "the company status is unknown", context: { requiredFieldsValid: true }, event: { type: "SUBMIT" } },
      { why: "field validity is unknown", context: { companyStatus: "GOOD" }, event: { type: "SUBMIT" } },
    ],
  },
  {
    guard: "companyMayBorrowAndFieldsValid",
    from: "DRAFT",
    passing: { context: { companyStatus: "GOOD", requiredFieldsValid: true }, event: { type: "SUBMIT" } },
    failing: [],
  },
  reasonCases("PENDING_PRELIMINARY_REVIEW", "RETURN_FOR_REVISION"),
  reasonCases("PENDING_FINAL_REVIEW", "RETURN_FOR_REVISION"),
  reasonCases("PENDING_PRELIMINARY_REVIEW", "REJECT"),
  reasonCases("PENDING_FINAL_REVIEW", "REJECT"),
  {
    guard: "publisherDidNotPassIt",
    from: "PENDING_FINAL_REVIEW",
    passing: passing.PUBLISH,
    failing: [
      { why: "the publisher passed it", context: { actorId: "staff-1", passedById: "staff-1" }, event: { type: "PUBLISH" } },
      { why: "nobody is recorded as passing it", context: { actorId: "sup-1", passedById: null }, event: { type: "PUBLISH" } },
      { why: "the actor is unknown", context: { passedById: "cs-1" }, event: { type: "PUBLISH" } },
      { why: "the actor id is blank", context: { actorId: "", passedById: "cs-1" }, event: { type: "PUBLISH" } },
    ],
  },
  {
    guard: "fullyFunded",
    from: "FUNDRAISING",
    passing: passing.FILL,
    failing: [
      { why: "one fen is missing", context: { fundedFen: 100_000_00n - 1n, amountFen: 100_000_00n }, event: { type: "FILL" } },
      { why: "the amounts are unknown", context: {}, event: { type: "FILL" } },
    ],
  },
  {
    guard: "underFunded",
    from: "FULLY_FUNDED",
    passing: passing.REOPEN,
    failing: [
      { why: "it is still full", context: { fundedFen: 100_000_00n, amountFen: 100_000_00n }, event: { type: "REOPEN" } },
      { why: "the amounts are unknown", context: { amountFen: 100_000_00n }, event: { type: "REOPEN" } },
    ],
  },
  {
    guard: "deadlinePassed",
    from: "FUNDRAISING",
    passing: passing.EXPIRE,
    failing: [
      { why: "the deadline is still ahead", context: { now: beforeDeadline, fundraisingDeadline: deadline }, event: { type: "EXPIRE" } },
      { why: "there is no deadline", context: { now: afterDeadline, fundraisingDeadline: null }, event: { type: "EXPIRE" } },
      { why: "the time is unknown", context: { fundraisingDeadline: deadline }, event: { type: "EXPIRE" } },
    ],
  },
  {
    guard: "deadlinePassed",
    from: "FUNDRAISING",
    passing: { context: { now: deadline, fundraisingDeadline: deadline }, event: { type: "EXPIRE" } },
    failing: [],
  },
  {
    guard: "allInvestmentsConfirmed",
    from: "FULLY_FUNDED",
    passing: passing.APPROVE_DISBURSEMENT,
    failing: [
      { why: "one is unconfirmed", context: { allInvestmentsConfirmed: false }, event: { type: "APPROVE_DISBURSEMENT" } },
      { why: "it is unknown", context: {}, event: { type: "APPROVE_DISBURSEMENT" } },
    ],
  },
  {
    guard: "externalSerialGiven",
    from: "DISBURSING",
    passing: passing.CONFIRM_DISBURSED,
    failing: [
      { why: "the serial is empty", context: {}, event: { type: "CONFIRM_DISBURSED", externalSerial: "" } },
      { why: "the serial is blank", context: {}, event: { type: "CONFIRM_DISBURSED", externalSerial: "   " } },
    ],
  },
  {
    guard: "hasOverdueInstalments",
    from: "REPAYING",
    passing: passing.MARK_OVERDUE,
    failing: [
      { why: "nothing is overdue", context: { hasOverdueInstalments: false }, event: { type: "MARK_OVERDUE" } },
      { why: "it is unknown", context: {}, event: { type: "MARK_OVERDUE" } },
    ],
  },
  {
    guard: "noOverdueInstalments",
    from: "OVERDUE",
    passing: passing.CURE,
    failing: [
      { why: "something is still overdue", context: { hasOverdueInstalments: true }, event: { type: "CURE" } },
      { why: "it is unknown", context: {}, event: { type: "CURE" } },
    ],
  },
  {
    guard: "overdueLongEnoughForBadDebt",
    from: "OVERDUE",
    passing: passing.DECLARE_BAD_DEBT,
    failing: [
      { why: "only 89 days overdue", context: { daysOverdue: 89 }, event: { type: "DECLARE_BAD_DEBT" } },
      { why: "days overdue unknown", context: {}, event: { type: "DECLARE_BAD_DEBT" } },
    ],
  },
  settleCase("REPAYING"),
  settleCase("OVERDUE"),
  settleCase("BAD_DEBT"),
];

describe("loanProject machine", () => {
  checkMachineShape(spec);
  describe("every status × event", () => checkEveryPair(spec));
  describe("guards", () => checkGuards(spec, guardCases));
});
