import type { EntityType, ReviewRequest } from "@/lib/generated/prisma/client";
import type { Clock } from "@/lib/server/clock";
import type { Tx } from "@/lib/server/db/types";
import type { EntityTypes, EventTypeOf, TransitionResult } from "@/lib/server/transitions";

/**
 * What deciding a review request does beyond the target's transition, for one target entity and event.
 * Declared by the target's feature (e.g. lib/server/companies/activation-approval.ts), collected in
 * lib/server/lifecycle/approval-handlers.ts and run by approveReviewRequest / rejectReviewRequest inside the
 * decision's transaction: throwing rolls the whole decision back and the request stays PENDING.
 */
export interface ApprovalHandler<E extends EntityType> {
  /** Column changes written with the target's new status, e.g. { activatedAt } for COMPANY ACTIVATE. */
  targetData?(request: ReviewRequest, now: Date): EntityTypes[E]["data"];
  /** The change's consequences after the target's transition, e.g. refunding a cancelled project's investors. */
  approved?(tx: Tx, approved: { request: ReviewRequest; target: TransitionResult<E> }): Promise<void>;
  /** A refusal's consequences (the target is not transitioned), e.g. sending documents back to the company. */
  rejected?(tx: Tx, request: ReviewRequest): Promise<void>;
}

/** Per target entity, per maker-checker event: its handler, if the change does more than move the status. */
export type ApprovalHandlers = {
  readonly [E in EntityType]?: { readonly [T in EventTypeOf<E>]?: ApprovalHandler<E> };
};

/** The handler of a request's target and action, or none. */
export function approvalHandlerOf(handlers: ApprovalHandlers, request: Pick<ReviewRequest, "targetType" | "action">) {
  const byEvent: Readonly<Record<string, ApprovalHandler<EntityType>>> = handlers[request.targetType] ?? {};
  return Object.hasOwn(byEvent, request.action) ? byEvent[request.action] : undefined;
}

/** How a decision runs: the features' handlers (lib/server/lifecycle's by default) and the clock of `decidedAt`. */
export interface DecisionOptions {
  handlers?: ApprovalHandlers;
  clock?: Clock;
}
