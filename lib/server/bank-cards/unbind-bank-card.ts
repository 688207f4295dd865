import { writeAudit } from "@/lib/server/audit";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";
import { lockBankCard } from "./lock-bank-card";
import { OUTFLOW_IN_PROGRESS } from "./outflows-in-progress";

/**
 * Unbinds one of the user's own active cards (the row stays, with unboundAt, for the outflows that point at
 * it). NOT_FOUND for another user's card or one already unbound; BANK_CARD_IN_USE while an outflow to it is
 * REQUESTED or APPROVED. The card row is locked first, as requestWithdrawal locks it, so a withdrawal asked
 * for at the same moment either sees the card unbound or is seen here. Audit row BANK_CARD_UNBOUND.
 */
export async function unbindBankCard(db: DbOrTx, userId: string, bankCardId: string): Promise<void> {
  await withTransaction(db, async (tx) => {
    const card = await lockBankCard(tx, bankCardId);
    if (!card || card.userId !== userId || card.unboundAt !== null) throw notFound();
    const waiting = await tx.outflow.count({ where: { bankCardId, status: { in: [...OUTFLOW_IN_PROGRESS] } } });
    if (waiting > 0) throw new DomainError("BANK_CARD_IN_USE", `bank card ${bankCardId} has ${waiting} outflows in progress`);
    await tx.bankCard.update({ where: { id: bankCardId }, data: { unboundAt: getClock().now() } });
    await writeAudit(tx, {
      actorId: userId,
      action: "BANK_CARD_UNBOUND",
      targetType: "USER",
      targetId: userId,
      data: { bankCardId, bankName: card.bankName, last4: card.numberLast4 },
    });
  });
}
