import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "@/lib/server/db/transaction";
import { isDomainError } from "@/lib/server/errors";
import { getBalances, postEntry, userAvailable } from "@/lib/server/ledger";
import { createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { deposit, depositEntry, freezeEntry, ledgerCounts } from "./helpers";

/** Like Promise.all, but waits for every promise before failing, so no transaction outlives the test. */
async function settleAll<T>(promises: Promise<T>[]): Promise<T[]> {
  const outcomes = await Promise.allSettled(promises);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
  if (failed) throw failed.reason;
  return outcomes.map((o) => (o as PromiseFulfilledResult<T>).value);
}

// PGlite has a single connection: races there prove nothing, so these run on PostgreSQL only.
describe("ledger under concurrency (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 25 });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("two concurrent postings with the same idempotency key post once", async () => {
    for (let round = 0; round < 5; round++) {
      const investor = await createUser(db.prisma);
      const before = await ledgerCounts(db.prisma);
      const key = `race-${investor.id}`;
      const results = await settleAll(
        [0, 1].map(() =>
          withTransaction(db.prisma, async (tx) => {
            const posted = await postEntry(tx, depositEntry(investor.id, 10_00n, key));
            // Hold the transaction open a moment so the other one really waits on the key.
            await tx.$executeRaw`SELECT pg_sleep(0.05)`;
            return posted;
          }),
        ),
      );
      expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
      expect(results[0].entry.id).toBe(results[1].entry.id);
      const after = await ledgerCounts(db.prisma);
      expect(after.entries - before.entries).toBe(1);
      expect(after.postings - before.postings).toBe(2);
      expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 10_00n, frozenFen: 0n });
    }
    await assertLedgerInvariants(db.prisma);
  });

  it("twenty racing postings with one key post once", async () => {
    const investor = await createUser(db.prisma);
    const key = `race20-${investor.id}`;
    const results = await settleAll(
      Array.from({ length: 20 }, () => withTransaction(db.prisma, (tx) => postEntry(tx, depositEntry(investor.id, 7n, key)))),
    );
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.entry.id)).size).toBe(1);
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 7n, frozenFen: 0n });
    await assertLedgerInvariants(db.prisma);
  });

  it("a wallet never goes negative however many spends race for it", async () => {
    const investor = await createUser(db.prisma);
    await deposit(db.prisma, investor.id, 100n, `race-spend-dep-${investor.id}`);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        withTransaction(db.prisma, (tx) => postEntry(tx, freezeEntry(investor.id, 10n, `race-spend-${investor.id}-${i}`))),
      ),
    );
    const failures = outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(10);
    expect(failures).toHaveLength(20);
    for (const failure of failures) expect(isDomainError(failure) && failure.code).toBe("INSUFFICIENT_FUNDS");
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 0n, frozenFen: 100n });
    await assertLedgerInvariants(db.prisma);
  });

  it("opposite transfers between two wallets do not deadlock (accounts locked in code order)", async () => {
    const a = await createUser(db.prisma);
    const b = await createUser(db.prisma);
    await deposit(db.prisma, a.id, 1_000n, `dl-a-${a.id}`);
    await deposit(db.prisma, b.id, 1_000n, `dl-b-${b.id}`);
    const transfer = (from: string, to: string, i: number) =>
      withTransaction(
        db.prisma,
        (tx) =>
          postEntry(tx, {
            idempotencyKey: `dl-${from}-${to}-${i}`,
            kind: "REPAYMENT",
            postings: [
              { account: userAvailable(from), amountFen: -1n },
              { account: userAvailable(to), amountFen: 1n },
            ],
          }),
        { attempts: 1 }, // a deadlock would fail instead of being retried away
      );
    // allSettled: every transaction has finished before the assertions (and before the pool closes).
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => [transfer(a.id, b.id, i), transfer(b.id, a.id, i)]).flat(),
    );
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
    expect((await getBalances(db.prisma, a.id)).availableFen).toBe(1_000n);
    expect((await getBalances(db.prisma, b.id)).availableFen).toBe(1_000n);
    await assertLedgerInvariants(db.prisma);
  });
});
