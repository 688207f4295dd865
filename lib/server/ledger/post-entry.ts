import type { JournalEntry } from "@/lib/generated/prisma/client";
import { isCheckViolationOf, RetryableConflictError } from "@/lib/server/db/errors";
import type { Tx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import type { AccountSpec } from "./accounts";
import { assertAccountMatches, compareCodes, createMissingAccounts } from "./ensure-account";
import { type EntrySpec, entryFingerprint, validateEntry } from "./entry-spec";

export interface PostedEntry {
  entry: JournalEntry;
  /** True when an entry with this idempotency key and the same content already existed: nothing was posted. */
  replayed: boolean;
}

/**
 * Posts one balanced journal entry INSIDE the caller's transaction (the business change that causes the
 * movement commits or rolls back with it).
 *
 * - Validates in code (≥ 2 postings, non-zero bigint amounts, sum 0) and throws InvalidEntryError; the
 *   database checks the same at commit.
 * - Idempotent on `idempotencyKey`: an existing entry with the same fingerprint (kind + postings) is
 *   returned with `replayed: true` and nothing is written; different content → DomainError
 *   IDEMPOTENCY_MISMATCH.
 * - Concurrency: the entry row is inserted with `ON CONFLICT DO NOTHING` before any balance moves. A
 *   concurrent transaction inserting the same key makes this insert wait for it; under READ COMMITTED the
 *   loser then reads the winner's committed entry and replays it, without aborting its transaction. When
 *   the winner's row is not visible (REPEATABLE READ / SERIALIZABLE snapshot), a RetryableConflictError
 *   (or the database's serialization failure) is thrown: `withTransaction` runs the transaction again.
 * - Balances: one atomic `balanceFen += net` per account, in account-code order (a fixed lock order, so
 *   two entries touching the same accounts cannot deadlock each other). A wallet that would go negative
 *   violates the database CHECK: the statement fails, which aborts the caller's transaction, and
 *   DomainError INSUFFICIENT_FUNDS is thrown. Let it propagate: the transaction cannot continue.
 */
export async function postEntry(tx: Tx, spec: EntrySpec): Promise<PostedEntry> {
  validateEntry(spec);
  const fingerprint = entryFingerprint(spec);

  const existing = await tx.journalEntry.findUnique({ where: { idempotencyKey: spec.idempotencyKey } });
  if (existing) return replay(existing, fingerprint);

  const [entry] = await tx.journalEntry.createManyAndReturn({
    data: [{ idempotencyKey: spec.idempotencyKey, kind: spec.kind, description: spec.description ?? null, fingerprint }],
    skipDuplicates: true,
  });
  if (!entry) {
    const winner = await tx.journalEntry.findUnique({ where: { idempotencyKey: spec.idempotencyKey } });
    if (!winner) {
      throw new RetryableConflictError(`journal entry ${spec.idempotencyKey} is being posted by another transaction`);
    }
    return replay(winner, fingerprint);
  }

  await createMissingAccounts(
    tx,
    spec.postings.map((p) => p.account),
  );

  const net = new Map<string, { spec: AccountSpec; amountFen: bigint }>();
  for (const posting of spec.postings) {
    const item = net.get(posting.account.code) ?? { spec: posting.account, amountFen: 0n };
    item.amountFen += posting.amountFen;
    net.set(posting.account.code, item);
  }
  const accountIds = new Map<string, string>();
  const sorted = [...net.entries()].sort(([a], [b]) => compareCodes(a, b));
  for (const [code, { spec: account, amountFen }] of sorted) {
    const row =
      amountFen === 0n
        ? await tx.ledgerAccount.findUniqueOrThrow({ where: { code }, select: { id: true, code: true, kind: true } })
        : await incrementBalance(tx, account, amountFen);
    assertAccountMatches(row, account);
    accountIds.set(code, row.id);
  }

  await tx.posting.createMany({
    data: spec.postings.map((p) => ({
      entryId: entry.id,
      accountId: accountIds.get(p.account.code) as string,
      amountFen: p.amountFen,
    })),
  });
  return { entry, replayed: false };
}

async function incrementBalance(tx: Tx, account: AccountSpec, amountFen: bigint) {
  try {
    return await tx.ledgerAccount.update({
      where: { code: account.code },
      data: { balanceFen: { increment: amountFen } },
      select: { id: true, code: true, kind: true },
    });
  } catch (error) {
    if (isCheckViolationOf(error, "LedgerAccount_balance_not_negative")) {
      throw new DomainError(
        "INSUFFICIENT_FUNDS",
        `Insufficient funds in ${account.code}`,
        {},
        {
          account: account.code,
          accountKind: account.kind,
        },
      );
    }
    throw error;
  }
}

function replay(existing: JournalEntry, fingerprint: string): PostedEntry {
  if (existing.fingerprint !== fingerprint) {
    throw new DomainError(
      "IDEMPOTENCY_MISMATCH",
      `Journal entry ${existing.idempotencyKey} was already posted with different content`,
      {},
      { idempotencyKey: existing.idempotencyKey },
    );
  }
  return { entry: existing, replayed: true };
}
