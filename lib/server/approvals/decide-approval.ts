import type { Actor } from "@/lib/domain/permissions";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { approveReviewRequest, rejectReviewRequest } from "@/lib/server/review-requests";

/** Column changes that go with an approved change, written in the same transaction as the status. */
function targetDataFor(request: { targetType: string; action: string }, now: Date) {
  if (request.targetType === "COMPANY" && request.action === "ACTIVATE") return { activatedAt: now, verificationComment: null };
  return undefined;
}

export async function approvePendingRequest(db: Db, checker: Actor, requestId: string, decisionReason?: string) {
  const request = await db.reviewRequest.findUnique({ where: { id: requestId }, select: { targetType: true, action: true } });
  return approveReviewRequest(db, {
    checker,
    requestId,
    decisionReason,
    targetData: request ? targetDataFor(request, getClock().now()) : undefined,
  });
}

/**
 * A refused activation goes back to the company with the supervisor's reason, in the same transaction, so
 * the company can correct its documents and submit again.
 */
export async function rejectPendingRequest(db: Db, checker: Actor, requestId: string, decisionReason: string) {
  return withTransaction(db, async (tx) => {
    const rejected = await rejectReviewRequest(tx, { checker, requestId, decisionReason });
    if (rejected.targetType === "COMPANY" && rejected.action === "ACTIVATE") {
      await tx.company.updateMany({
        where: { id: rejected.targetId, status: "INVALID" },
        data: { profileCompletedAt: null, verificationComment: decisionReason },
      });
    }
    return rejected;
  });
}
