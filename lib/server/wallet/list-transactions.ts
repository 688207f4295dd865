import { endOfBusinessDay, startOfBusinessDay } from "@/lib/domain/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Clock, getClock } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { userAvailable, userFrozen } from "@/lib/server/ledger";
import { listPage, type Page } from "@/lib/shared/pagination";
import type { TransactionFilters } from "./transaction-filters";

/** Which of the user's two wallet accounts a row moved. */
export type WalletAccount = "AVAILABLE" | "FROZEN";

/** One row of a user's transactions (资金流水): one posting on their available or frozen account. */
export interface WalletTransaction {
  /** The posting's id (a decimal string: the column is a bigint sequence). */
  id: string;
  entryId: string;
  /** When it was posted; shown as a date-time in the business zone. */
  at: Date;
  /** JournalEntry.kind, e.g. "DEPOSIT"; the screens turn it into words (wallet.kinds.*). */
  kind: string;
  account: WalletAccount;
  /** Signed fen: + into the account, − out of it. */
  amountFen: bigint;
  /** The account's balance right after this posting, fen. */
  balanceAfterFen: bigint;
}

export const DEFAULT_TRANSACTIONS_PAGE_SIZE = 20;

interface Row {
  id: bigint;
  entryId: string;
  at: Date;
  kind: string;
  accountKind: string;
  amountFen: bigint;
  balanceAfterFen: bigint;
}

/**
 * A user's transactions, newest first, one page at a time (lib/shared/pagination.ts): every posting on their
 * available and frozen accounts, filtered by business dates (from and to inclusive, in the clock's zone) and
 * by journal-entry kind. A movement between the two accounts (a freeze) is two rows, one per account.
 *
 * Newest first is by posting id: postings of one account are inserted under that account's row lock, so their
 * ids follow the order they were booked in, which is also the order the balance after each row is summed in
 * (a window over the account's postings, read whole: a wallet's history is small next to the ledger).
 */
export async function listTransactions(
  db: DbOrTx,
  userId: string,
  {
    page = 1,
    pageSize = DEFAULT_TRANSACTIONS_PAGE_SIZE,
    clock = getClock(),
    ...filters
  }: TransactionFilters & { page?: number; pageSize?: number; clock?: Clock },
): Promise<Page<WalletTransaction>> {
  const where = whereOf(filters, clock.zone);
  return listPage(
    page,
    pageSize,
    async ({ skip, take }) => {
      const rows = await db.$queryRaw<Row[]>`
        SELECT t.* FROM (
          SELECT p."id", p."entryId", p."createdAt" AS "at", e."kind", a."kind"::text AS "accountKind", p."amountFen",
                 (SUM(p."amountFen") OVER (PARTITION BY p."accountId" ORDER BY p."id"))::bigint AS "balanceAfterFen"
            FROM "Posting" p
            JOIN "LedgerAccount" a ON a."id" = p."accountId"
            JOIN "JournalEntry" e ON e."id" = p."entryId"
           WHERE a."code" IN (${userAvailable(userId).code}, ${userFrozen(userId).code})
        ) t
        WHERE ${where.outer}
        ORDER BY t."id" DESC
        LIMIT ${take} OFFSET ${skip}`;
      return rows.map(toTransaction);
    },
    async () => {
      const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`
        SELECT COUNT(*)::bigint AS n
          FROM "Posting" p
          JOIN "LedgerAccount" a ON a."id" = p."accountId"
          JOIN "JournalEntry" e ON e."id" = p."entryId"
         WHERE a."code" IN (${userAvailable(userId).code}, ${userFrozen(userId).code}) AND ${where.inner}`;
      return Number(n);
    },
  );
}

/** The filters as SQL, once on the windowed rows (t.) and once on the joined tables (p., e.). */
function whereOf(filters: TransactionFilters, zone: string): { outer: Prisma.Sql; inner: Prisma.Sql } {
  const outer: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const inner: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.from) {
    const start = startOfBusinessDay(filters.from, zone);
    outer.push(Prisma.sql`t."at" >= ${start}`);
    inner.push(Prisma.sql`p."createdAt" >= ${start}`);
  }
  if (filters.to) {
    const end = endOfBusinessDay(filters.to, zone);
    outer.push(Prisma.sql`t."at" < ${end}`);
    inner.push(Prisma.sql`p."createdAt" < ${end}`);
  }
  if (filters.kind) {
    outer.push(Prisma.sql`t."kind" = ${filters.kind}`);
    inner.push(Prisma.sql`e."kind" = ${filters.kind}`);
  }
  return { outer: Prisma.join(outer, " AND "), inner: Prisma.join(inner, " AND ") };
}

function toTransaction(row: Row): WalletTransaction {
  return {
    id: row.id.toString(),
    entryId: row.entryId,
    at: row.at,
    kind: row.kind,
    account: row.accountKind === "USER_FROZEN" ? "FROZEN" : "AVAILABLE",
    amountFen: BigInt(row.amountFen),
    balanceAfterFen: BigInt(row.balanceAfterFen),
  };
}
