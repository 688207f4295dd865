import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db/types";
import { checkDepositStatus } from "@/lib/server/deposits/check-deposit-status";
import { handleGatewayNotification } from "@/lib/server/deposits/handle-gateway-notification";
import { getBalances } from "@/lib/server/ledger";
import { gatewayNotificationSchema } from "@/lib/server/payments";
import { createRepaymentCheckout } from "@/lib/server/repayments/create-repayment-checkout";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { FakeGateway, notificationBody } from "../deposits/helpers";
import { depositFor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { actorOf, clockOn, day } from "./support";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  await database?.close();
});

const returnUrl = (orderNo: string) => `http://app.test/company/loans?orderNo=${orderNo}`;

/** The gateway's word that the order was paid, as a verified notification with a fresh webhook id. */
const paid = (orderNo: string, amountFen: bigint, serial: string) => ({
  id: `msg_${randomBytes(6).toString("hex")}`,
  notification: gatewayNotificationSchema.parse(
    JSON.parse(notificationBody({ orderNo, amountFen, gatewaySerial: serial, purpose: "REPAYMENT" })),
  ),
});

describe("repayment through checkout", () => {
  it("opens a REPAYMENT order and applies it once when credited, however many times the gateway says so", async () => {
    const { project, companyUser, instalments } = await repayingProject(db);
    const first = instalments[0] as (typeof instalments)[number];
    const amountFen = first.principalFen + first.interestFen;
    const gateway = new FakeGateway();
    const { depositId } = await createRepaymentCheckout(
      db,
      actorOf(companyUser),
      { projectId: project.id, amountFen },
      {
        gateway,
        returnUrl,
        clock: clockOn(day(first.dueDate)),
      },
    );
    expect(gateway.checkouts).toMatchObject([{ orderNo: depositId, purpose: "REPAYMENT", amountFen }]);
    expect(await db.deposit.findUniqueOrThrow({ where: { id: depositId } })).toMatchObject({ purpose: "REPAYMENT", projectId: project.id });

    const serial = `GW-${depositId}`;
    expect(await handleGatewayNotification(db, paid(depositId, amountFen, serial))).toMatchObject({ effect: "CREDITED" });
    // The same payment told again (a retry under a new webhook id), then found by "check status".
    expect(await handleGatewayNotification(db, paid(depositId, amountFen, serial))).toMatchObject({ effect: "UNCHANGED" });
    gateway.orders.set(depositId, {
      orderNo: depositId,
      status: "PAID",
      amountFen,
      currency: "CNY",
      gatewaySerial: serial,
      paidAt: new Date(),
    });
    await checkDepositStatus(db, depositId, { gateway }, companyUser.id);

    const repayments = await db.repayment.findMany({ where: { projectId: project.id } });
    expect(repayments).toHaveLength(1);
    expect(repayments[0]).toMatchObject({ depositId, amountFen, principalFen: first.principalFen, paidById: companyUser.id });
    expect((await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("PAID");
    expect((await getBalances(db, companyUser.id)).availableFen).toBe(0n);
    await assertLedgerInvariants(db);
  });

  it("repays only what is still owed when the payment arrives; the rest stays in the wallet", async () => {
    const { project, companyUser, instalments } = await repayingProject(db);
    const first = instalments[0] as (typeof instalments)[number];
    const clock = clockOn(day(first.dueDate));
    const owed = first.principalFen + first.interestFen;
    const gateway = new FakeGateway();
    const { depositId } = await createRepaymentCheckout(
      db,
      actorOf(companyUser),
      { projectId: project.id, amountFen: owed },
      {
        gateway,
        returnUrl,
        clock,
      },
    );
    // Meanwhile the company paid most of the instalment from its wallet.
    await depositFor(db, companyUser.id, owed - 1000n);
    await repayFromWallet(db, actorOf(companyUser), { projectId: project.id, amountFen: owed - 1000n }, { clock });

    await handleGatewayNotification(db, paid(depositId, owed, `GW-${depositId}`));
    const repayment = await db.repayment.findUniqueOrThrow({ where: { depositId } });
    // Today (the real clock) the first instalment's rest and the second instalment may be paid: at most `owed`.
    expect(repayment.amountFen).toBeLessThanOrEqual(owed);
    expect((await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("PAID");
    expect((await getBalances(db, companyUser.id)).availableFen).toBe(owed - repayment.amountFen);
    await assertLedgerInvariants(db);
  });

  it("refuses more than may be paid now and another company's project, opening no order", async () => {
    const { project, companyUser, instalments } = await repayingProject(db);
    const other = await repayingProject(db);
    const first = instalments[0] as (typeof instalments)[number];
    const gateway = new FakeGateway();
    const deps = { gateway, returnUrl, clock: clockOn(day(first.dueDate)) };
    const deposits = await db.deposit.count();
    await expect(
      createRepaymentCheckout(db, actorOf(companyUser), { projectId: project.id, amountFen: 10n ** 11n }, deps),
    ).rejects.toMatchObject({
      code: "REPAYMENT_TOO_LARGE",
    });
    await expect(
      createRepaymentCheckout(db, actorOf(other.companyUser), { projectId: project.id, amountFen: 100_00n }, deps),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.deposit.count()).toBe(deposits);
    expect(gateway.checkouts).toHaveLength(0);
  });
});
