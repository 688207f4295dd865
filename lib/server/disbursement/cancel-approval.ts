import type { ApprovalHandlers } from "@/lib/server/review-requests/approval-handlers";
import { refundFailedProject } from "./refund-failed-project";

/**
 * An approved LOAN_PROJECT CANCEL fails the project (the review-request service applies FUNDRAISING → FAILED)
 * and, in the same transaction, refunds every investment as the expiry job does (refundFailedProject), with
 * the request's reason on the investments' history rows.
 * Its own file, importing nothing that reaches the review-request services: lib/server/lifecycle lists it, and
 * an import cycle through it would leave the list without it.
 */
export const loanProjectApprovalHandlers: ApprovalHandlers["LOAN_PROJECT"] = {
  CANCEL: {
    approved: async (tx, { request }) => {
      await refundFailedProject(tx, request.targetId, request.reason, request.decidedAt ?? undefined);
    },
  },
};
