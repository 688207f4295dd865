import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

// PGlite has a single connection: races there prove nothing, so these run on PostgreSQL only.
describe("repayments under concurrency (PostgreSQL)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 12 });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("concurrent repayments of one project never pay more than it owes", async () => {
    const db = database.prisma;
    const { project, companyUser, instalments } = await repayingProject(db, { termMonths: 3 });
    const first = instalments[0] as (typeof instalments)[number];
    const clock = clockOn(day(first.dueDate));
    await depositFor(db, companyUser.id, 20_000_000n);
    // What may be paid on the first due date: the first and second instalments. Six payments each of half of it.
    const max = instalments.slice(0, 2).reduce((s, i) => s + i.principalFen + i.interestFen, 0n);
    const half = max / 2n;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () => repayFromWallet(db, actorOf(companyUser), { projectId: project.id, amountFen: half }, { clock })),
    );
    const applied = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(applied).toHaveLength(2);
    expect(refused.map((o) => o.reason.code)).toEqual(Array(4).fill("REPAYMENT_TOO_LARGE"));
    const paid = await db.repayment.aggregate({ where: { projectId: project.id }, _sum: { amountFen: true } });
    expect(paid._sum.amountFen).toBe(half * 2n);
    const rows = await db.repaymentInstalment.findMany({ where: { projectId: project.id }, orderBy: { number: "asc" } });
    expect(rows[0]?.status).toBe("PAID");
    expect((await getBalances(db, companyUser.id)).availableFen).toBe(20_000_000n - half * 2n);
    await assertLedgerInvariants(db);
  });

  it("a checkout payment credited at the same moment as a wallet repayment: both apply, in turn, without deadlock", async () => {
    const db = database.prisma;
    const { project, companyUser, instalments } = await repayingProject(db, { termMonths: 3 });
    const first = instalments[0] as (typeof instalments)[number];
    const owed = first.principalFen + first.interestFen;
    const gateway = new FakeGateway();
    const { depositId } = await createRepaymentCheckout(
      db,
      actorOf(companyUser),
      { projectId: project.id, amountFen: owed },
      {
        gateway,
        returnUrl: (no) => `http://app.test/?orderNo=${no}`,
      },
    );
    await depositFor(db, companyUser.id, owed);
    const notification = {
      id: `msg_${randomBytes(6).toString("hex")}`,
      notification: gatewayNotificationSchema.parse(
        JSON.parse(notificationBody({ orderNo: depositId, amountFen: owed, gatewaySerial: `GW-${depositId}`, purpose: "REPAYMENT" })),
      ),
    };
    const clock = clockOn(day(first.dueDate));
    const [credited, wallet] = await Promise.allSettled([
      handleGatewayNotification(db, notification),
      repayFromWallet(db, actorOf(companyUser), { projectId: project.id, amountFen: owed }, { clock }),
    ]);
    expect(credited.status).toBe("fulfilled");
    expect(wallet.status).toBe("fulfilled");
    const repayments = await db.repayment.findMany({ where: { projectId: project.id } });
    expect(repayments).toHaveLength(2);
    await assertLedgerInvariants(db);
  });
});
