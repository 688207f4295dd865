import type { Actor } from "@/lib/domain/permissions";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { APPROVAL_HANDLERS } from "@/lib/server/lifecycle";
import { notifyReviewDecision } from "@/lib/server/notifications/events";
import { approvalHandlerOf, type DecisionOptions } from "./approval-handlers";
import { decideRequest } from "./decide-request";
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
    const pending = await decideRequest(tx, input.requestId, "REJECT", input.checker, decisionReason, {
      checkerId: input.checker.id,
      decisionReason,
      decidedAt: clock.now(),
    });
    const rejected = await tx.reviewRequest.findUniqueOrThrow({ where: { id: pending.id } });
    await approvalHandlerOf(handlers, rejected)?.rejected?.(tx, rejected);
    await notifyReviewDecision(tx, rejected.id, clock.now());
    return rejected;
  });
}
