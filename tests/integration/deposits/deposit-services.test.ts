import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEPOSIT_CHECKOUT_MS, DEPOSIT_EXPIRY_GRACE_MS } from "@/lib/domain/deposits/deposit-rules";
import { fixedClock } from "@/lib/server/clock";
import { checkDepositStatus } from "@/lib/server/deposits/check-deposit-status";
import { createDeposit } from "@/lib/server/deposits/create-deposit";
import { handleGatewayNotification } from "@/lib/server/deposits/handle-gateway-notification";
import { expireDeposits } from "@/lib/server/jobs/expire-deposits";
import { getBalances } from "@/lib/server/ledger";
import { verifyNotification } from "@/lib/server/payments";
import { createCompany, createUser } from "../support/factories";
import { createInvestor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { FakeGateway, moneySnapshot, notificationBody, SECRET, signedRequest } from "./helpers";

const HOUR = 60 * 60_000;
const ZONE = "Asia/Shanghai";
const returnUrl = (orderNo: string) => `http://app.test/investor/deposit?orderNo=${orderNo}`;

describe("deposit services", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  /** A CREATED deposit opened `agoMs` before now. */
  async function openAgo(agoMs: number, amountFen = 50_00n, gateway = new FakeGateway()) {
    const user = await createInvestor(db.prisma);
    const clock = fixedClock(new Date(Date.now() - agoMs), ZONE);
    const { depositId } = await createDeposit(db.prisma, { userId: user.id, amountFen }, { gateway, clock, returnUrl });
    return db.prisma.deposit.findUniqueOrThrow({ where: { id: depositId } });
  }

  const notify = (fields: Parameters<typeof notificationBody>[0]) => {
    const request = signedRequest(notificationBody(fields));
    return request.text().then((raw) => handleGatewayNotification(db.prisma, verifyNotification(raw, request.headers, SECRET)));
  };

  describe("createDeposit", () => {
    it("commits a CREATED order, then opens the gateway's checkout expiring at the same instant", async () => {
      const gateway = new FakeGateway();
      const user = await createInvestor(db.prisma);
      const clock = fixedClock("2026-12-01T02:00:00Z", ZONE);
      const created = await createDeposit(db.prisma, { userId: user.id, amountFen: 1_234_56n }, { gateway, clock, returnUrl });
      const deposit = await db.prisma.deposit.findUniqueOrThrow({ where: { id: created.depositId } });
      expect(deposit).toMatchObject({ status: "CREATED", userId: user.id, amountFen: 1_234_56n, gatewaySerial: null });
      expect(deposit.expiresAt.getTime()).toBe(Date.parse("2026-12-01T02:00:00Z") + DEPOSIT_CHECKOUT_MS);
      expect(gateway.checkouts).toEqual([
        {
          orderNo: deposit.id,
          purpose: "DEPOSIT",
          amountFen: 1_234_56n,
          userId: user.id,
          returnUrl: returnUrl(deposit.id),
          expiresAt: deposit.expiresAt,
        },
      ]);
      expect(created.checkoutUrl).toBe(`http://gateway.test/checkout/${deposit.id}`);
    });

    it("refuses amounts below ¥1 and above the cap, naming the bound", async () => {
      const user = await createInvestor(db.prisma);
      const deps = { gateway: new FakeGateway(), returnUrl };
      await expect(createDeposit(db.prisma, { userId: user.id, amountFen: 99n }, deps)).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { amount: ["validation.depositTooSmall"] },
        params: { min: "1.00" },
      });
      await expect(createDeposit(db.prisma, { userId: user.id, amountFen: 500_000_001n }, deps)).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { amount: ["validation.depositTooLarge"] },
        params: { max: "5000000.00" },
      });
      expect(await db.prisma.deposit.count({ where: { userId: user.id } })).toBe(0);
    });

    it("only verified investors and verified companies deposit", async () => {
      const deps = { gateway: new FakeGateway(), returnUrl };
      const unverified = await createUser(db.prisma);
      await expect(createDeposit(db.prisma, { userId: unverified.id, amountFen: 100_00n }, deps)).rejects.toMatchObject({
        code: "DEPOSIT_NOT_ALLOWED",
      });
      const pending = await createCompany(db.prisma, { status: "INVALID" });
      await expect(createDeposit(db.prisma, { userId: pending.userId, amountFen: 100_00n }, deps)).rejects.toMatchObject({
        code: "DEPOSIT_NOT_ALLOWED",
      });
      const staff = await createUser(db.prisma, { role: "CUSTOMER_SERVICE" });
      await expect(createDeposit(db.prisma, { userId: staff.id, amountFen: 100_00n }, deps)).rejects.toMatchObject({
        code: "DEPOSIT_NOT_ALLOWED",
      });
      for (const status of ["NORMAL", "WATCH"] as const) {
        const company = await createCompany(db.prisma, { status });
        await expect(createDeposit(db.prisma, { userId: company.userId, amountFen: 100_00n }, deps)).resolves.toMatchObject({
          checkoutUrl: expect.any(String),
        });
      }
      expect(deps.gateway.checkouts).toHaveLength(2);
    });

    it("GATEWAY_UNAVAILABLE when the checkout cannot be opened; the order stays CREATED to expire", async () => {
      const gateway = new FakeGateway();
      gateway.unavailable = true;
      const user = await createInvestor(db.prisma);
      await expect(createDeposit(db.prisma, { userId: user.id, amountFen: 100_00n }, { gateway, returnUrl })).rejects.toMatchObject({
        code: "GATEWAY_UNAVAILABLE",
      });
      expect(await db.prisma.deposit.findMany({ where: { userId: user.id }, select: { status: true } })).toEqual([{ status: "CREATED" }]);
    });
  });

  describe("checkDepositStatus", () => {
    it("recovers a lost notification: credits under the same key, and the late notification then changes nothing", async () => {
      const gateway = new FakeGateway();
      const deposit = await openAgo(0, 77_00n, gateway);
      gateway.orders.set(deposit.id, {
        orderNo: deposit.id,
        status: "PAID",
        amountFen: 77_00n,
        currency: "CNY",
        gatewaySerial: "GW-LOST",
        paidAt: new Date(),
      });
      expect(await checkDepositStatus(db.prisma, deposit.id, { gateway }, deposit.userId)).toEqual({ effect: "CREDITED", status: "PAID" });
      expect(await checkDepositStatus(db.prisma, deposit.id, { gateway }, deposit.userId)).toEqual({ effect: "UNCHANGED", status: "PAID" });
      expect(await notify({ orderNo: deposit.id, amountFen: 77_00n, gatewaySerial: "GW-LOST" })).toEqual({
        effect: "UNCHANGED",
        status: "PAID",
      });
      expect(await getBalances(db.prisma, deposit.userId)).toEqual({ availableFen: 77_00n, frozenFen: 0n });
      expect(await db.prisma.journalEntry.count({ where: { idempotencyKey: "deposit:GW-LOST" } })).toBe(1);
      await assertLedgerInvariants(db.prisma);
    });

    it("a credit by notification first, then check status, credits once", async () => {
      const gateway = new FakeGateway();
      const deposit = await openAgo(0, 11_00n, gateway);
      await notify({ orderNo: deposit.id, amountFen: 11_00n, gatewaySerial: "GW-BOTH" });
      gateway.orders.set(deposit.id, {
        orderNo: deposit.id,
        status: "PAID",
        amountFen: 11_00n,
        currency: "CNY",
        gatewaySerial: "GW-BOTH",
        paidAt: new Date(),
      });
      expect(await checkDepositStatus(db.prisma, deposit.id, { gateway }, deposit.userId)).toEqual({ effect: "UNCHANGED", status: "PAID" });
      expect(await getBalances(db.prisma, deposit.userId)).toEqual({ availableFen: 11_00n, frozenFen: 0n });
      await assertLedgerInvariants(db.prisma);
    });

    it("waits while the gateway says CREATED, fails on FAILED, expires on EXPIRED (or unknown after the checkout closed)", async () => {
      const gateway = new FakeGateway();
      const waiting = await openAgo(0, 10_00n, gateway);
      gateway.orders.set(waiting.id, {
        orderNo: waiting.id,
        status: "CREATED",
        amountFen: 10_00n,
        currency: "CNY",
        gatewaySerial: null,
        paidAt: null,
      });
      expect(await checkDepositStatus(db.prisma, waiting.id, { gateway })).toEqual({ effect: "UNCHANGED", status: "CREATED" });
      // Unknown to the gateway but its checkout still open: nothing to say yet.
      const unknownOpen = await openAgo(0, 10_00n, gateway);
      expect(await checkDepositStatus(db.prisma, unknownOpen.id, { gateway })).toEqual({ effect: "UNCHANGED", status: "CREATED" });

      const failed = await openAgo(0, 10_00n, gateway);
      gateway.orders.set(failed.id, {
        orderNo: failed.id,
        status: "FAILED",
        amountFen: 10_00n,
        currency: "CNY",
        gatewaySerial: null,
        paidAt: null,
      });
      expect(await checkDepositStatus(db.prisma, failed.id, { gateway })).toEqual({ effect: "FAILED", status: "FAILED" });

      const expired = await openAgo(HOUR, 10_00n, gateway);
      gateway.orders.set(expired.id, {
        orderNo: expired.id,
        status: "EXPIRED",
        amountFen: 10_00n,
        currency: "CNY",
        gatewaySerial: null,
        paidAt: null,
      });
      expect(await checkDepositStatus(db.prisma, expired.id, { gateway })).toEqual({ effect: "EXPIRED", status: "EXPIRED" });

      const neverOpened = await openAgo(HOUR, 10_00n, gateway);
      gateway.orders.delete(neverOpened.id);
      expect(await checkDepositStatus(db.prisma, neverOpened.id, { gateway })).toEqual({ effect: "EXPIRED", status: "EXPIRED" });
      expect(
        await db.prisma.journalEntry.count({
          where: { description: { in: [waiting.id, failed.id, expired.id].map((id) => `Deposit ${id}`) } },
        }),
      ).toBe(0);
    });

    it("NOT_FOUND for another user's deposit; DEPOSIT_NEEDS_REVIEW when the gateway reports another amount; GATEWAY_UNAVAILABLE", async () => {
      const gateway = new FakeGateway();
      const deposit = await openAgo(0, 10_00n, gateway);
      const other = await createInvestor(db.prisma);
      await expect(checkDepositStatus(db.prisma, deposit.id, { gateway }, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      gateway.orders.set(deposit.id, {
        orderNo: deposit.id,
        status: "PAID",
        amountFen: 9_00n,
        currency: "CNY",
        gatewaySerial: "GW-ODD",
        paidAt: new Date(),
      });
      const before = await moneySnapshot(db.prisma);
      await expect(checkDepositStatus(db.prisma, deposit.id, { gateway }, deposit.userId)).rejects.toMatchObject({
        code: "DEPOSIT_NEEDS_REVIEW",
      });
      expect(await moneySnapshot(db.prisma)).toEqual(before);
      gateway.unavailable = true;
      await expect(checkDepositStatus(db.prisma, deposit.id, { gateway }, deposit.userId)).rejects.toMatchObject({
        code: "GATEWAY_UNAVAILABLE",
      });
    });
  });

  describe("expire-deposits job", () => {
    it("expires CREATED orders a grace period past their checkout, in batches; a second run finds nothing", async () => {
      await db.prisma.deposit.updateMany({ where: { status: "CREATED" }, data: { status: "FAILED", closedAt: new Date() } });
      const due = [];
      for (let i = 0; i < 5; i++) due.push(await openAgo(DEPOSIT_EXPIRY_GRACE_MS + DEPOSIT_CHECKOUT_MS + HOUR));
      const inGrace = await openAgo(DEPOSIT_CHECKOUT_MS + HOUR);
      const fresh = await openAgo(0);
      const paid = await openAgo(DEPOSIT_EXPIRY_GRACE_MS + DEPOSIT_CHECKOUT_MS + HOUR, 40_00n);
      await notify({ orderNo: paid.id, amountFen: 40_00n });

      const clock = fixedClock(new Date(), ZONE);
      const handled: string[] = [];
      expect(await expireDeposits(db.prisma, clock, { batchSize: 2, onBatch: (ids) => handled.push(...ids) })).toEqual({
        handled: 5,
        batches: 3,
      });
      expect(handled.sort()).toEqual(due.map((d) => d.id).sort());
      expect(await expireDeposits(db.prisma, clock, { batchSize: 2 })).toEqual({ handled: 0, batches: 0 });

      const statuses = await db.prisma.deposit.findMany({
        where: { id: { in: [...due.map((d) => d.id), inGrace.id, fresh.id, paid.id] } },
        select: { id: true, status: true, closedAt: true },
      });
      const statusOf = (id: string) => statuses.find((row) => row.id === id)?.status;
      for (const d of due) expect(statusOf(d.id)).toBe("EXPIRED");
      expect([statusOf(inGrace.id), statusOf(fresh.id), statusOf(paid.id)]).toEqual(["CREATED", "CREATED", "PAID"]);
      expect(await db.prisma.statusHistory.count({ where: { entityId: { in: due.map((d) => d.id) }, event: "EXPIRE" } })).toBe(5);
      await assertLedgerInvariants(db.prisma);
    });
  });
});
