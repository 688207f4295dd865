import type { Outflow } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/server/auth/assert-can";
import { lockBankCard } from "@/lib/server/bank-cards";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";
import { getBalances, postEntry } from "@/lib/server/ledger";
import { withdrawalFreezeEntry } from "./withdrawal-entries";

export interface WithdrawalRequest {
  userId: string;
  /** What to transfer to the card, in fen; > 0 and ≤ the available balance. */
  amountFen: bigint;
  /** One of the user's own bound cards. */
  bankCardId: string;
}

/**
 * The user asks to withdraw (提现): in ONE transaction the card is locked and checked (the user's own —
 * NOT_FOUND otherwise —, still bound — VALIDATION on bankCardId), the outflow is created REQUESTED
 * (requestedById = the user) with its creation history row, and WITHDRAWAL_FREEZE moves the amount from
 * available to frozen (key `withdrawal:<outflowId>:freeze`). VALIDATION on amount when ≤ 0 or above the
 * available balance; two requests racing for the same money are decided by the
 * wallet's CHECK: the loser gets INSUFFICIENT_FUNDS and nothing of it is kept. A supervisor decides next.
 */
export async function requestWithdrawal(
  db: DbOrTx,
  request: WithdrawalRequest,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<Outflow> {
  if (request.amountFen <= 0n) throw new DomainError("VALIDATION", "amount must be positive", { amount: ["validation.moneyTooSmall"] });
  return withTransaction(db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: request.userId }, select: { role: true } });
    if (!user) throw notFound();
    assertCan(user, "withdrawal.request");

    const card = await lockBankCard(tx, request.bankCardId);
    if (!card || card.userId !== request.userId) throw notFound();
    if (card.unboundAt !== null) {
      throw new DomainError("VALIDATION", "card unbound", { bankCardId: ["validation.bankCardUnavailable"] });
    }
    const { availableFen } = await getBalances(tx, request.userId);
    if (request.amountFen > availableFen) {
      throw new DomainError("VALIDATION", "amount above the available balance", { amount: ["validation.withdrawalAmountTooLarge"] });
    }

    const now = clock.now();
    const outflow = await tx.outflow.create({
      data: {
        kind: "WITHDRAWAL",
        userId: request.userId,
        bankCardId: card.id,
        amountFen: request.amountFen,
        requestedById: request.userId,
        createdAt: now,
      },
    });
    await tx.statusHistory.create({
      data: {
        entityType: "OUTFLOW",
        entityId: outflow.id,
        fromStatus: "",
        toStatus: outflow.status,
        event: "CREATE",
        actorId: request.userId,
      },
    });
    await postEntry(tx, withdrawalFreezeEntry(outflow));
    return outflow;
  });
}
