import type { Actor } from "@/lib/domain/permissions";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyInvestment } from "@/lib/server/notifications/events";
import { releaseInvestment } from "./release-investment";

/**
 * Customer service rejects a PENDING investment with a reason shown to the investor (REJECT): unfrozen, the
 * amount back on the project, a FULLY_FUNDED project reopened if its deadline has not passed. Errors as
 * confirmInvestment; the reason is required (the schema, and a database CHECK). Returns { reopened }.
 */
export async function rejectInvestment(
  db: Db,
  actor: Actor,
  investmentId: string,
  reason: string,
  { clock = getClock() }: { clock?: Clock } = {},
) {
  const now = clock.now();
  return withTransaction(db, async (tx) => {
    const investment = await tx.investment.findUnique({ where: { id: investmentId } });
    if (!investment) throw notFound();
    await applyTransition(tx, {
      entity: "INVESTMENT",
      id: investmentId,
      event: "REJECT",
      actor,
      reason,
      data: { decidedById: actor.id, decidedAt: now, decisionReason: reason },
    });
    await notifyInvestment(tx, investmentId, "INVESTMENT_REJECTED", now);
    return releaseInvestment(tx, investment, now);
  });
}
