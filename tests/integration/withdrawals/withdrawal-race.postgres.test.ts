import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unbindBankCard } from "@/lib/server/bank-cards";
import { isDomainError } from "@/lib/server/errors";
import { getBalances } from "@/lib/server/ledger";
import { approveOutflow, recordOutflowTransfer } from "@/lib/server/outflows";
import { requestWithdrawal } from "@/lib/server/withdrawals";
import { investorWithCard } from "../support/bank-card-holders";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { actor, newSerial, staff } from "./helpers";

const codeOf = (outcome: PromiseSettledResult<unknown>) =>
  outcome.status === "rejected" ? (isDomainError(outcome.reason) ? outcome.reason.code : String(outcome.reason)) : "ok";

// PGlite has a single connection: races there prove nothing, so these run on PostgreSQL only.
describe("withdrawals under concurrency (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 16 });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("two withdrawals at once that together exceed the available balance: exactly one succeeds", async () => {
    for (let round = 0; round < 5; round++) {
      const { user, card } = await investorWithCard(db.prisma, 100_00n);
      const outcomes = await Promise.allSettled(
        [60_00n, 70_00n].map((amountFen) => requestWithdrawal(db.prisma, { userId: user.id, amountFen, bankCardId: card.id })),
      );
      const codes = outcomes.map(codeOf);
      expect(codes.filter((c) => c === "ok")).toHaveLength(1);
      // The loser read the balance before or after the winner's freeze: the check or the wallet's CHECK refuses it.
      for (const code of codes.filter((c) => c !== "ok")) expect(["VALIDATION", "INSUFFICIENT_FUNDS"]).toContain(code);
      const outflows = await db.prisma.outflow.findMany({ where: { userId: user.id } });
      expect(outflows).toHaveLength(1);
      expect(await getBalances(db.prisma, user.id)).toEqual({
        availableFen: 100_00n - outflows[0].amountFen,
        frozenFen: outflows[0].amountFen,
      });
    }
    await assertLedgerInvariants(db.prisma);
  });

  it("ten withdrawals racing for one balance never overdraw it", async () => {
    const { user, card } = await investorWithCard(db.prisma, 50_00n);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () => requestWithdrawal(db.prisma, { userId: user.id, amountFen: 10_00n, bankCardId: card.id })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(5);
    expect(await db.prisma.outflow.count({ where: { userId: user.id } })).toBe(5);
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 0n, frozenFen: 50_00n });
    await assertLedgerInvariants(db.prisma);
  });

  it("one serial recorded on two outflows at once is kept by one; the other is told it is used", async () => {
    const people = await staff(db.prisma);
    const a = await investorWithCard(db.prisma, 10_00n);
    const b = await investorWithCard(db.prisma, 10_00n);
    const ids = [];
    for (const { user, card } of [a, b]) {
      const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 10_00n, bankCardId: card.id });
      await approveOutflow(db.prisma, actor(people.sup), outflow.id);
      ids.push(outflow.id);
    }
    const serial = newSerial();
    const outcomes = await Promise.allSettled(
      ids.map((id, i) => recordOutflowTransfer(db.prisma, actor(i ? people.cs2 : people.cs), id, serial)),
    );
    expect(outcomes.map(codeOf).sort()).toEqual(["SERIAL_ALREADY_USED", "ok"]);
    expect(await db.prisma.outflow.count({ where: { externalSerial: serial } })).toBe(1);
    await assertLedgerInvariants(db.prisma);
  });

  it("the same outflow recorded twice at once is transferred once", async () => {
    const people = await staff(db.prisma);
    const { user, card } = await investorWithCard(db.prisma, 10_00n);
    const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 10_00n, bankCardId: card.id });
    await approveOutflow(db.prisma, actor(people.sup), outflow.id);
    const outcomes = await Promise.allSettled(
      [people.cs, people.cs2].map((cs) => recordOutflowTransfer(db.prisma, actor(cs), outflow.id, newSerial())),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const code of outcomes.map(codeOf).filter((c) => c !== "ok")) expect(["STALE_STATE", "TRANSITION_NOT_ALLOWED"]).toContain(code);
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 0n, frozenFen: 0n });
    await assertLedgerInvariants(db.prisma);
  });

  it("unbinding a card while a withdrawal to it is asked for: never an outflow to an unbound card", async () => {
    for (let round = 0; round < 5; round++) {
      const { user, card } = await investorWithCard(db.prisma, 10_00n);
      const [withdrawal, unbind] = await Promise.allSettled([
        requestWithdrawal(db.prisma, { userId: user.id, amountFen: 10_00n, bankCardId: card.id }),
        unbindBankCard(db.prisma, user.id, card.id),
      ]);
      const stored = await db.prisma.bankCard.findUniqueOrThrow({ where: { id: card.id } });
      const outflows = await db.prisma.outflow.count({ where: { bankCardId: card.id } });
      // Exactly one of them wins.
      expect([codeOf(withdrawal), codeOf(unbind)].filter((c) => c === "ok")).toHaveLength(1);
      expect(outflows === 1).toBe(stored.unboundAt === null);
    }
    await assertLedgerInvariants(db.prisma);
  });
});
