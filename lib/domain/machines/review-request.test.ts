import { describe } from "vitest";
import {
  applyReviewRequestEvent,
  type ReviewRequestContext,
  type ReviewRequestEvent,
  ReviewRequestEvents,
  type ReviewRequestEventType,
  type ReviewRequestStatus,
  ReviewRequestStatuses,
  reviewRequestEventMeta,
  reviewRequestMachine,
} from "./review-request";
import { checkEveryPair, checkGuards, checkMachineShape, type GuardCase, type MachineSpec } from "./testing/machine-spec";

type Ctx = ReviewRequestContext;
type Ev = ReviewRequestEvent;

// Written from DESIGN §5, independently of the machine definition.
const transitions = [
  ["PENDING", "APPROVE", "APPROVED"],
  ["PENDING", "REJECT", "REJECTED"],
  ["PENDING", "CANCEL", "CANCELLED"],
] as const satisfies ReadonlyArray<readonly [ReviewRequestStatus, ReviewRequestEventType, ReviewRequestStatus]>;

const checker = { makerId: "cs-1", actorId: "sup-1" } as const;
const maker = { makerId: "cs-1", actorId: "cs-1" } as const;

const passing: MachineSpec<ReviewRequestStatus, ReviewRequestEventType, Ctx, Ev>["passing"] = {
  APPROVE: { context: checker, event: { type: "APPROVE" } },
  REJECT: { context: checker, event: { type: "REJECT", reason: "Documents expired" } },
  CANCEL: { context: maker, event: { type: "CANCEL" } },
};

const spec: MachineSpec<ReviewRequestStatus, ReviewRequestEventType, Ctx, Ev> = {
  machine: reviewRequestMachine,
  statuses: ReviewRequestStatuses,
  events: ReviewRequestEvents,
  initial: "PENDING",
  finals: ["APPROVED", "REJECTED", "CANCELLED"],
  meta: reviewRequestEventMeta,
  apply: applyReviewRequestEvent,
  passing,
  transitions,
};

const decide = (type: "APPROVE" | "REJECT"): GuardCase<ReviewRequestStatus, Ctx, Ev> => ({
  guard: "checkerIsNotMaker",
  from: "PENDING",
  passing: passing[type],
  failing: [
    { why: "the maker decides their own request", context: maker, event: { type } },
    { why: "the maker is unknown", context: { actorId: "sup-1" }, event: { type } },
    { why: "the checker is unknown", context: { makerId: "cs-1" }, event: { type } },
    { why: "ids are blank", context: { makerId: "", actorId: " " }, event: { type } },
  ],
});

const guardCases: GuardCase<ReviewRequestStatus, Ctx, Ev>[] = [
  decide("APPROVE"),
  decide("REJECT"),
  {
    guard: "actorIsMaker",
    from: "PENDING",
    passing: passing.CANCEL,
    failing: [
      { why: "someone else cancels it", context: checker, event: { type: "CANCEL" } },
      { why: "the actor is unknown", context: { makerId: "cs-1" }, event: { type: "CANCEL" } },
      { why: "both ids are blank", context: { makerId: "", actorId: "" }, event: { type: "CANCEL" } },
    ],
  },
];

describe("reviewRequest machine", () => {
  checkMachineShape(spec);
  describe("every status × event", () => checkEveryPair(spec));
  describe("guards", () => checkGuards(spec, guardCases));
});
