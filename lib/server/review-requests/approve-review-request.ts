import type { Actor } from "@/lib/domain/permissions";
import type { EntityType, ReviewRequest } from "@/lib/generated/prisma/client";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { APPROVAL_HANDLERS, applyTransition } from "@/lib/server/lifecycle";
import { notifyReviewDecision } from "@/lib/server/notifications/events";
import type { ContextOf, EventOf, TransitionResult } from "@/lib/server/transitions";
import { approvalHandlerOf, type DecisionOptions } from "./approval-handlers";
import { decideRequest } from "./decide-request";

export interface ApproveReviewRequestInput {
  /** The supervisor deciding; never the request's maker. */
  checker: Actor;
  requestId: string;
  decisionReason?: string;
  /** Guard facts the database cannot give for the target event (as for applyTransition). */
  context?: Partial<ContextOf<EntityType>>;
}

export interface ApprovedReviewRequest {
  request: ReviewRequest;
  target: TransitionResult<EntityType>;
}

/**
 * Approves a PENDING request and applies its change, all in ONE transaction: the request goes
 * PENDING → APPROVED (conditional on its status), the target's event is applied by the generic transition
 * service with actor = checker and reason = the request's reason (with the handler's targetData columns), then
 * the handler's `approved` consequences run (`handlers`: the features' maker-checker handlers). If anything fails
 * (target no longer in a state that allows the event, a guard, a concurrent decision…) the whole
 * approval rolls back with that error and the request stays PENDING.
 * Only SUPERVISOR (FORBIDDEN); checker ≠ maker (SELF_APPROVAL): checked by the transition service
 * (lib/domain/permissions/review-request.ts), the machine guard and a database CHECK.
 */
export async function approveReviewRequest(
  db: DbOrTx,
  input: ApproveReviewRequestInput,
  { handlers = APPROVAL_HANDLERS, clock = getClock() }: DecisionOptions = {},
): Promise<ApprovedReviewRequest> {
  return withTransaction(db, async (tx) => {
    const decisionReason = input.decisionReason?.trim() || null;
    const pending = await decideRequest(tx, input.requestId, "APPROVE", input.checker, decisionReason ?? undefined, {
      checkerId: input.checker.id,
      decisionReason,
      decidedAt: clock.now(),
    });
    const handler = approvalHandlerOf(handlers, pending);

    const target = await applyTransition(tx, {
      entity: pending.targetType,
      id: pending.targetId,
      event: storedEvent(pending),
      actor: input.checker,
      reason: pending.reason,
      context: input.context,
      data: handler?.targetData?.(pending, clock.now()),
      reviewRequestId: pending.id,
    });

    const request = await tx.reviewRequest.findUniqueOrThrow({ where: { id: pending.id } });
    await handler?.approved?.(tx, { request, target });
    await notifyReviewDecision(tx, request.id, clock.now());
    return { request, target };
  });
}

/**
 * The target's event as the request stored it: its action and payload were checked against the target's machine
 * when the request was opened (createReviewRequest's dry run), so the stored JSON is one of that machine's events;
 * the machine checks it again when the event is applied.
 */
function storedEvent(pending: ReviewRequest): EventOf<EntityType> {
  const payload = isObject(pending.payload) ? pending.payload : {};
  return { ...payload, type: pending.action } as EventOf<EntityType>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
