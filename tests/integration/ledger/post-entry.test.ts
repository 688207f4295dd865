import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "@/lib/server/db/transaction";
import {
  entryFingerprint,
  getBalances,
  InvalidEntryError,
  type JournalEntryKind,
  loanEscrow,
  platformFees,
  platformGateway,
  postEntry,
  userAvailable,
  userFrozen,
} from "@/lib/server/ledger";
import { createLoanProject, createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { deposit, depositEntry, freezeEntry, ledgerCounts } from "./helpers";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("postEntry", () => {
  it("posts a deposit: accounts created on first use, balances cached, invariants hold", async () => {
    const investor = await createUser(db.prisma);
    const { entry, replayed } = await deposit(db.prisma, investor.id, 500_00n, `dep-${investor.id}`);
    expect(replayed).toBe(false);
    expect(entry.kind).toBe("DEPOSIT");

    const postings = await db.prisma.posting.findMany({ where: { entryId: entry.id }, include: { account: true } });
    expect(postings.map((p) => [p.account.code, p.amountFen]).sort()).toEqual(
      [
        [platformGateway().code, -500_00n],
        [userAvailable(investor.id).code, 500_00n],
      ].sort(),
    );
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 500_00n, frozenFen: 0n });
    const account = await db.prisma.ledgerAccount.findUniqueOrThrow({ where: { code: userAvailable(investor.id).code } });
    expect(account).toMatchObject({ kind: "USER_AVAILABLE", userId: investor.id });
    await assertLedgerInvariants(db.prisma);
  });

  it("moves money through frozen, escrow and fees; multi-posting entries balance", async () => {
    const investor = await createUser(db.prisma);
    const project = await createLoanProject(db.prisma);
    await deposit(db.prisma, investor.id, 1_000_00n, `dep-${investor.id}`);
    await withTransaction(db.prisma, (tx) => postEntry(tx, freezeEntry(investor.id, 300_00n, `inv-${investor.id}`)));
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 700_00n, frozenFen: 300_00n });

    await withTransaction(db.prisma, (tx) =>
      postEntry(tx, {
        idempotencyKey: `fund-${project.id}`,
        kind: "ESCROW",
        description: "investment moves to escrow, fee taken",
        postings: [
          { account: userFrozen(investor.id), amountFen: -300_00n },
          { account: loanEscrow(project.id), amountFen: 297_00n },
          { account: platformFees(), amountFen: 3_00n },
        ],
      }),
    );
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 700_00n, frozenFen: 0n });
    const escrow = await db.prisma.ledgerAccount.findUniqueOrThrow({ where: { code: loanEscrow(project.id).code } });
    expect(escrow).toMatchObject({ kind: "LOAN_ESCROW", projectId: project.id, balanceFen: 297_00n });
    await assertLedgerInvariants(db.prisma);
  });

  it("a duplicate idempotency key posts nothing new and returns the same entry", async () => {
    const investor = await createUser(db.prisma);
    const first = await deposit(db.prisma, investor.id, 100_00n, `dup-${investor.id}`);
    const before = await ledgerCounts(db.prisma);
    // Postings given in another order: same content, same fingerprint.
    const spec = depositEntry(investor.id, 100_00n, `dup-${investor.id}`);
    const again = await withTransaction(db.prisma, (tx) => postEntry(tx, { ...spec, postings: [...spec.postings].reverse() }));
    expect(again.replayed).toBe(true);
    expect(again.entry.id).toBe(first.entry.id);
    expect(await ledgerCounts(db.prisma)).toEqual(before);
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 100_00n, frozenFen: 0n });
    await assertLedgerInvariants(db.prisma);
  });

  it("the same key with different content is IDEMPOTENCY_MISMATCH and writes nothing", async () => {
    const investor = await createUser(db.prisma);
    await deposit(db.prisma, investor.id, 100_00n, `mismatch-${investor.id}`);
    const before = await ledgerCounts(db.prisma);
    await expect(deposit(db.prisma, investor.id, 100_01n, `mismatch-${investor.id}`)).rejects.toMatchObject({
      name: "DomainError",
      code: "IDEMPOTENCY_MISMATCH",
    });
    const other = await createUser(db.prisma);
    await expect(deposit(db.prisma, other.id, 100_00n, `mismatch-${investor.id}`)).rejects.toMatchObject({
      code: "IDEMPOTENCY_MISMATCH",
    });
    expect(await ledgerCounts(db.prisma)).toEqual(before);
    await assertLedgerInvariants(db.prisma);
  });

  it("overdrawing a wallet is INSUFFICIENT_FUNDS and writes nothing, not even the business change", async () => {
    const investor = await createUser(db.prisma);
    await deposit(db.prisma, investor.id, 50_00n, `od-dep-${investor.id}`);
    const before = await ledgerCounts(db.prisma);
    await expect(
      withTransaction(db.prisma, async (tx) => {
        await tx.user.update({ where: { id: investor.id }, data: { displayName: "changed in the same transaction" } });
        return postEntry(tx, freezeEntry(investor.id, 50_01n, `od-${investor.id}`));
      }),
    ).rejects.toMatchObject({
      name: "DomainError",
      code: "INSUFFICIENT_FUNDS",
      params: { account: userAvailable(investor.id).code },
    });
    expect(await ledgerCounts(db.prisma)).toEqual(before);
    expect(await db.prisma.journalEntry.findUnique({ where: { idempotencyKey: `od-${investor.id}` } })).toBeNull();
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: investor.id } })).displayName).not.toBe(
      "changed in the same transaction",
    );
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 50_00n, frozenFen: 0n });
    // The exact balance can be spent.
    await withTransaction(db.prisma, (tx) => postEntry(tx, freezeEntry(investor.id, 50_00n, `od-ok-${investor.id}`)));
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 0n, frozenFen: 50_00n });
    await assertLedgerInvariants(db.prisma);
  });

  it("rejects malformed entries in code before touching the database", async () => {
    const investor = await createUser(db.prisma);
    const before = await ledgerCounts(db.prisma);
    const post = (postings: { account: ReturnType<typeof userAvailable>; amountFen: bigint }[]) =>
      withTransaction(db.prisma, (tx) => postEntry(tx, { idempotencyKey: `bad-${Math.random()}`, kind: "DEPOSIT", postings }));
    await expect(
      post([
        { account: platformGateway(), amountFen: -10n },
        { account: userAvailable(investor.id), amountFen: 11n },
      ]),
    ).rejects.toThrow(/unbalanced: postings sum to 1 fen/);
    await expect(
      post([
        { account: platformGateway(), amountFen: 0n },
        { account: userAvailable(investor.id), amountFen: 0n },
      ]),
    ).rejects.toThrow(/zero amount/);
    await expect(post([{ account: platformGateway(), amountFen: 0n }])).rejects.toThrow(/at least two postings/);
    await expect(
      post([
        { account: platformGateway(), amountFen: -1 as unknown as bigint },
        { account: userAvailable(investor.id), amountFen: 1 as unknown as bigint },
      ]),
    ).rejects.toBeInstanceOf(InvalidEntryError);
    // A kind outside JOURNAL_ENTRY_KINDS (the type refuses it; a cast or an untyped caller does not).
    const unknownKind = { ...depositEntry(investor.id, 1n, `bad-kind-${investor.id}`), kind: "GIFT" as JournalEntryKind };
    await expect(withTransaction(db.prisma, (tx) => postEntry(tx, unknownKind))).rejects.toThrow(/unknown kind "GIFT"/);
    expect(await ledgerCounts(db.prisma)).toEqual(before);
    await assertLedgerInvariants(db.prisma);
  });

  it("fingerprints ignore posting order and description but not amounts, accounts or kind", () => {
    const base = depositEntry("u1", 100n, "k");
    const fp = entryFingerprint(base);
    expect(entryFingerprint({ ...base, postings: [...base.postings].reverse() })).toBe(fp);
    expect(entryFingerprint(depositEntry("u1", 101n, "k"))).not.toBe(fp);
    expect(entryFingerprint(depositEntry("u2", 100n, "k"))).not.toBe(fp);
    expect(entryFingerprint({ ...base, kind: "REFUND" })).not.toBe(fp);
  });

  it("the invariant check itself detects a drifted cached balance", async () => {
    const investor = await createUser(db.prisma);
    await deposit(db.prisma, investor.id, 10_00n, `drift-${investor.id}`);
    const code = userAvailable(investor.id).code;
    await db.prisma.$executeRaw`UPDATE "LedgerAccount" SET "balanceFen" = "balanceFen" + 1 WHERE "code" = ${code}`;
    try {
      await expect(assertLedgerInvariants(db.prisma)).rejects.toThrow(/cached balance/);
    } finally {
      await db.prisma.$executeRaw`UPDATE "LedgerAccount" SET "balanceFen" = "balanceFen" - 1 WHERE "code" = ${code}`;
    }
    await assertLedgerInvariants(db.prisma);
  });

  it("one entry moves many accounts at once: every balance by its net, repeated accounts summed", async () => {
    const investors = await Promise.all(Array.from({ length: 40 }, () => createUser(db.prisma)));
    const key = `many-${investors[0]?.id}`;
    // The gateway pays each investor i × ¥1, twice (two postings to the same wallet), in one entry.
    const postings = investors.flatMap((investor, i) => [
      { account: userAvailable(investor.id), amountFen: BigInt(i + 1) * 50n },
      { account: userAvailable(investor.id), amountFen: BigInt(i + 1) * 50n },
    ]);
    const total = postings.reduce((sum, p) => sum + p.amountFen, 0n);
    await withTransaction(db.prisma, (tx) =>
      postEntry(tx, { idempotencyKey: key, kind: "DEPOSIT", postings: [{ account: platformGateway(), amountFen: -total }, ...postings] }),
    );
    for (const [i, investor] of investors.entries()) {
      expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: BigInt(i + 1) * 100n, frozenFen: 0n });
    }
    expect(await db.prisma.posting.count({ where: { entry: { idempotencyKey: key } } })).toBe(81);
    await assertLedgerInvariants(db.prisma);
  });

  it("names the overdrawn wallet when the same entry also takes the gateway below zero", async () => {
    const rich = await createUser(db.prisma);
    const poor = await createUser(db.prisma);
    await deposit(db.prisma, rich.id, 10_00n, `od2-dep-${rich.id}`);
    const before = await ledgerCounts(db.prisma);
    await expect(
      withTransaction(db.prisma, (tx) =>
        postEntry(tx, {
          idempotencyKey: `od2-${poor.id}`,
          kind: "DEPOSIT",
          postings: [
            { account: platformGateway(), amountFen: -5_00n },
            { account: userAvailable(rich.id), amountFen: 10_00n },
            { account: userAvailable(poor.id), amountFen: -5_00n },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: "INSUFFICIENT_FUNDS", params: { account: userAvailable(poor.id).code } });
    expect(await ledgerCounts(db.prisma)).toEqual(before);
    expect(await getBalances(db.prisma, rich.id)).toEqual({ availableFen: 10_00n, frozenFen: 0n });
    await assertLedgerInvariants(db.prisma);
  });
});
