import type { Actor } from "@/lib/domain/permissions";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyInvestment } from "@/lib/server/notifications/events";
import { releaseInvestment } from "./release-investment";

/**
 * The investor withdraws their own PENDING investment (CANCEL): unfrozen, the amount back on the project,
 * a FULLY_FUNDED project reopened if its deadline has not passed (releaseInvestment). Someone else's
 * investment is NOT_FOUND; one no longer PENDING is TRANSITION_NOT_ALLOWED, or STALE_STATE when customer
 * service decided it at the same moment. Returns { reopened }.
 */
export async function cancelInvestment(db: Db, actor: Actor, investmentId: string, { clock = getClock() }: { clock?: Clock } = {}) {
  const now = clock.now();
  return withTransaction(db, async (tx) => {
    const investment = await tx.investment.findUnique({ where: { id: investmentId } });
    if (!investment || investment.investorId !== actor.id) throw notFound();
    await applyTransition(tx, { entity: "INVESTMENT", id: investmentId, event: "CANCEL", actor });
    await notifyInvestment(tx, investmentId, "INVESTMENT_CANCELLED", now);
    return releaseInvestment(tx, investment, now);
  });
}
