import type { Actor } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";
import { assertMayViewRecords, type EntityRef, SECTION_PAGE_SIZE } from "./entity-ref";
import { ledgerSelection } from "./ledger-selection";

/** How many postings of one entry the page shows (a repayment to thousands of investors has a posting each). */
export const POSTINGS_SHOWN = 12;

export interface LedgerPostingRow {
  id: bigint;
  /** The account's natural key, e.g. "loan:<id>:escrow" (lib/server/ledger/accounts.ts). */
  accountCode: string;
  accountKind: string;
  /** Signed, fen: what the posting added to the account's balance. */
  amountFen: bigint;
  /** The posting is on one of the record's own accounts. */
  own: boolean;
}

export interface LedgerEntryRow {
  id: string;
  idempotencyKey: string;
  /** A JournalEntryKind (lib/server/ledger/entry-kinds.ts). */
  kind: string;
  description: string | null;
  createdAt: Date;
  /** The record's own postings first, then the others by id, at most POSTINGS_SHOWN. */
  postings: LedgerPostingRow[];
  /** Every posting of the entry, shown or not. */
  postingCount: number;
}

/**
 * The journal entries of one record (ledgerSelection says which), newest first, a page at a time, each with
 * its postings: account, signed amount in fen. Staff only ("records.view"); an unknown record has none.
 */
export async function listLedgerEntries(
  db: Db,
  actor: Pick<Actor, "role">,
  ref: EntityRef,
  page: number,
  pageSize = SECTION_PAGE_SIZE,
): Promise<Page<LedgerEntryRow>> {
  assertMayViewRecords(actor);
  const selection = await ledgerSelection(db, ref);
  const or: Prisma.JournalEntryWhereInput[] = [];
  if (selection.keys.length > 0) or.push({ idempotencyKey: { in: selection.keys } });
  if (selection.accountCodes.length > 0) or.push({ postings: { some: { account: { code: { in: selection.accountCodes } } } } });
  if (or.length === 0) return { items: [], total: 0, page: Math.max(1, page), pageSize };
  const where: Prisma.JournalEntryWhereInput = { OR: or };
  const postingSelect = { id: true, amountFen: true, account: { select: { code: true, kind: true } } } as const;
  const result = await listPage(
    page,
    pageSize,
    (window) =>
      db.journalEntry.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          idempotencyKey: true,
          kind: true,
          description: true,
          createdAt: true,
          postings: { orderBy: { id: "asc" }, take: POSTINGS_SHOWN, select: postingSelect },
          _count: { select: { postings: true } },
        },
      }),
    () => db.journalEntry.count({ where }),
  );
  // The record's own postings of entries too long to show whole, so its movement is never cut off.
  const long = result.items.filter((e) => e._count.postings > e.postings.length).map((e) => e.id);
  const ownOfLong =
    long.length > 0 && selection.ownAccounts.length > 0
      ? await db.posting.findMany({
          where: { entryId: { in: long }, account: { code: { in: selection.ownAccounts } } },
          orderBy: { id: "asc" },
          select: { ...postingSelect, entryId: true },
        })
      : [];
  const own = new Set(selection.ownAccounts);
  const toRow = (p: { id: bigint; amountFen: bigint; account: { code: string; kind: string } }): LedgerPostingRow => ({
    id: p.id,
    accountCode: p.account.code,
    accountKind: p.account.kind,
    amountFen: p.amountFen,
    own: own.has(p.account.code),
  });
  return {
    ...result,
    items: result.items.map((entry) => {
      const byId = new Map<bigint, LedgerPostingRow>();
      for (const p of ownOfLong.filter((p) => p.entryId === entry.id)) byId.set(p.id, toRow(p));
      for (const p of entry.postings) if (byId.size < POSTINGS_SHOWN || own.has(p.account.code)) byId.set(p.id, toRow(p));
      const postings = [...byId.values()].sort((a, b) => Number(b.own) - Number(a.own) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return {
        id: entry.id,
        idempotencyKey: entry.idempotencyKey,
        kind: entry.kind,
        description: entry.description,
        createdAt: entry.createdAt,
        postings,
        postingCount: entry._count.postings,
      };
    }),
  };
}
