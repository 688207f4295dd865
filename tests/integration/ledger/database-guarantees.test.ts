import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userAvailable } from "@/lib/server/ledger";
import { pgErrorInfo } from "@/lib/server/transitions";
import { createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { deposit, ledgerCounts } from "./helpers";

/**
 * What the database refuses by itself, whatever the application code does: statements here bypass the
 * services. Unbalanced entries are committed through the raw runner (node-postgres / PGlite), not through
 * a Prisma interactive transaction: see the note on failing COMMITs in lib/server/db/transaction.ts.
 */
let db: TestDatabase;
let accountId: string;
let postingId: bigint;
let entryId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const investor = await createUser(db.prisma);
  const { entry } = await deposit(db.prisma, investor.id, 100_00n, "guarantees-deposit");
  entryId = entry.id;
  const posting = await db.prisma.posting.findFirstOrThrow({
    where: { entryId, account: { code: userAvailable(investor.id).code } },
  });
  postingId = posting.id;
  accountId = posting.accountId;
});
afterAll(async () => {
  await db?.close();
});

async function expectSqlError(work: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "the database accepted the statement").toBeDefined();
  expect(pgErrorInfo(error).message).toMatch(pattern);
}

describe("database guarantees (ledger)", () => {
  it("rejects an unbalanced entry at commit", async () => {
    const before = await ledgerCounts(db.prisma);
    await expectSqlError(
      db.runner.exec(`
        BEGIN;
        INSERT INTO "JournalEntry" ("id", "idempotencyKey", "kind", "fingerprint") VALUES ('raw-unbalanced', 'raw-unbalanced', 'RAW', 'x');
        INSERT INTO "Posting" ("entryId", "accountId", "amountFen") VALUES ('raw-unbalanced', '${accountId}', 7), ('raw-unbalanced', '${accountId}', -6);
        COMMIT;`),
      /unbalanced: postings sum to 1/,
    );
    await db.runner.exec("ROLLBACK").catch(() => undefined);
    expect(await ledgerCounts(db.prisma)).toEqual(before);
    await assertLedgerInvariants(db.prisma);
  });

  it("checks an entry again at commit when it grew after an early check (the check runs once per entry)", async () => {
    const before = await ledgerCounts(db.prisma);
    await expectSqlError(
      db.runner.exec(`
        BEGIN;
        INSERT INTO "JournalEntry" ("id", "idempotencyKey", "kind", "fingerprint") VALUES ('raw-grown', 'raw-grown', 'RAW', 'x');
        INSERT INTO "Posting" ("entryId", "accountId", "amountFen") VALUES ('raw-grown', '${accountId}', 3), ('raw-grown', '${accountId}', -3);
        SET CONSTRAINTS ALL IMMEDIATE;
        SET CONSTRAINTS ALL DEFERRED;
        INSERT INTO "Posting" ("entryId", "accountId", "amountFen") VALUES ('raw-grown', '${accountId}', 1);
        COMMIT;`),
      /unbalanced: postings sum to 1/,
    );
    await db.runner.exec("ROLLBACK").catch(() => undefined);
    expect(await ledgerCounts(db.prisma)).toEqual(before);
    // A posting added to an entry committed earlier is checked in its own transaction.
    await expectSqlError(
      db.prisma.$executeRawUnsafe(`INSERT INTO "Posting" ("entryId", "accountId", "amountFen") VALUES ('${entryId}', '${accountId}', 1)`),
      /unbalanced: postings sum to 1/,
    );
    expect(await ledgerCounts(db.prisma)).toEqual(before);
    await assertLedgerInvariants(db.prisma);
  });

  it("rejects a one-posting entry at commit", async () => {
    const before = await ledgerCounts(db.prisma);
    await expectSqlError(
      db.runner.exec(`
        BEGIN;
        INSERT INTO "JournalEntry" ("id", "idempotencyKey", "kind", "fingerprint") VALUES ('raw-single', 'raw-single', 'RAW', 'x');
        INSERT INTO "Posting" ("entryId", "accountId", "amountFen") VALUES ('raw-single', '${accountId}', 5), ('raw-single', '${accountId}', -5);
        DELETE FROM "Posting" WHERE "entryId" = 'raw-single' AND "amountFen" = -5;
        COMMIT;`),
      /append-only|needs at least two postings/,
    );
    await db.runner.exec("ROLLBACK").catch(() => undefined);
    await expectSqlError(
      db.prisma.$executeRawUnsafe(`INSERT INTO "Posting" ("entryId", "accountId", "amountFen") VALUES ('${entryId}', '${accountId}', 0)`),
      /Posting_amount_not_zero/,
    );
    expect(await ledgerCounts(db.prisma)).toEqual(before);
  });

  it("rejects an UPDATE or DELETE of a posting or an entry (append-only)", async () => {
    await expectSqlError(
      db.prisma.$executeRaw`UPDATE "Posting" SET "amountFen" = "amountFen" + 1 WHERE "id" = ${postingId}`,
      /append-only \(UPDATE on Posting\)/,
    );
    await expectSqlError(db.prisma.$executeRaw`DELETE FROM "Posting" WHERE "id" = ${postingId}`, /append-only \(DELETE on Posting\)/);
    await expectSqlError(
      db.prisma.$executeRaw`UPDATE "JournalEntry" SET "kind" = 'CHANGED' WHERE "id" = ${entryId}`,
      /append-only \(UPDATE on JournalEntry\)/,
    );
    await expectSqlError(
      db.prisma.$executeRaw`DELETE FROM "JournalEntry" WHERE "id" = ${entryId}`,
      /append-only \(DELETE on JournalEntry\)/,
    );
    const posting = await db.prisma.posting.findUniqueOrThrow({ where: { id: postingId } });
    expect(posting.amountFen).toBe(100_00n);
    await assertLedgerInvariants(db.prisma);
  });

  it("rejects a negative wallet balance", async () => {
    await expectSqlError(
      db.prisma.$executeRaw`UPDATE "LedgerAccount" SET "balanceFen" = -1 WHERE "id" = ${accountId}`,
      /LedgerAccount_balance_not_negative/,
    );
    expect((await db.prisma.ledgerAccount.findUniqueOrThrow({ where: { id: accountId } })).balanceFen).toBe(100_00n);
    await assertLedgerInvariants(db.prisma);
  });
});
