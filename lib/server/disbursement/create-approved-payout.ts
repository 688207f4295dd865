import type { Actor } from "@/lib/domain/permissions";
import type { Outflow } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/types";

export interface ApprovedPayout {
  projectId: string;
  /** The borrowing company's user: whose money leaves. */
  companyUserId: string;
  bankCardId: string;
  /** What CS transfers to the card (the loan less the fee), fen. */
  amountFen: bigint;
  /** The platform's service fee kept from the loan, fen. */
  feeFen: bigint;
}

/**
 * Creates a loan payout (放款) APPROVED at once, inside the caller's transaction: the supervisor who approves the
 * full-subscription review (or reissues a failed payout) is both who asks and who decides, so it never waits in
 * REQUESTED; its history row goes from "" to APPROVED. Customer service transfers it next (payout-outflow-handler).
 */
export async function createApprovedPayout(tx: Tx, payout: ApprovedPayout, actor: Actor, now: Date): Promise<Outflow> {
  const outflow = await tx.outflow.create({
    data: {
      kind: "PAYOUT",
      userId: payout.companyUserId,
      projectId: payout.projectId,
      bankCardId: payout.bankCardId,
      amountFen: payout.amountFen,
      feeFen: payout.feeFen,
      status: "APPROVED",
      requestedById: actor.id,
      decidedById: actor.id,
      decidedAt: now,
    },
  });
  await tx.statusHistory.create({
    data: {
      entityType: "OUTFLOW",
      entityId: outflow.id,
      fromStatus: "",
      toStatus: "APPROVED",
      event: "CREATE",
      actorId: actor.id,
      createdAt: now,
    },
  });
  return outflow;
}
