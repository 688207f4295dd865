import type { Actor } from "@/lib/domain/permissions";
import type { EntityType, Prisma, ReviewRequest } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { planTransition } from "@/lib/server/lifecycle";
import { type ContextOf, type EventOf, type EventTypeOf, isUniqueViolationOf } from "@/lib/server/transitions";
import { requireText } from "./shared";

export interface CreateReviewRequestInput<E extends EntityType> {
  /** The customer-service member opening the request. */
  maker: Actor;
  targetType: E;
  targetId: string;
  /** The target machine's event the approval applies; must be a maker-checker event (EventMeta.makerChecker). */
  action: EventTypeOf<E>;
  /** Extra event fields merged into the event when it is applied (stored as JSON). */
  payload?: Record<string, unknown>;
  /** Why: shown to the supervisor, and the reason on the target's history row when approved. */
  reason: string;
  /** Guard facts the database cannot give (as for applyTransition), for the up-front check. */
  context?: Partial<ContextOf<E>>;
}

/**
 * Opens a PENDING maker-checker request. Reason required (VALIDATION); the maker must be one the event's
 * metadata names (FORBIDDEN) and the action a maker-checker event of the target's machine (VALIDATION),
 * both checked by planTransition's "request" mode (lib/domain/permissions); the action must be possible
 * right now (TRANSITION_NOT_ALLOWED / GUARD_FAILED, from a dry run of the machine, so staff see at once
 * why it cannot be done); one PENDING request per target and action (DUPLICATE_PENDING_REQUEST, checked
 * first and backed by a partial unique index for races). Writes a history row (from "" to PENDING,
 * event CREATE) and an audit row.
 */
export async function createReviewRequest<E extends EntityType>(db: DbOrTx, input: CreateReviewRequestInput<E>): Promise<ReviewRequest> {
  const reason = requireText(input.reason, "reason");
  return withTransaction(db, async (tx) => {
    await planTransition(
      tx,
      {
        entity: input.targetType,
        id: input.targetId,
        event: { ...input.payload, type: input.action } as EventOf<E>,
        actor: input.maker,
        reason,
        context: input.context,
      },
      "request",
    );

    const where = { targetType: input.targetType, targetId: input.targetId, action: input.action, status: "PENDING" as const };
    if (await tx.reviewRequest.findFirst({ where, select: { id: true } })) throw duplicate(input);

    let request: ReviewRequest;
    try {
      request = await tx.reviewRequest.create({
        data: {
          targetType: input.targetType,
          targetId: input.targetId,
          action: input.action,
          payload: input.payload === undefined ? undefined : (input.payload as Prisma.InputJsonValue),
          reason,
          makerId: input.maker.id,
        },
      });
    } catch (error) {
      // A concurrent request won the race (the statement failed, so this transaction is over).
      if (isUniqueViolationOf(error, "ReviewRequest_one_pending_per_target_action")) {
        throw duplicate(input);
      }
      throw error;
    }

    await tx.statusHistory.create({
      data: {
        entityType: "REVIEW_REQUEST",
        entityId: request.id,
        fromStatus: "",
        toStatus: "PENDING",
        event: "CREATE",
        actorId: input.maker.id,
        reason,
      },
    });
    await writeAudit(tx, {
      actorId: input.maker.id,
      action: "REVIEW_REQUEST.CREATE",
      targetType: "REVIEW_REQUEST",
      targetId: request.id,
      data: { targetType: input.targetType, targetId: input.targetId, action: input.action, reason, payload: input.payload },
    });
    return request;
  });
}

const duplicate = (input: { targetType: EntityType; targetId: string; action: string }) =>
  new DomainError(
    "DUPLICATE_PENDING_REQUEST",
    "A request for this is already pending",
    {},
    {
      entity: input.targetType,
      targetId: input.targetId,
      event: input.action,
    },
  );
