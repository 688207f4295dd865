import type { Actor } from "@/lib/domain/permissions";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyOutflow } from "@/lib/server/notifications/events";
import type { TransitionResult } from "@/lib/server/transitions";

/**
 * A supervisor approves a REQUESTED outflow (APPROVE): it waits for customer service to transfer it. The
 * decision's person and time are written with the status; history and audit rows by the transition service.
 * No money moves (it stays frozen). FORBIDDEN for anyone but a supervisor; TRANSITION_NOT_ALLOWED or
 * STALE_STATE when it was decided already.
 */
export async function approveOutflow(
  db: DbOrTx,
  actor: Actor,
  outflowId: string,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<TransitionResult<"OUTFLOW">> {
  return withTransaction(db, async (tx) => {
    const result = await applyTransition(tx, {
      entity: "OUTFLOW",
      id: outflowId,
      event: "APPROVE",
      actor,
      data: { decidedById: actor.id, decidedAt: clock.now() },
    });
    await notifyOutflow(tx, outflowId, "APPROVED", clock.now());
    return result;
  });
}
