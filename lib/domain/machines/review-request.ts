import { setup } from "xstate";
import { type ApplyEventResult, applyEvent } from "./apply-event";
import { by, type EventMetaTable } from "./event-meta";
import type { EventUnion } from "./event-union";
import { isNonBlank } from "./payload-checks";

/**
 * Review request (审批单), the maker-checker object behind every event whose EventMeta says makerChecker.
 * Names are the Prisma `ReviewStatus` values. Approving applies the target's event in the same transaction.
 */
export const ReviewRequestStatuses = ["PENDING", "APPROVED", "REJECTED", "CANCELLED"] as const;
export type ReviewRequestStatus = (typeof ReviewRequestStatuses)[number];

export const ReviewRequestEvents = ["APPROVE", "REJECT", "CANCEL"] as const;
export type ReviewRequestEventType = (typeof ReviewRequestEvents)[number];

export type ReviewRequestEvent = EventUnion<ReviewRequestEventType>;

/**
 * | Event | Reads |
 * |---|---|
 * | APPROVE, REJECT | makerId, actorId (must differ) |
 * | CANCEL | makerId, actorId (must be equal) |
 */
export interface ReviewRequestContext {
  /** The CS who opened the request (ReviewRequest.makerId). */
  readonly makerId?: string;
  /** The staff member deciding now. */
  readonly actorId?: string;
}

function knownActors(context: ReviewRequestContext): context is Required<ReviewRequestContext> {
  return isNonBlank(context.makerId) && isNonBlank(context.actorId);
}

export const reviewRequestMachine = setup({
  types: {
    context: {} as ReviewRequestContext,
    events: {} as ReviewRequestEvent,
  },
  guards: {
    // A supervisor never decides a request they made (the database enforces it too).
    checkerIsNotMaker: ({ context }) => knownActors(context) && context.actorId !== context.makerId,
    actorIsMaker: ({ context }) => knownActors(context) && context.actorId === context.makerId,
  },
}).createMachine({
  id: "reviewRequest",
  initial: "PENDING",
  states: {
    PENDING: {
      description: "待审批 Waiting for a supervisor",
      on: {
        APPROVE: { target: "APPROVED", guard: "checkerIsNotMaker" },
        REJECT: { target: "REJECTED", guard: "checkerIsNotMaker" },
        CANCEL: { target: "CANCELLED", guard: "actorIsMaker" },
      },
    },
    APPROVED: { type: "final", description: "已批准 The change was applied" },
    REJECTED: { type: "final", description: "已驳回 Refused by the supervisor" },
    CANCELLED: { type: "final", description: "已撤销 Withdrawn by its maker" },
  },
});

export const reviewRequestEventMeta: EventMetaTable<ReviewRequestEventType> = {
  APPROVE: by("SUPERVISOR"),
  REJECT: by("SUPERVISOR"),
  CANCEL: by("CUSTOMER_SERVICE"),
};

export function applyReviewRequestEvent(
  status: ReviewRequestStatus,
  context: ReviewRequestContext,
  event: ReviewRequestEvent,
): ApplyEventResult<ReviewRequestStatus> {
  return applyEvent(reviewRequestMachine, status, context, event);
}
