import type { Actor } from "@/lib/domain/permissions";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";
import { createReviewRequest } from "@/lib/server/review-requests";

/**
 * Customer service asks a supervisor to mark an outflow failed (FAIL, maker-checker): the transfer could not
 * be made, or it bounced after TRANSFERRED. `reason` is required and is what the user is told once approved
 * (see ./fail-approval.ts: the reserved or returned money goes back to the user). Refusals as
 * createReviewRequest's: FORBIDDEN, TRANSITION_NOT_ALLOWED (not APPROVED or TRANSFERRED), VALIDATION (no
 * reason), DUPLICATE_PENDING_REQUEST.
 */
export function requestOutflowFailure(db: DbOrTx, maker: Actor, outflowId: string, reason: string): Promise<ReviewRequest> {
  return createReviewRequest(db, { maker, targetType: "OUTFLOW", targetId: outflowId, action: "FAIL", reason });
}
