import { getClock } from "@/lib/server/clock";
import { notifyOutflow } from "@/lib/server/notifications/events";
import type { ApprovalHandlers } from "@/lib/server/review-requests/approval-handlers";
import { runKindHandler } from "./outflow-change";

/**
 * Outflow review requests: an approved FAIL keeps the maker's reason on the outflow (the user sees why) and
 * has the kind's handler give the money back (a withdrawal: frozen → available, or back from the gateway
 * when the transfer had been recorded), in the approval's transaction.
 */
export const outflowApprovalHandlers: ApprovalHandlers["OUTFLOW"] = {
  FAIL: {
    targetData: (request) => ({ reason: request.reason }),
    approved: async (tx, { request }) => {
      // Approving sets the checker before this runs (approveReviewRequest); the handler acts as that supervisor.
      if (!request.checkerId) throw new Error(`review request ${request.id} approved without a checker`);
      await runKindHandler(tx, request.targetId, "released", { id: request.checkerId, role: "SUPERVISOR" });
      await notifyOutflow(tx, request.targetId, "FAILED", getClock().now());
    },
  },
};
