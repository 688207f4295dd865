import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/payments/notifications/route";
import type { Db } from "@/lib/server/db/types";
import { getBalances } from "@/lib/server/ledger";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { moneySnapshot, notificationBody, openDeposit, SECRET, signedRequest } from "./helpers";

// The route handler itself on this file's database; only getDb is replaced.
const state = vi.hoisted(() => ({ prisma: undefined as unknown as Db }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/server/db", () => ({ getDb: async () => state.prisma }));

const MINUTE = 60_000;

describe("POST /api/payments/notifications", () => {
  let db: TestDatabase;
  const saved = process.env.PAYMENT_WEBHOOK_SECRET;
  beforeAll(async () => {
    db = await createTestDatabase();
    state.prisma = db.prisma;
    process.env.PAYMENT_WEBHOOK_SECRET = SECRET;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.PAYMENT_WEBHOOK_SECRET;
    else process.env.PAYMENT_WEBHOOK_SECRET = saved;
    await db.close();
  });

  const send = (rawBody: string, options?: Parameters<typeof signedRequest>[1]) => POST(signedRequest(rawBody, options));
  const depositRow = (id: string) => db.prisma.deposit.findUniqueOrThrow({ where: { id } });

  it("credits a paid deposit once: PAID with serial and time, gateway −X, wallet +X", async () => {
    const deposit = await openDeposit(db.prisma, 123_45n);
    const response = await send(notificationBody({ orderNo: deposit.id, amountFen: 123_45n, gatewaySerial: "GW-PAID-1" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, effect: "CREDITED" });
    expect(await depositRow(deposit.id)).toMatchObject({ status: "PAID", gatewaySerial: "GW-PAID-1", paidAt: expect.any(Date) });
    expect(await getBalances(db.prisma, deposit.userId)).toEqual({ availableFen: 123_45n, frozenFen: 0n });
    const entry = await db.prisma.journalEntry.findUniqueOrThrow({ where: { idempotencyKey: "deposit:GW-PAID-1" } });
    expect(entry.kind).toBe("DEPOSIT");
    await assertLedgerInvariants(db.prisma);
  });

  describe("refusals post nothing and leave the deposit as it was", () => {
    const cases: { name: string; status: number; error: string; request: (orderNo: string) => Request }[] = [
      {
        name: "a bad signature (another secret)",
        status: 401,
        error: "bad_signature",
        request: (orderNo) =>
          signedRequest(notificationBody({ orderNo, amountFen: 500_00n }), {
            secret: `whsec_${Buffer.from("another secret of 32 bytes!!!!!").toString("base64")}`,
          }),
      },
      {
        name: "a body changed after signing",
        status: 401,
        error: "bad_signature",
        request: (orderNo) => {
          const signed = signedRequest(notificationBody({ orderNo, amountFen: 500_00n }));
          return new Request(signed.url, {
            method: "POST",
            headers: signed.headers,
            body: notificationBody({ orderNo, amountFen: 5_000_00n }),
          });
        },
      },
      {
        name: "no signature headers",
        status: 401,
        error: "bad_signature",
        request: (orderNo) =>
          new Request("http://localhost/api/payments/notifications", {
            method: "POST",
            body: notificationBody({ orderNo, amountFen: 500_00n }),
          }),
      },
      {
        name: "a timestamp more than 5 minutes old",
        status: 401,
        error: "bad_signature",
        request: (orderNo) => signedRequest(notificationBody({ orderNo, amountFen: 500_00n }), { at: new Date(Date.now() - 6 * MINUTE) }),
      },
      {
        name: "a timestamp more than 5 minutes in the future",
        status: 401,
        error: "bad_signature",
        request: (orderNo) => signedRequest(notificationBody({ orderNo, amountFen: 500_00n }), { at: new Date(Date.now() + 6 * MINUTE) }),
      },
      {
        name: "an unknown order",
        status: 404,
        error: "unknown_order",
        request: () => signedRequest(notificationBody({ orderNo: "no-such-order", amountFen: 500_00n })),
      },
      {
        name: "a repayment order (not a deposit)",
        status: 404,
        error: "unknown_order",
        request: (orderNo) => signedRequest(notificationBody({ orderNo, amountFen: 500_00n, purpose: "REPAYMENT" })),
      },
      {
        name: "an amount that differs from the order's",
        status: 422,
        error: "amount_mismatch",
        request: (orderNo) => signedRequest(notificationBody({ orderNo, amountFen: 499_99n })),
      },
      {
        name: "a currency that differs from the order's",
        status: 422,
        error: "currency_mismatch",
        request: (orderNo) => signedRequest(notificationBody({ orderNo, amountFen: 500_00n, currency: "USD" })),
      },
      {
        name: "a failure for another amount",
        status: 422,
        error: "amount_mismatch",
        request: (orderNo) => signedRequest(notificationBody({ type: "payment.failed", orderNo, amountFen: 1n })),
      },
      {
        name: "a signed body that is not JSON",
        status: 400,
        error: "malformed",
        request: () => signedRequest("this is not json"),
      },
      {
        name: "a signed body of the wrong shape",
        status: 400,
        error: "malformed",
        request: (orderNo) => signedRequest(JSON.stringify({ type: "payment.refunded", data: { orderNo } })),
      },
      {
        name: "a success without its serial",
        status: 400,
        error: "malformed",
        request: (orderNo) => signedRequest(notificationBody({ orderNo, amountFen: 500_00n, gatewaySerial: null })),
      },
    ];

    for (const { name, status, error, request } of cases) {
      it(`${status} for ${name}`, async () => {
        const deposit = await openDeposit(db.prisma, 500_00n);
        const before = await moneySnapshot(db.prisma);
        const response = await POST(request(deposit.id));
        expect(response.status).toBe(status);
        expect(await response.json()).toEqual({ ok: false, error });
        expect(response.headers.get("set-cookie")).toBeNull();
        expect(await moneySnapshot(db.prisma)).toEqual(before);
        expect((await depositRow(deposit.id)).status).toBe("CREATED");
        await assertLedgerInvariants(db.prisma);
      });
    }
  });

  it("a replayed webhook id is answered 200 and does nothing: 10 in a row credit once", async () => {
    const deposit = await openDeposit(db.prisma, 88_00n);
    const body = notificationBody({ orderNo: deposit.id, amountFen: 88_00n, gatewaySerial: "GW-REPLAY" });
    const effects: string[] = [];
    for (let i = 0; i < 10; i++) {
      // The gateway signs each retry anew (a new timestamp) under the same webhook id.
      const response = await send(body, { id: "msg_replayed" });
      expect(response.status).toBe(200);
      effects.push((await response.json()).effect);
    }
    expect(effects).toEqual(["CREDITED", ...Array(9).fill("REPLAYED")]);
    expect(await getBalances(db.prisma, deposit.userId)).toEqual({ availableFen: 88_00n, frozenFen: 0n });
    expect(await db.prisma.journalEntry.count({ where: { idempotencyKey: "deposit:GW-REPLAY" } })).toBe(1);
    await assertLedgerInvariants(db.prisma);
  });

  it("10 notifications with new webhook ids for one serial credit once", async () => {
    const deposit = await openDeposit(db.prisma, 66_00n);
    const effects: string[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await send(notificationBody({ orderNo: deposit.id, amountFen: 66_00n, gatewaySerial: "GW-SAME-SERIAL" }));
      expect(response.status).toBe(200);
      effects.push((await response.json()).effect);
    }
    expect(effects).toEqual(["CREDITED", ...Array(9).fill("UNCHANGED")]);
    expect(await getBalances(db.prisma, deposit.userId)).toEqual({ availableFen: 66_00n, frozenFen: 0n });
    expect(await db.prisma.paymentNotification.count({ where: { orderNo: deposit.id } })).toBe(10);
    await assertLedgerInvariants(db.prisma);
  });

  it("a second payment of a paid order (another serial) is refused 409 and left to reconciliation", async () => {
    const deposit = await openDeposit(db.prisma, 10_00n);
    expect((await send(notificationBody({ orderNo: deposit.id, amountFen: 10_00n, gatewaySerial: "GW-FIRST" }))).status).toBe(200);
    const before = await moneySnapshot(db.prisma);
    const response = await send(notificationBody({ orderNo: deposit.id, amountFen: 10_00n, gatewaySerial: "GW-SECOND" }));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ ok: false, error: "serial_conflict" });
    expect(await moneySnapshot(db.prisma)).toEqual(before);
    expect(await depositRow(deposit.id)).toMatchObject({ status: "PAID", gatewaySerial: "GW-FIRST" });
    await assertLedgerInvariants(db.prisma);
  });

  it("a serial that already paid another order is refused 409", async () => {
    const first = await openDeposit(db.prisma, 10_00n);
    const second = await openDeposit(db.prisma, 10_00n);
    expect((await send(notificationBody({ orderNo: first.id, amountFen: 10_00n, gatewaySerial: "GW-REUSED" }))).status).toBe(200);
    const before = await moneySnapshot(db.prisma);
    expect((await send(notificationBody({ orderNo: second.id, amountFen: 10_00n, gatewaySerial: "GW-REUSED" }))).status).toBe(409);
    expect(await moneySnapshot(db.prisma)).toEqual(before);
    await assertLedgerInvariants(db.prisma);
  });

  it("payment.failed fails the order; a payment reported after it is refused 409; a failure after a payment changes nothing", async () => {
    const failed = await openDeposit(db.prisma, 20_00n);
    const response = await send(notificationBody({ type: "payment.failed", orderNo: failed.id, amountFen: 20_00n }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, effect: "FAILED" });
    expect(await depositRow(failed.id)).toMatchObject({ status: "FAILED", closedAt: expect.any(Date) });
    const before = await moneySnapshot(db.prisma);
    const late = await send(notificationBody({ orderNo: failed.id, amountFen: 20_00n }));
    expect(late.status).toBe(409);
    expect(await late.json()).toEqual({ ok: false, error: "order_closed" });
    expect(await moneySnapshot(db.prisma)).toEqual(before);

    const paid = await openDeposit(db.prisma, 30_00n);
    expect((await send(notificationBody({ orderNo: paid.id, amountFen: 30_00n }))).status).toBe(200);
    const stale = await send(notificationBody({ type: "payment.failed", orderNo: paid.id, amountFen: 30_00n }));
    expect(stale.status).toBe(200);
    expect(await stale.json()).toEqual({ ok: true, effect: "UNCHANGED" });
    expect((await depositRow(paid.id)).status).toBe("PAID");
    expect(await getBalances(db.prisma, paid.userId)).toEqual({ availableFen: 30_00n, frozenFen: 0n });
    await assertLedgerInvariants(db.prisma);
  });

  it("refuses a body over 64 KiB before reading it as a notification", async () => {
    const before = await moneySnapshot(db.prisma);
    const response = await send("x".repeat(70 * 1024));
    expect(response.status).toBe(413);
    expect(await moneySnapshot(db.prisma)).toEqual(before);
  });
});
