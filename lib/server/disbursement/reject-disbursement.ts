import type { Actor } from "@/lib/domain/permissions";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { applyTransition } from "@/lib/server/lifecycle";
import { requireText } from "@/lib/server/review-requests/shared";
import { type RefundResult, refundFailedProject } from "./refund-failed-project";

/**
 * The supervisor refuses the full-subscription review: FULLY_FUNDED → FAILED (REJECT_DISBURSEMENT, the reason
 * on the history row and shown to the company), and every investment refunded in the same transaction
 * (refundFailedProject: bulk REFUND, one REFUND entry). Throws VALIDATION without a reason, and the
 * transition's refusals (FORBIDDEN, TRANSITION_NOT_ALLOWED).
 */
export async function rejectDisbursement(db: Db, actor: Actor, projectId: string, reason: string): Promise<RefundResult> {
  const text = requireText(reason, "reason");
  return withTransaction(db, async (tx) => {
    await applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id: projectId,
      event: "REJECT_DISBURSEMENT",
      actor,
      reason: text,
      lockRow: true,
      data: { lastReviewComment: text },
    });
    return refundFailedProject(tx, projectId, text);
  });
}
