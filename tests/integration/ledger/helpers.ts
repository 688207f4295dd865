import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { type EntrySpec, platformGateway, postEntry, userAvailable, userFrozen } from "@/lib/server/ledger";

/** A paid deposit: gateway −X, wallet +X. */
export const depositEntry = (userId: string, amountFen: bigint, key: string): EntrySpec => ({
  idempotencyKey: key,
  kind: "DEPOSIT",
  postings: [
    { account: platformGateway(), amountFen: -amountFen },
    { account: userAvailable(userId), amountFen },
  ],
});

/** Freezing funds for an investment: available −X, frozen +X. */
export const freezeEntry = (userId: string, amountFen: bigint, key: string): EntrySpec => ({
  idempotencyKey: key,
  kind: "INVEST_FREEZE",
  postings: [
    { account: userAvailable(userId), amountFen: -amountFen },
    { account: userFrozen(userId), amountFen },
  ],
});

export const deposit = (db: Db, userId: string, amountFen: bigint, key: string) =>
  withTransaction(db, (tx) => postEntry(tx, depositEntry(userId, amountFen, key)));

export async function ledgerCounts(db: Db) {
  const [entries, postings, accounts] = await Promise.all([db.journalEntry.count(), db.posting.count(), db.ledgerAccount.count()]);
  return { entries, postings, accounts };
}
