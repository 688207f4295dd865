import type { Actor } from "@/lib/domain/permissions";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { APPROVAL_HANDLERS, applyTransition } from "@/lib/server/lifecycle";
import { approvalHandlerOf, type DecisionOptions } from "./approval-handlers";
import { requireText } from "./shared";

export interface RejectReviewRequestInput {
  checker: Actor;
  requestId: string;
  /** Required: the maker reads why. */
  decisionReason: string;
}

/**
 * PENDING → REJECTED; the target's status is not touched, the handler's `rejected` consequences run in the same
 * transaction (`handlers`: the features' maker-checker handlers). Reason required (VALIDATION). Only a supervisor (FORBIDDEN),
 * never the maker (SELF_APPROVAL): the transition service checks both (lib/domain/permissions/review-request.ts).
 */
export async function rejectReviewRequest(
  db: DbOrTx,
  input: RejectReviewRequestInput,
  { handlers = APPROVAL_HANDLERS, clock = getClock() }: DecisionOptions = {},
): Promise<ReviewRequest> {
  const decisionReason = requireText(input.decisionReason, "decisionReason");
  return withTransaction(db, async (tx) => {
    const pending = await tx.reviewRequest.findUnique({ where: { id: input.requestId } });
    if (!pending) throw new DomainError("NOT_FOUND", "Review request not found", {}, { entity: "REVIEW_REQUEST" });
    await applyTransition(tx, {
      entity: "REVIEW_REQUEST",
      id: pending.id,
      event: "REJECT",
      actor: input.checker,
      reason: decisionReason,
      data: { checkerId: input.checker.id, decisionReason, decidedAt: clock.now() },
      auditData: { targetType: pending.targetType, targetId: pending.targetId, action: pending.action },
    });
    const rejected = await tx.reviewRequest.findUniqueOrThrow({ where: { id: pending.id } });
    await approvalHandlerOf(handlers, rejected)?.rejected?.(tx, rejected);
    return rejected;
  });
}
