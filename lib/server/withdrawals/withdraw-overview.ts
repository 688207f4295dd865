import { type BankCardView, listBankCards } from "@/lib/server/bank-cards";
import type { Db } from "@/lib/server/db/types";
import { getBalances } from "@/lib/server/ledger";
import type { Page } from "@/lib/shared/pagination";
import { listOwnWithdrawals, type OwnWithdrawalRow } from "./list-own-withdrawals";

export interface WithdrawOverview {
  availableFen: bigint;
  frozenFen: bigint;
  cards: BankCardView[];
  withdrawals: Page<OwnWithdrawalRow>;
}

/** What the withdraw page shows: the balances, the bound cards (masked) and one page of own withdrawals. */
export async function withdrawOverview(db: Db, userId: string, page: number, pageSize = 20): Promise<WithdrawOverview> {
  const [balances, cards, withdrawals] = await Promise.all([
    getBalances(db, userId),
    listBankCards(db, userId),
    listOwnWithdrawals(db, userId, page, pageSize),
  ]);
  return { ...balances, cards, withdrawals };
}
