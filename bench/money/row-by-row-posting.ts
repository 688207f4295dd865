import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import type { EntrySpec } from "@/lib/server/ledger";
import { compareCodes, createMissingAccounts } from "@/lib/server/ledger/ensure-account";
import { entryFingerprint } from "@/lib/server/ledger/entry-spec";

/**
 * The baseline of `npm run bench:money`: postEntry as it was before issue 10, one `balanceFen += net` UPDATE per
 * account in code order, with the same entry row, account creation and postings insert around it. Kept here,
 * not in lib/, only to measure the set-based version against the same work done row by row in the same run.
 */
export function postEntryRowByRow(db: Db, spec: EntrySpec): Promise<void> {
  return withTransaction(db, async (tx) => {
    const entry = await tx.journalEntry.create({
      data: { idempotencyKey: spec.idempotencyKey, kind: spec.kind, description: null, fingerprint: entryFingerprint(spec) },
    });
    await createMissingAccounts(
      tx,
      spec.postings.map((p) => p.account),
    );
    const net = new Map<string, bigint>();
    for (const p of spec.postings) net.set(p.account.code, (net.get(p.account.code) ?? 0n) + p.amountFen);
    const ids = new Map<string, string>();
    for (const [code, amountFen] of [...net.entries()].sort(([a], [b]) => compareCodes(a, b))) {
      const row = await tx.ledgerAccount.update({ where: { code }, data: { balanceFen: { increment: amountFen } }, select: { id: true } });
      ids.set(code, row.id);
    }
    await tx.posting.createMany({
      data: spec.postings.map((p) => ({ entryId: entry.id, accountId: ids.get(p.account.code) as string, amountFen: p.amountFen })),
    });
  });
}
