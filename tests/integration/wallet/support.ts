import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { type EntrySpec, type JournalEntryKind, platformGateway, postEntry, userAvailable, userFrozen } from "@/lib/server/ledger";

/** Posts one entry through the ledger service, as the money flows do; returns the entry's id. */
export async function post(db: Db, spec: EntrySpec): Promise<string> {
  return (await withTransaction(db, (tx) => postEntry(tx, spec))).entry.id;
}

export const depositOf = (userId: string, amountFen: bigint, key: string): EntrySpec => ({
  idempotencyKey: key,
  kind: "DEPOSIT",
  postings: [
    { account: platformGateway(), amountFen: -amountFen },
    { account: userAvailable(userId), amountFen },
  ],
});

/** available → frozen (or back, with a negative amount) under `kind`. */
export const freezeOf = (userId: string, amountFen: bigint, key: string, kind: JournalEntryKind = "INVEST_FREEZE"): EntrySpec => ({
  idempotencyKey: key,
  kind,
  postings: [
    { account: userAvailable(userId), amountFen: -amountFen },
    { account: userFrozen(userId), amountFen },
  ],
});

/**
 * Moves an entry's postings to another instant, so date filters can be tested on days other than today.
 * Postings are append-only and stamped by the database, so the guard is lifted for this one UPDATE of a
 * test's own database (each test file has its own).
 */
export async function backdateEntry(db: DbOrTx, entryId: string, at: Date): Promise<void> {
  await db.$executeRawUnsafe(`ALTER TABLE "Posting" DISABLE TRIGGER "Posting_append_only"`);
  try {
    await db.$executeRaw`UPDATE "Posting" SET "createdAt" = ${at} WHERE "entryId" = ${entryId}`;
  } finally {
    await db.$executeRawUnsafe(`ALTER TABLE "Posting" ENABLE TRIGGER "Posting_append_only"`);
  }
}
