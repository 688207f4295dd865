import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/payments/notifications/route";
import type { Db } from "@/lib/server/db/types";
import { checkDepositStatus } from "@/lib/server/deposits/check-deposit-status";
import { getBalances } from "@/lib/server/ledger";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { FakeGateway, notificationBody, openDeposit, SECRET, signedRequest } from "./helpers";

const state = vi.hoisted(() => ({ prisma: undefined as unknown as Db }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/server/db", () => ({ getDb: async () => state.prisma }));

// PGlite has a single connection: races there prove nothing, so these run on PostgreSQL only.
describe("deposit notifications at the same moment (PostgreSQL)", () => {
  let db: TestDatabase;
  const saved = process.env.PAYMENT_WEBHOOK_SECRET;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 25 });
    state.prisma = db.prisma;
    process.env.PAYMENT_WEBHOOK_SECRET = SECRET;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.PAYMENT_WEBHOOK_SECRET;
    else process.env.PAYMENT_WEBHOOK_SECRET = saved;
    await db?.close();
  });

  async function race(requests: Request[]) {
    const responses = await Promise.all(requests.map((request) => POST(request)));
    return Promise.all(responses.map(async (response) => ({ status: response.status, body: await response.json() })));
  }

  it("10 deliveries of one webhook id at once: all answered 200, credited once", async () => {
    for (let round = 0; round < 3; round++) {
      const deposit = await openDeposit(db.prisma, 250_00n);
      const body = notificationBody({ orderNo: deposit.id, amountFen: 250_00n, gatewaySerial: `GW-SAME-ID-${round}` });
      const results = await race(Array.from({ length: 10 }, () => signedRequest(body, { id: `msg_same_${round}` })));
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect(results.map((r) => r.body.effect).sort()).toEqual(["CREDITED", ...Array(9).fill("REPLAYED")]);
      expect(await getBalances(db.prisma, deposit.userId)).toEqual({ availableFen: 250_00n, frozenFen: 0n });
      expect(await db.prisma.paymentNotification.count({ where: { orderNo: deposit.id } })).toBe(1);
    }
    await assertLedgerInvariants(db.prisma);
  });

  it("10 notifications of one serial under new webhook ids at once: credited once", async () => {
    for (let round = 0; round < 3; round++) {
      const deposit = await openDeposit(db.prisma, 333_33n);
      const body = notificationBody({ orderNo: deposit.id, amountFen: 333_33n, gatewaySerial: `GW-NEW-IDS-${round}` });
      const results = await race(Array.from({ length: 10 }, () => signedRequest(body)));
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect(results.map((r) => r.body.effect).sort()).toEqual(["CREDITED", ...Array(9).fill("UNCHANGED")]);
      expect(await getBalances(db.prisma, deposit.userId)).toEqual({ availableFen: 333_33n, frozenFen: 0n });
      expect(await db.prisma.journalEntry.count({ where: { idempotencyKey: `deposit:GW-NEW-IDS-${round}` } })).toBe(1);
    }
    await assertLedgerInvariants(db.prisma);
  });

  it("notifications and status checks racing for one payment credit once", async () => {
    const gateway = new FakeGateway();
    const deposit = await openDeposit(db.prisma, 90_00n, gateway);
    gateway.orders.set(deposit.id, {
      orderNo: deposit.id,
      status: "PAID",
      amountFen: 90_00n,
      currency: "CNY",
      gatewaySerial: "GW-MIXED",
      paidAt: new Date(),
    });
    const body = notificationBody({ orderNo: deposit.id, amountFen: 90_00n, gatewaySerial: "GW-MIXED" });
    const effects = await Promise.all([
      ...Array.from({ length: 5 }, () => POST(signedRequest(body)).then(async (r) => (await r.json()).effect as string)),
      ...Array.from({ length: 5 }, () => checkDepositStatus(db.prisma, deposit.id, { gateway }).then((r) => r.effect as string)),
    ]);
    expect(effects.filter((effect) => effect === "CREDITED")).toHaveLength(1);
    expect(await getBalances(db.prisma, deposit.userId)).toEqual({ availableFen: 90_00n, frozenFen: 0n });
    await assertLedgerInvariants(db.prisma);
  });

  it("a payment and a failure of one order at once: exactly one wins, and money moves only if the payment did", async () => {
    for (let round = 0; round < 5; round++) {
      const deposit = await openDeposit(db.prisma, 12_00n);
      const results = await race([
        signedRequest(notificationBody({ orderNo: deposit.id, amountFen: 12_00n, gatewaySerial: `GW-VS-${round}` })),
        signedRequest(notificationBody({ type: "payment.failed", orderNo: deposit.id, amountFen: 12_00n })),
      ]);
      const row = await db.prisma.deposit.findUniqueOrThrow({ where: { id: deposit.id } });
      const balance = (await getBalances(db.prisma, deposit.userId)).availableFen;
      if (row.status === "PAID") {
        expect(results.map((r) => r.body.effect)).toEqual(["CREDITED", "UNCHANGED"]);
        expect(balance).toBe(12_00n);
      } else {
        expect(row.status).toBe("FAILED");
        expect(results.map((r) => r.status)).toEqual([409, 200]);
        expect(balance).toBe(0n);
      }
    }
    await assertLedgerInvariants(db.prisma);
  });
});
