import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The deferred "entry must balance" trigger fires at COMMIT: the caller must see the failure, nothing may
// be written, and the connection must go back to the pool (on PostgreSQL, close() would hang otherwise).
describe("a transaction whose COMMIT is refused", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
  });
  afterAll(async () => {
    await db.close();
  });

  async function unbalancedEntry(key: string) {
    return db.prisma.$transaction(async (tx) => {
      const account = await tx.ledgerAccount.upsert({
        where: { code: "platform:gateway" },
        update: {},
        create: { code: "platform:gateway", kind: "PLATFORM_GATEWAY" },
      });
      const entry = await tx.journalEntry.create({ data: { idempotencyKey: key, kind: "TEST", fingerprint: "x" } });
      await tx.posting.create({ data: { entryId: entry.id, accountId: account.id, amountFen: -100n } });
    });
  }

  it("rejects, and leaves nothing behind", async () => {
    await expect(unbalancedEntry("unbalanced-1")).rejects.toThrow(/unbalanced|two postings/);
    expect(await db.prisma.journalEntry.count({ where: { idempotencyKey: "unbalanced-1" } })).toBe(0);
    expect(await db.prisma.posting.count()).toBe(0);
  });

  it("keeps the pool usable after repeated refusals", async () => {
    for (let i = 0; i < 4; i++) await expect(unbalancedEntry(`unbalanced-again-${i}`)).rejects.toThrow();
    expect(await db.prisma.journalEntry.count()).toBe(0);
  });
});

describe("a journal entry without postings", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("is refused at commit", async () => {
    await expect(
      db.prisma.$transaction((tx) => tx.journalEntry.create({ data: { idempotencyKey: "empty-entry", kind: "TEST", fingerprint: "x" } })),
    ).rejects.toThrow(/two postings/);
    expect(await db.prisma.journalEntry.count()).toBe(0);
  });
});
