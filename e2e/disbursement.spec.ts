import { randomUUID } from "node:crypto";
import { fixedClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import { payoutOutflowHandler } from "@/lib/server/disbursement/payout-outflow-handler";
import { platformGateway, postEntry, userAvailable, userFrozen } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import { actorPage } from "./support/company-helpers";
import { expect, test, waitForHydration } from "./support/fixtures";
import { insertProject } from "./support/projects";

// The full-subscription review (满标复审) as the supervisor does it in the browser, and the company watching its
// payout: approved (waiting for customer service's transfer), then transferred with its serial and the stored
// schedule. Investments and the transfer itself are written directly: their own flows are tested elsewhere.

test("the supervisor approves a fully funded project; the company sees the payout and, once transferred, its serial and schedule", async ({
  page,
  browser,
  makeUser,
  loginAs,
  database,
}) => {
  const db = database.prisma;
  const companyUser = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const title = `满标复审 ${randomUUID().slice(0, 6)}`;
  const project = await insertProject(database, companyUser, { title, rateBp: 1200, method: "EQUAL_INSTALLMENT", status: "FULLY_FUNDED" });
  await db.bankCard.create({
    data: {
      userId: companyUser.id,
      holderName: "E2E 公司",
      bankName: "招商银行",
      numberCipher: "e2e",
      numberHash: `e2e-${randomUUID()}`,
      numberLast4: "4321",
    },
  });
  // Two investors, ¥40,000 and ¥60,000, both confirmed: the money frozen in their wallets.
  for (const amountFen of [4_000_000n, 6_000_000n]) {
    const investor = await makeUser("INVESTOR");
    await withTransaction(db, async (tx) => {
      const investment = await tx.investment.create({
        data: { projectId: project.id, investorId: investor.id, amountFen, status: "CONFIRMED" },
      });
      await postEntry(tx, {
        idempotencyKey: `e2e-deposit:${investment.id}`,
        kind: "DEPOSIT",
        postings: [
          { account: platformGateway(), amountFen: -amountFen },
          { account: userAvailable(investor.id), amountFen },
        ],
      });
      await postEntry(tx, {
        idempotencyKey: `e2e-freeze:${investment.id}`,
        kind: "INVEST_FREEZE",
        postings: [
          { account: userAvailable(investor.id), amountFen: -amountFen },
          { account: userFrozen(investor.id), amountFen },
        ],
      });
      await tx.loanProject.update({ where: { id: project.id }, data: { fundedFen: { increment: amountFen } } });
    });
  }

  // The supervisor finds it in the queue and approves it.
  const supervisor = await makeUser("SUPERVISOR");
  const sup = await actorPage(browser, supervisor);
  await sup.goto("/admin/disbursements");
  await sup.getByRole("link", { name: title }).click();
  await expect(sup).toHaveURL(new RegExp(`/admin/disbursements/${project.id}$`));
  const preview = sup.getByTestId("payout-preview");
  await expect(preview).toContainText("¥100,000.00");
  await expect(preview).toContainText("招商银行 ···· 4321");
  await expect(sup.getByTestId("review-investments").getByRole("listitem")).toHaveCount(2);
  const approve = sup.getByTestId("approve-disbursement-form");
  await waitForHydration(approve);
  let confirmText = "";
  // actorPage accepts the confirmation; this only reads what it asked.
  sup.once("dialog", (dialog) => {
    confirmText = dialog.message();
  });
  await approve.getByRole("button", { name: "批准放款" }).click();
  await expect(sup.getByTestId("loan-status")).toHaveText("放款中");
  expect(confirmText).toContain("不可撤销");
  const payout = await db.outflow.findFirstOrThrow({ where: { projectId: project.id, kind: "PAYOUT" } });
  // The default service fee, 1.00 %: ¥1,000.00 kept, ¥99,000.00 transferred.
  expect(payout).toMatchObject({ status: "APPROVED", amountFen: 9_900_000n, feeFen: 100_000n, decidedById: supervisor.id });
  await sup.context().close();

  // The company sees the approved payout waiting for the transfer.
  await loginAs(companyUser);
  await page.goto(`/company/loans/${project.id}`);
  const card = page.getByTestId("company-payout");
  await expect(card.getByTestId("payout-status")).toHaveText("已批准，等待划账");
  await expect(card).toContainText("¥99,000.00");
  await expect(card).toContainText("¥1,000.00");

  // Customer service transfers it and records the serial (here directly, as the outflow service does).
  const cs = await makeUser("CUSTOMER_SERVICE");
  const serial = `SBX-E2E-${randomUUID().slice(0, 8)}`;
  const clock = fixedClock(new Date(), "Asia/Shanghai");
  await withTransaction(db, async (tx) => {
    const actor = { id: cs.id, role: cs.role };
    await applyTransition(tx, {
      entity: "OUTFLOW",
      id: payout.id,
      event: { type: "MARK_TRANSFERRED", externalSerial: serial },
      actor,
      data: { externalSerial: serial, transferredById: cs.id, transferredAt: clock.now() },
    });
    await payoutOutflowHandler.transferred(tx, await tx.outflow.findUniqueOrThrow({ where: { id: payout.id } }), { actor, clock });
  });

  await page.reload();
  await expect(page.getByTestId("loan-status")).toHaveText("还款中");
  await expect(card.getByTestId("payout-status")).toHaveText("已划账");
  await expect(card).toContainText(serial);
  await expect(page.getByTestId("stored-schedule-note")).toBeVisible();
  await expect(page.getByTestId("schedule-table").locator("tbody tr")).toHaveCount(6);
});
