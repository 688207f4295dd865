import type { ReconciliationResolutionType } from "@/lib/domain/machines/reconciliation-difference";
import type { Actor } from "@/lib/domain/permissions";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { createReviewRequest } from "@/lib/server/review-requests";

export interface RequestResolutionInput {
  /** Customer service opening the request. */
  maker: Actor;
  differenceId: string;
  resolution: ReconciliationResolutionType;
  /** CORRECT_SERIAL: { newSerial }; EXPLAIN: { note }; APPLY_PAYMENT and POST_CORRECTION: nothing. */
  payload?: { newSerial?: string; note?: string };
  /** Why: shown to the supervisor. */
  reason: string;
}

/**
 * Customer service asks a supervisor to resolve a reconciliation difference (maker-checker; the approval runs
 * ./resolution-approval.ts). The machine's guards refuse at once what cannot apply (GUARD_FAILED: APPLY_PAYMENT
 * of a line naming no deposit order, CORRECT_SERIAL of a difference not about an outflow or without a serial,
 * EXPLAIN without a note; TRANSITION_NOT_ALLOWED: already resolved). Other refusals as createReviewRequest's:
 * FORBIDDEN, VALIDATION (no reason), DUPLICATE_PENDING_REQUEST; NOT_FOUND for an unknown difference.
 */
export async function requestResolution(db: DbOrTx, input: RequestResolutionInput): Promise<ReviewRequest> {
  const payload: Record<string, unknown> = {};
  if (input.resolution === "CORRECT_SERIAL") payload.newSerial = (input.payload?.newSerial ?? "").trim();
  if (input.resolution === "EXPLAIN") payload.note = (input.payload?.note ?? "").trim();
  const exists = await db.reconciliationDifference.findUnique({ where: { id: input.differenceId }, select: { id: true } });
  if (!exists) throw new DomainError("NOT_FOUND", "Reconciliation difference not found", {}, { entity: "RECONCILIATION_DIFFERENCE" });
  return createReviewRequest(db, {
    maker: input.maker,
    targetType: "RECONCILIATION_DIFFERENCE",
    targetId: input.differenceId,
    action: input.resolution,
    payload: Object.keys(payload).length > 0 ? payload : undefined,
    reason: input.reason,
  });
}
