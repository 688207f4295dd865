import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { systemClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import { applyGatewayOutcome } from "@/lib/server/deposits/apply-gateway-outcome";
import { requestProjectCancel } from "@/lib/server/disbursement/cancel-project";
import { rejectInvestment } from "@/lib/server/investments";
import { investFreeze } from "@/lib/server/investments/ledger-entries";
import { postEntry } from "@/lib/server/ledger";
import { rejectReviewRequest } from "@/lib/server/review-requests/reject-review-request";
import { assertLedgerInvariants } from "../tests/integration/support/ledger-invariants";
import { actorPage, uniqueTag } from "./support/company-helpers";
import { expect, type TestUser, test } from "./support/fixtures";
import { verifiedInvestorWithMoney } from "./support/investors";
import { insertProject } from "./support/projects";
import { repayingLoan } from "./support/repaying";

/**
 * Issue 13 §4: the staff record pages. A loan paid out through the real services (escrow, payout approved by a
 * supervisor and transferred by customer service), a pending investment rejected by customer service, a deposit
 * credited through the gateway's credit path and a cancellation request refused by a supervisor; customer
 * service opens each record and sees its facts, status history, ledger entries (amounts in ¥) and requests.
 * Investors and companies are refused; an unknown id is 404.
 */

const rowWith = (page: Page, section: string, row: string, text: string | RegExp) =>
  page.getByTestId(section).getByTestId(row).filter({ hasText: text });

test("customer service opens the record pages of a loan, its payout, an investment and a deposit", async ({
  browser,
  database,
  makeUser,
}) => {
  test.setTimeout(180_000);
  const db = database.prisma;
  const tag = uniqueTag();
  const loan = await repayingLoan(database, makeUser, systemClock("Asia/Shanghai"), { title: `记录页 ${tag}`, termMonths: 3 });
  const payout = await db.outflow.findFirstOrThrow({ where: { projectId: loan.projectId, kind: "PAYOUT" } });

  // A second project, still fundraising: a pending investment (frozen as placing one freezes it) that customer
  // service rejects, and a cancellation request a supervisor refuses.
  const open = await insertProject(database, loan.company, { title: `募集中 ${tag}`, rateBp: 1200, method: "EQUAL_INSTALLMENT" });
  const [cs, supervisor, investor] = await Promise.all([makeUser("CUSTOMER_SERVICE"), makeUser("SUPERVISOR"), makeUser("INVESTOR")]);
  await verifiedInvestorWithMoney(database, investor, "记录测试", 100_000n);
  const investmentId = await withTransaction(db, async (tx) => {
    const investment = await tx.investment.create({
      data: { projectId: open.id, investorId: investor.id, amountFen: 50_000n, status: "PENDING", riskNoticeAcceptedAt: new Date() },
    });
    await postEntry(tx, investFreeze(investment.id, investor.id, 50_000n));
    await tx.loanProject.update({ where: { id: open.id }, data: { fundedFen: { increment: 50_000n } } });
    return investment.id;
  });
  await rejectInvestment(db, { id: cs.id, role: cs.role }, investmentId, `金额不符 ${tag}`);
  const request = await requestProjectCancel(db, { id: cs.id, role: cs.role }, open.id, `借款企业要求撤回 ${tag}`);
  await rejectReviewRequest(db, {
    checker: { id: supervisor.id, role: supervisor.role },
    requestId: request.id,
    decisionReason: `继续募集 ${tag}`,
  });

  // A deposit paid at the gateway and credited through the one credit path.
  const serial = `SBT${randomUUID().replaceAll("-", "").slice(0, 12).toUpperCase()}`;
  const deposit = await db.deposit.create({
    data: { userId: investor.id, amountFen: 12_345n, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  await withTransaction(db, (tx) =>
    applyGatewayOutcome(tx, deposit.id, { status: "PAID", amountFen: 12_345n, currency: "CNY", gatewaySerial: serial, paidAt: new Date() }),
  );
  await assertLedgerInvariants(db);

  const page = await actorPage(browser, cs);

  // The loan project: facts, schedule, investments, payout, history, its escrow and payout entries.
  await page.goto(`/admin/projects/${loan.projectId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(loan.title);
  await expect(page.getByTestId("record-status")).toHaveText("还款中");
  await expect(page.getByTestId("entity-schedule").getByTestId("instalment-row")).toHaveCount(3);
  await expect(page.getByTestId("project-investments").getByTestId("investment-row")).toHaveCount(loan.investors.length);
  await expect(rowWith(page, "entity-history", "history-row", "批准放款")).toHaveCount(1);
  const escrow = rowWith(page, "entity-ledger", "ledger-entry", `escrow:${loan.projectId}`);
  await expect(escrow.getByTestId("ledger-posting").filter({ hasText: `loan:${loan.projectId}:escrow` })).toContainText("+¥100,000.00");
  const payoutEntry = rowWith(page, "entity-ledger", "ledger-entry", `payout:${payout.id}`);
  await expect(payoutEntry.getByTestId("ledger-posting").filter({ hasText: `loan:${loan.projectId}:escrow` })).toContainText(
    "-¥100,000.00",
  );
  await expect(page.getByTestId("entity-ledger").getByTestId("ledger-entry")).toHaveCount(2);
  await expect(page.getByTestId("entity-requests")).toContainText("没有关于此记录的审核请求");
  // Linked both ways with the loan review page.
  await page.getByTestId("review-page-link").click();
  await expect(page).toHaveURL(new RegExp(`/admin/reviews/${loan.projectId}$`));
  await page.getByTestId("record-link").click();
  await expect(page).toHaveURL(new RegExp(`/admin/projects/${loan.projectId}$`));

  // Its payout: approved by the supervisor, transferred by customer service under the serial; its one entry.
  await page.getByTestId("payout-link").click();
  await expect(page).toHaveURL(new RegExp(`/admin/outflows/${payout.id}$`));
  const transferred = await db.outflow.findUniqueOrThrow({ where: { id: payout.id } });
  await expect(page.getByTestId("outflow-serial")).toHaveText(transferred.externalSerial ?? "");
  await expect(page.getByTestId("outflow-card")).toContainText("**** 4321");
  await expect(page.getByTestId("outflow-decided")).not.toHaveText("—");
  await expect(page.getByTestId("outflow-transferred")).not.toHaveText("—");
  await expect(page.getByTestId("entity-ledger").getByTestId("ledger-key")).toHaveText([`payout:${payout.id}`]);
  await expect(page.getByTestId("entity-history").getByTestId("history-row").first()).toBeVisible();

  // The rejected investment: its reason in the history, frozen then released, ¥500.00 each way.
  await page.goto(`/admin/investments/${investmentId}`);
  await expect(page.getByTestId("record-status")).toHaveText("已拒绝");
  await expect(page.getByTestId("investment-investor")).toHaveText("记录测试");
  await expect(rowWith(page, "entity-history", "history-row", `金额不符 ${tag}`)).toHaveCount(1);
  await expect(page.getByTestId("entity-ledger").getByTestId("ledger-key")).toHaveText([
    `invest:${investmentId}:unfreeze`,
    `invest:${investmentId}`,
  ]);
  const freeze = rowWith(page, "entity-ledger", "ledger-entry", `invest:${investmentId}`).last();
  await expect(freeze.getByTestId("posting-amount")).toHaveText(["-¥500.00", "+¥500.00"]);
  await expect(rowWith(page, "entity-audit", "entity-audit-row", /.+/)).not.toHaveCount(0);
  await page.getByTestId("project-link").click();
  await expect(page).toHaveURL(new RegExp(`/admin/projects/${open.id}$`));

  // The fundraising project's refused cancellation request: maker, checker and both reasons.
  const refused = rowWith(page, "entity-requests", "request-row", `借款企业要求撤回 ${tag}`);
  await expect(refused.getByTestId("request-maker")).toContainText(cs.displayName);
  await expect(refused.getByTestId("request-checker")).toContainText(supervisor.displayName);
  await expect(refused.getByTestId("request-checker")).toContainText(`继续募集 ${tag}`);
  await expect(rowWith(page, "project-investments", "investment-row", "记录测试")).toHaveCount(1);

  // The deposit: found in the list of paid deposits, its serial, its PAY by the system, its one credit.
  await page.goto("/admin/deposits?status=PAID&purpose=WALLET");
  await page.locator(`a[href="/admin/deposits/${deposit.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/admin/deposits/${deposit.id}$`));
  await expect(page.getByTestId("deposit-serial")).toHaveText(serial);
  await expect(page.getByTestId("record-status")).toHaveText("已支付");
  await expect(rowWith(page, "entity-history", "history-row", "系统")).toHaveCount(1);
  const credit = rowWith(page, "entity-ledger", "ledger-entry", `deposit:${serial}`);
  await expect(credit.getByTestId("ledger-posting").filter({ hasText: `user:${investor.id}:available` })).toContainText("+¥123.45");
  await expect(page.getByTestId("entity-ledger").getByTestId("ledger-entry")).toHaveCount(1);
  await page.context().close();
});

test("investors and companies are refused the record pages; an unknown id is 404", async ({ browser, makeUser, database }) => {
  const project = await database.prisma.loanProject.findFirstOrThrow({ select: { id: true } });
  for (const role of ["INVESTOR", "COMPANY"] as const) {
    const user: TestUser = await makeUser(role);
    const page = await actorPage(browser, user);
    for (const path of [`/admin/projects/${project.id}`, "/admin/deposits"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/forbidden$/);
    }
    await page.context().close();
  }
  const page = await actorPage(browser, await makeUser("SUPERVISOR"));
  for (const path of ["/admin/projects/nope", "/admin/investments/nope", "/admin/deposits/nope", "/admin/outflows/nope"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await page.context().close();
});
