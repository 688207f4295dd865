import type { Actor } from "@/lib/domain/permissions";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import type { ApprovalHandlers } from "@/lib/server/review-requests/approval-handlers";
import { createReviewRequest } from "@/lib/server/review-requests/create-review-request";
import { refundFailedProject } from "./refund-failed-project";

/**
 * Customer service asks to cancel a FUNDRAISING project (流标 by decision, e.g. the company withdrew its need):
 * a PENDING review request for LOAN_PROJECT CANCEL that a supervisor approves or rejects. Throws as
 * createReviewRequest does (VALIDATION without a reason, FORBIDDEN for anyone but CS,
 * TRANSITION_NOT_ALLOWED unless the project is FUNDRAISING, DUPLICATE_PENDING_REQUEST).
 */
export function requestProjectCancel(db: Db, actor: Actor, projectId: string, reason: string): Promise<ReviewRequest> {
  return createReviewRequest(db, { maker: actor, targetType: "LOAN_PROJECT", targetId: projectId, action: "CANCEL", reason });
}

/**
 * An approved CANCEL fails the project (the review-request service applies FUNDRAISING → FAILED) and, in the
 * same transaction, refunds every investment as the expiry job does (refundFailedProject), with the
 * request's reason on the investments' history rows.
 */
export const loanProjectApprovalHandlers: ApprovalHandlers["LOAN_PROJECT"] = {
  CANCEL: {
    approved: async (tx, { request }) => {
      await refundFailedProject(tx, request.targetId, request.reason);
    },
  },
};
