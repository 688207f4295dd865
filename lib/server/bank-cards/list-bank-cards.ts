import { maskCardNumber } from "@/lib/domain/bank-cards";
import type { DbOrTx } from "@/lib/server/db/types";

export interface BankCardView {
  id: string;
  holderName: string;
  bankName: string;
  /** "**** **** **** 1234" */
  masked: string;
  luhnUnverified: boolean;
  createdAt: Date;
}

/** The user's own bound (not unbound) cards, newest first, masked: the number never leaves the server. */
export async function listBankCards(db: DbOrTx, userId: string): Promise<BankCardView[]> {
  const cards = await db.bankCard.findMany({
    where: { userId, unboundAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, holderName: true, bankName: true, numberLast4: true, luhnUnverified: true, createdAt: true },
  });
  return cards.map(({ numberLast4, ...card }) => ({ ...card, masked: maskCardNumber(numberLast4) }));
}
