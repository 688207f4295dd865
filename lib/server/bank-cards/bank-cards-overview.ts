import { mayBindBankCard } from "@/lib/domain/permissions";
import type { DbOrTx } from "@/lib/server/db/types";
import { loadBankCardOwner } from "./bank-card-owner";
import { type BankCardView, listBankCards } from "./list-bank-cards";

export interface BankCardsOverview {
  /** Whether the user may bind a card now (verified investor; company NORMAL or GOOD). */
  mayBind: boolean;
  /** The name a new card must be held in (shown as the form's hint); null until verified. */
  verifiedName: string | null;
  cards: BankCardView[];
}

/** What the bank-card page shows: the user's bound cards, masked, and whether and in whose name to bind one. */
export async function bankCardsOverview(db: DbOrTx, userId: string): Promise<BankCardsOverview> {
  const [owner, cards] = await Promise.all([loadBankCardOwner(db, userId), listBankCards(db, userId)]);
  const mayBind = mayBindBankCard(owner) && owner.verifiedName !== null;
  return { mayBind, verifiedName: mayBind ? owner.verifiedName : null, cards };
}
