import { type Clock, getClock, today } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { MAX_PAGE_SIZE } from "@/lib/shared/pagination";
import { listTransactions, type WalletTransaction } from "./list-transactions";
import type { TransactionFilters } from "./transaction-filters";
import { type TransactionsCsvWords, transactionsCsv, transactionsCsvFilename } from "./transactions-csv";

/** The most rows one download holds (a wallet's lifetime is far below it); a wider range is cut, newest kept. */
export const MAX_EXPORT_ROWS = 50_000;

/**
 * The CSV download of the same rows the transactions list shows for `filters` (every page, newest first),
 * with its file name dated by today's business date. Returns the body (with BOM) and the name.
 */
export async function exportTransactionsCsv(
  db: DbOrTx,
  userId: string,
  filters: TransactionFilters,
  words: TransactionsCsvWords,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<{ body: string; filename: string; rows: number }> {
  const rows: WalletTransaction[] = [];
  for (let page = 1; rows.length < MAX_EXPORT_ROWS; page++) {
    const { items, total } = await listTransactions(db, userId, { ...filters, page, pageSize: MAX_PAGE_SIZE, clock });
    rows.push(...items);
    if (items.length < MAX_PAGE_SIZE || rows.length >= total) break;
  }
  const kept = rows.slice(0, MAX_EXPORT_ROWS);
  return { body: transactionsCsv(kept, words, clock.zone), filename: transactionsCsvFilename(today(clock)), rows: kept.length };
}
