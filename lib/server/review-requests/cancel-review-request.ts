import type { Actor } from "@/lib/domain/permissions";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { applyTransition } from "@/lib/server/lifecycle";

export interface CancelReviewRequestInput {
  /** Must be the request's maker (FORBIDDEN otherwise). */
  actor: Actor;
  requestId: string;
  reason?: string;
}

/** PENDING → CANCELLED by its maker; TRANSITION_NOT_ALLOWED once decided. */
export async function cancelReviewRequest(db: DbOrTx, input: CancelReviewRequestInput): Promise<ReviewRequest> {
  return withTransaction(db, async (tx) => {
    const pending = await tx.reviewRequest.findUnique({ where: { id: input.requestId } });
    if (!pending) throw new DomainError("NOT_FOUND", "Review request not found", {}, { entity: "REVIEW_REQUEST" });
    await applyTransition(tx, {
      entity: "REVIEW_REQUEST",
      id: pending.id,
      event: "CANCEL",
      actor: input.actor,
      reason: input.reason?.trim() || undefined,
      data: { decidedAt: getClock().now() },
      auditData: { targetType: pending.targetType, targetId: pending.targetId, action: pending.action },
    });
    return tx.reviewRequest.findUniqueOrThrow({ where: { id: pending.id } });
  });
}
