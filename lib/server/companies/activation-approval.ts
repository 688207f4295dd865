import type { ApprovalHandlers } from "@/lib/server/review-requests/approval-handlers";

/**
 * Company review requests (企业认证, DESIGN §4): an approved activation stamps the activation time and clears
 * the last refusal's comment with the status; a refused one goes back to the company with the supervisor's
 * reason (its profile reopens for corrections), in the same transaction as the decision.
 */
export const companyApprovalHandlers: ApprovalHandlers["COMPANY"] = {
  ACTIVATE: {
    targetData: (_request, now) => ({ activatedAt: now, verificationComment: null }),
    rejected: async (tx, request) => {
      await tx.company.updateMany({
        where: { id: request.targetId, status: "INVALID" },
        data: { profileCompletedAt: null, verificationComment: request.decisionReason },
      });
    },
  },
};
