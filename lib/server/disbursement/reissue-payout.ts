import type { Actor } from "@/lib/domain/permissions";
import type { Outflow } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/auth/assert-can";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";
import { companyPayoutCard } from "./company-payout-card";
import { createApprovedPayout } from "./create-approved-payout";

/**
 * A new payout for a DISBURSING project whose approved payout FAILED before it was transferred (e.g. the card
 * was closed): the money is still in the project's escrow (payout-outflow-handler `released` moves nothing),
 * so the supervisor approves a new Outflow PAYOUT, APPROVED at once, for the same amount and fee as the
 * failed one (the fee was fixed when the disbursement was approved), to the company's currently bound card.
 * Customer service then transfers it as usual. Audited (PAYOUT_REISSUED) with a history row, in one transaction.
 *
 * Throws FORBIDDEN (capability payout.reissue: supervisors), NOT_FOUND, CONFLICT when the project is not
 * DISBURSING or still has a live payout (also refused by the one-live-payout-per-project index),
 * NO_BANK_CARD when the company has no bound card.
 */
export async function reissuePayout(db: Db, actor: Actor, projectId: string, clock: Clock = getClock()): Promise<Outflow> {
  assertCan(actor, "payout.reissue");
  return withTransaction(db, async (tx) => {
    // Locks the project so two supervisors cannot both reissue (the partial unique index would refuse anyway).
    const [project] = await tx.$queryRaw<{ status: string; userId: string }[]>`
      SELECT p."status"::text AS "status", c."userId" FROM "LoanProject" p JOIN "Company" c ON c."id" = p."companyId"
      WHERE p."id" = ${projectId} FOR UPDATE OF p`;
    if (!project) throw notFound();
    const payouts = await tx.outflow.findMany({
      where: { projectId, kind: "PAYOUT" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    const live = payouts.some((payout) => payout.status !== "FAILED" && payout.status !== "REJECTED");
    const failed = payouts.find((payout) => payout.status === "FAILED");
    if (project.status !== "DISBURSING" || live || !failed) {
      throw new DomainError("CONFLICT", `Project ${projectId} has no failed payout to replace`);
    }
    const card = await companyPayoutCard(tx, project.userId);
    if (!card) throw new DomainError("NO_BANK_CARD", "The company has no bound bank card");

    const payout = await createApprovedPayout(
      tx,
      { projectId, companyUserId: project.userId, bankCardId: card.id, amountFen: failed.amountFen, feeFen: failed.feeFen },
      actor,
      clock.now(),
    );
    await writeAudit(tx, {
      actorId: actor.id,
      action: "PAYOUT_REISSUED",
      targetType: "OUTFLOW",
      targetId: payout.id,
      data: { projectId, replaces: failed.id, amountFen: payout.amountFen, feeFen: payout.feeFen, bankCardId: card.id },
    });
    return payout;
  });
}
