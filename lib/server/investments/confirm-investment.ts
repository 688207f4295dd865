import type { Actor } from "@/lib/domain/permissions";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyInvestment } from "@/lib/server/notifications/events";

/**
 * Customer service confirms a PENDING investment (投资请求审核, CONFIRM): it stays frozen and counts towards
 * the project until the payout. Who decided and when are stored; the transition writes the history and audit
 * rows. Errors: NOT_FOUND, FORBIDDEN (not customer service), TRANSITION_NOT_ALLOWED (already decided),
 * STALE_STATE (decided or cancelled at the same moment), GUARD_FAILED (the investor is not verified).
 */
export async function confirmInvestment(db: Db, actor: Actor, investmentId: string, { clock = getClock() }: { clock?: Clock } = {}) {
  const now = clock.now();
  return withTransaction(db, async (tx) => {
    if (!(await tx.investment.findUnique({ where: { id: investmentId }, select: { id: true } }))) throw notFound();
    const result = await applyTransition(tx, {
      entity: "INVESTMENT",
      id: investmentId,
      event: "CONFIRM",
      actor,
      data: { decidedById: actor.id, decidedAt: now },
    });
    await notifyInvestment(tx, investmentId, "INVESTMENT_CONFIRMED", now);
    return result;
  });
}
