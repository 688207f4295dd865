import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/lib/generated/prisma/client";
import { fixedClock } from "@/lib/server/clock";
import { listTransactions, parseTransactionFilters } from "@/lib/server/wallet";
import { createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { backdateEntry, depositOf, freezeOf, post } from "./support";

const ZONE = "Asia/Shanghai";
const clock = fixedClock("2026-12-10T04:00:00Z", ZONE);

let db: TestDatabase;
let investor: User;
let other: User;
const entries: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  investor = await createUser(db.prisma);
  other = await createUser(db.prisma);
  // Four movements on three business days (Asia/Shanghai): 12-01, 12-02 (just after midnight, still 12-01 in UTC), 12-03.
  entries.deposit = await post(db.prisma, depositOf(investor.id, 100_000_00n, `t-dep-${investor.id}`));
  entries.freeze = await post(db.prisma, freezeOf(investor.id, 30_000_00n, `t-frz-${investor.id}`));
  entries.unfreeze = await post(db.prisma, freezeOf(investor.id, -10_000_00n, `t-unf-${investor.id}`, "INVEST_UNFREEZE"));
  entries.second = await post(db.prisma, depositOf(investor.id, 5_00n, `t-dep2-${investor.id}`));
  await post(db.prisma, depositOf(other.id, 7_00n, `t-other-${other.id}`));
  await backdateEntry(db.prisma, entries.deposit, new Date("2026-12-01T01:00:00Z"));
  await backdateEntry(db.prisma, entries.freeze, new Date("2026-12-01T16:30:00Z")); // 2026-12-02 00:30 in Shanghai
  await backdateEntry(db.prisma, entries.unfreeze, new Date("2026-12-02T15:59:59Z")); // 2026-12-02 23:59:59
  await backdateEntry(db.prisma, entries.second, new Date("2026-12-03T02:00:00Z"));
});

afterAll(async () => {
  await db?.close();
});

describe("listTransactions", () => {
  it("lists every posting on the user's two accounts, newest first, signed, with the balance after each", async () => {
    const page = await listTransactions(db.prisma, investor.id, { clock });
    expect(page.total).toBe(6);
    expect(page.items.map((r) => [r.kind, r.account, r.amountFen, r.balanceAfterFen])).toEqual([
      ["DEPOSIT", "AVAILABLE", 5_00n, 80_005_00n],
      ["INVEST_UNFREEZE", "FROZEN", -10_000_00n, 20_000_00n],
      ["INVEST_UNFREEZE", "AVAILABLE", 10_000_00n, 80_000_00n],
      ["INVEST_FREEZE", "FROZEN", 30_000_00n, 30_000_00n],
      ["INVEST_FREEZE", "AVAILABLE", -30_000_00n, 70_000_00n],
      ["DEPOSIT", "AVAILABLE", 100_000_00n, 100_000_00n],
    ]);
    expect(page.items[5].entryId).toBe(entries.deposit);
    expect(page.items[5].at.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    await assertLedgerInvariants(db.prisma);
  });

  it("shows no one else's postings", async () => {
    const page = await listTransactions(db.prisma, other.id, { clock });
    expect(page.items.map((r) => r.amountFen)).toEqual([7_00n]);
    const nobody = await createUser(db.prisma);
    expect(await listTransactions(db.prisma, nobody.id, { clock })).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it("filters by business dates in the business zone, both ends included", async () => {
    const on = async (query: Record<string, string>) =>
      (await listTransactions(db.prisma, investor.id, { ...parseTransactionFilters(query), clock })).items.map((r) => r.entryId);
    // 16:30Z on 12-01 is 00:30 on 12-02 in Shanghai: it belongs to 12-02, not to the UTC day.
    expect(new Set(await on({ from: "2026-12-02", to: "2026-12-02" }))).toEqual(new Set([entries.freeze, entries.unfreeze]));
    expect(await on({ to: "2026-12-01" })).toEqual([entries.deposit]);
    expect(new Set(await on({ from: "2026-12-03" }))).toEqual(new Set([entries.second]));
    expect(await on({ from: "2026-12-04" })).toEqual([]);
    // A reversed range is read as meant.
    expect((await on({ from: "2026-12-03", to: "2026-12-02" })).length).toBe(5);
  });

  it("filters by kind and counts the filtered rows only", async () => {
    const page = await listTransactions(db.prisma, investor.id, { ...parseTransactionFilters({ kind: "DEPOSIT" }), clock });
    expect(page.total).toBe(2);
    expect(page.items.map((r) => r.entryId)).toEqual([entries.second, entries.deposit]);
    // The balance after stays the account's running balance, whatever the filter hides.
    expect(page.items.map((r) => r.balanceAfterFen)).toEqual([80_005_00n, 100_000_00n]);
    const both = await listTransactions(db.prisma, investor.id, {
      ...parseTransactionFilters({ kind: "DEPOSIT", from: "2026-12-02" }),
      clock,
    });
    expect(both.items.map((r) => r.entryId)).toEqual([entries.second]);
  });

  it("pages through the rows with listPage", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listTransactions(db.prisma, investor.id, { page, pageSize: 4, clock })));
    expect(pages.map((p) => p.items.length)).toEqual([4, 2, 0, 0]);
    expect(pages.every((p) => p.total === 6)).toBe(true);
    const all = (await listTransactions(db.prisma, investor.id, { clock })).items.map((r) => r.id);
    expect([...pages[0].items, ...pages[1].items].map((r) => r.id)).toEqual(all);
    expect((await listTransactions(db.prisma, investor.id, { page: 0, pageSize: 4, clock })).page).toBe(1);
  });
});

describe("parseTransactionFilters", () => {
  it("keeps valid values and drops the rest", () => {
    expect(parseTransactionFilters({ from: "2026-12-01", to: "2026-13-01", kind: "DEPOSIT" })).toEqual({
      from: "2026-12-01",
      kind: "DEPOSIT",
    });
    expect(parseTransactionFilters({ kind: "'; DROP TABLE" })).toEqual({});
    expect(parseTransactionFilters({ from: ["2026-12-05", "x"], to: "2026-12-01" })).toEqual({ from: "2026-12-01", to: "2026-12-05" });
  });
});
