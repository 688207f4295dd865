import { type Actor, pendingRequestEvents } from "@/lib/domain/permissions";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { createReviewRequest } from "@/lib/server/review-requests/create-review-request";

/**
 * Customer service asks to cancel a FUNDRAISING project (流标 by decision, e.g. the company no longer needs the
 * loan): a PENDING review request for LOAN_PROJECT CANCEL that a supervisor approves (cancel-approval.ts
 * refunds everyone) or rejects. Throws as createReviewRequest does (VALIDATION without a reason, FORBIDDEN
 * for anyone but CS, TRANSITION_NOT_ALLOWED unless the project is FUNDRAISING, DUPLICATE_PENDING_REQUEST).
 */
export function requestProjectCancel(db: Db, actor: Actor, projectId: string, reason: string): Promise<ReviewRequest> {
  return createReviewRequest(db, { maker: actor, targetType: "LOAN_PROJECT", targetId: projectId, action: "CANCEL", reason });
}

/** The project's maker-checker events with a request still open (the page offers no second request for them). */
export async function pendingProjectRequests(db: Db, projectId: string): Promise<string[]> {
  const requests = await db.reviewRequest.findMany({
    where: { targetType: "LOAN_PROJECT", targetId: projectId },
    select: { action: true, status: true },
  });
  return pendingRequestEvents(requests);
}
