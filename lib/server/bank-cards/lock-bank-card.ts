import type { Tx } from "@/lib/server/db/types";

export interface LockedBankCard {
  id: string;
  userId: string;
  bankName: string;
  numberLast4: string;
  unboundAt: Date | null;
}

/**
 * Reads a card with a row lock (SELECT … FOR UPDATE): unbinding and asking for an outflow to the card both
 * take it, so they are decided one after the other. The row is read by the locking statement itself, so a
 * waiter sees the winner's committed unboundAt. Null when there is no such card.
 */
export async function lockBankCard(tx: Tx, bankCardId: string): Promise<LockedBankCard | null> {
  const rows = await tx.$queryRaw<LockedBankCard[]>`
    SELECT "id", "userId", "bankName", "numberLast4", "unboundAt" FROM "BankCard" WHERE "id" = ${bankCardId} FOR UPDATE`;
  return rows[0] ?? null;
}
