import type { ReviewRequestEventType } from "@/lib/domain/machines/review-request";
import type { Actor } from "@/lib/domain/permissions";
import type { Prisma, ReviewRequest } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { applyTransition } from "@/lib/server/lifecycle";

/**
 * Moves a review request out of PENDING by `event` (APPROVE, REJECT, CANCEL) through the transition service,
 * with `data` written beside the status; the audit row names its target. NOT_FOUND for an unknown id, and
 * the transition service's refusals (FORBIDDEN, SELF_APPROVAL, TRANSITION_NOT_ALLOWED once decided).
 * Returns the request as it was before the change.
 */
export async function decideRequest(
  tx: Tx,
  requestId: string,
  event: ReviewRequestEventType,
  actor: Actor,
  reason: string | undefined,
  data: Prisma.ReviewRequestUncheckedUpdateManyInput,
): Promise<ReviewRequest> {
  const pending = await tx.reviewRequest.findUnique({ where: { id: requestId } });
  if (!pending) throw new DomainError("NOT_FOUND", "Review request not found", {}, { entity: "REVIEW_REQUEST" });
  await applyTransition(tx, {
    entity: "REVIEW_REQUEST",
    id: pending.id,
    event,
    actor,
    reason,
    data,
    auditData: { targetType: pending.targetType, targetId: pending.targetId, action: pending.action },
  });
  return pending;
}
