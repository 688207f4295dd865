import type { Actor } from "@/lib/domain/permissions";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyOutflow } from "@/lib/server/notifications/events";
import type { TransitionResult } from "@/lib/server/transitions";
import { runKindHandler } from "./outflow-change";

/**
 * A supervisor rejects a REQUESTED outflow (REJECT) with a reason the user sees (VALIDATION without one); the
 * kind's handler releases the reserved money (a withdrawal: frozen → available) in the same transaction.
 * FORBIDDEN for anyone but a supervisor; TRANSITION_NOT_ALLOWED or STALE_STATE when it was decided already.
 */
export async function rejectOutflow(
  db: DbOrTx,
  actor: Actor,
  outflowId: string,
  reason: string,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<TransitionResult<"OUTFLOW">> {
  const why = reason.trim();
  if (why === "") throw new DomainError("VALIDATION", "a rejection needs a reason", { reason: ["validation.required"] });
  return withTransaction(db, async (tx) => {
    const result = await applyTransition(tx, {
      entity: "OUTFLOW",
      id: outflowId,
      event: "REJECT",
      actor,
      reason: why,
      data: { decidedById: actor.id, decidedAt: clock.now(), reason: why },
    });
    await runKindHandler(tx, outflowId, "released", actor, clock);
    await notifyOutflow(tx, outflowId, "REJECTED", clock.now());
    return result;
  });
}
