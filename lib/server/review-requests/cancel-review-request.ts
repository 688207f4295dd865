import type { Actor } from "@/lib/domain/permissions";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { decideRequest } from "./decide-request";

export interface CancelReviewRequestInput {
  /** Must be the request's maker (FORBIDDEN otherwise). */
  actor: Actor;
  requestId: string;
  reason?: string;
}

/** PENDING → CANCELLED by its maker; TRANSITION_NOT_ALLOWED once decided. */
export async function cancelReviewRequest(db: DbOrTx, input: CancelReviewRequestInput): Promise<ReviewRequest> {
  return withTransaction(db, async (tx) => {
    const pending = await decideRequest(tx, input.requestId, "CANCEL", input.actor, input.reason?.trim() || undefined, {
      decidedAt: getClock().now(),
    });
    return tx.reviewRequest.findUniqueOrThrow({ where: { id: pending.id } });
  });
}
