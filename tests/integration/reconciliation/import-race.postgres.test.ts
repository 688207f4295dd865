import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importStatement } from "@/lib/server/reconciliation";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { actor, type Staff, staff } from "../withdrawals/helpers";
import { at, paidDeposit, statementCsv, statementJson, transferredWithdrawal } from "./helpers";

// PGlite has a single connection: races there prove nothing, so this runs on PostgreSQL only.
describe("two imports of one statement at the same moment (PostgreSQL)", () => {
  let db: TestDatabase;
  let people: Staff;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 10 });
    people = await staff(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("one imports and reconciles, the others find it alreadyImported; nothing is stored twice", async () => {
    for (let round = 0; round < 3; round++) {
      const day = `2026-07-0${round + 1}`;
      const deposit = await paidDeposit(db.prisma, 10_00n, `RACE-D-${round}`, at(day, "09:00"));
      const outflow = await transferredWithdrawal(db.prisma, people, 20_00n, `RACE-O-${round}`, at(day, "10:00"));
      const content = statementCsv([
        { serial: `RACE-D-${round}`, time: at(day, "09:00"), direction: "IN", amountFen: 10_00n, orderNo: deposit.id },
        { serial: `RACE-O-${round}`, time: at(day, "10:00"), direction: "OUT", amountFen: 20_00n, reference: outflow.id },
        { serial: `RACE-X-${round}`, time: at(day, "11:00"), direction: "IN", amountFen: 30_00n },
      ]);
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          importStatement(db.prisma, { actor: actor(i % 2 === 0 ? people.cs : people.cs2), content, format: "csv" }),
        ),
      );
      expect(results.filter((result) => !result.alreadyImported)).toHaveLength(1);
      expect(new Set(results.map((result) => result.importId)).size).toBe(1);
      expect(results.map((result) => result.matched)).toEqual([2, 2, 2, 2]);
      expect(
        await db.prisma.statementLine.count({ where: { serial: { startsWith: "RACE-" }, businessDate: new Date(`${day}T00:00:00Z`) } }),
      ).toBe(3);
      expect(await db.prisma.reconciliationDifference.count({ where: { serial: `RACE-X-${round}` } })).toBe(1);
      expect((await db.prisma.outflow.findUniqueOrThrow({ where: { id: outflow.id } })).status).toBe("RECONCILED");
      expect(await db.prisma.statusHistory.count({ where: { entityId: outflow.id, event: "RECONCILE" } })).toBe(1);
    }
    await assertLedgerInvariants(db.prisma);
  });

  it("two different statements listing the same transfers at once (CSV upload and JSON fetch): both import, each transfer reconciled once", async () => {
    for (let round = 0; round < 3; round++) {
      const day = `2026-07-1${round}`;
      const outflows = await Promise.all(
        [0, 1, 2].map((i) => transferredWithdrawal(db.prisma, people, 10_00n + BigInt(i), `BOTH-${round}-${i}`, at(day, `1${i}:00`))),
      );
      const lines = outflows.map((o, i) => ({
        serial: o.externalSerial as string,
        time: at(day, `1${i}:00`),
        direction: "OUT" as const,
        amountFen: o.amountFen,
        reference: o.id,
      }));
      const results = await Promise.all([
        importStatement(db.prisma, { actor: actor(people.cs), content: statementCsv(lines), format: "csv" }),
        importStatement(db.prisma, { actor: actor(people.cs2), content: statementJson(lines, day, day), format: "json" }),
      ]);
      expect(results.map((result) => result.alreadyImported)).toEqual([false, false]);
      expect(results.map((result) => result.matched)).toEqual([3, 3]);
      for (const outflow of outflows) {
        expect((await db.prisma.outflow.findUniqueOrThrow({ where: { id: outflow.id } })).status).toBe("RECONCILED");
        expect(await db.prisma.statusHistory.count({ where: { entityId: outflow.id, event: "RECONCILE" } })).toBe(1);
        expect(await db.prisma.statementLine.count({ where: { serial: outflow.externalSerial as string } })).toBe(1);
      }
    }
  });
});
