import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { systemClock } from "@/lib/server/clock";
import { approveDisbursement } from "@/lib/server/disbursement/approve-disbursement";
import { confirmInvestment } from "@/lib/server/investments";
import { recordOutflowTransfer } from "@/lib/server/outflows";
import { assertLedgerInvariants } from "../tests/integration/support/ledger-invariants";
import { actorPage, switchLanguage, uniqueTag } from "./support/company-helpers";
import { expect, refreshPublicPages, test, waitForHydration } from "./support/fixtures";
import { verifiedInvestorWithMoney } from "./support/investors";
import { insertProject } from "./support/projects";
import { topUpWallet } from "./support/repaying";

/** The bell's unread number in the header as the server counts it on a fresh page (absent when nothing is unread). */
async function expectUnread(page: Page, count: number) {
  await page.goto("/notifications");
  const badge = page.getByTestId("notification-bell").getByTestId("unread-count");
  if (count === 0) await expect(badge).toHaveCount(0);
  else await expect(badge).toHaveText(String(count));
}

/** The titles on /notifications, newest first. */
async function noticeTitles(page: Page): Promise<string[]> {
  await page.goto("/notifications");
  return page.getByTestId("notification-title").allInnerTexts();
}

/**
 * Issue 13 item 2: an investor reading Chinese and a company reading English walk invest → payout → repayment;
 * each is told every step in their own language, on the page and by e-mail (one per notice, in the outbox),
 * and the unread count drops as they mark them read.
 */
test("an investor (zh-CN) and a company (en) are told each step of invest → payout → repayment", async ({
  browser,
  database,
  makeUser,
}) => {
  test.setTimeout(240_000);
  const db = database.prisma;
  const clock = systemClock("Asia/Shanghai");

  // The company reads English: it switches the language while signed in, which its e-mails follow.
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  await db.company.update({ where: { userId: company.id }, data: { activatedAt: clock.now() } });
  await db.bankCard.create({
    data: {
      userId: company.id,
      holderName: "E2E Co",
      bankName: "招商银行",
      numberCipher: "e2e",
      numberHash: `e2e-${randomUUID()}`,
      numberLast4: "4321",
    },
  });
  const companyPage = await actorPage(browser, company);
  await companyPage.goto("/notifications");
  await expect(companyPage.getByText("暂无消息。账户相关的动态会显示在这里。")).toBeVisible();
  await switchLanguage(companyPage, "en");
  await expect(companyPage.getByText("No notifications yet. You will find news about your account here.")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: company.id } })).locale).toBe("en");

  const title = `Notices ${uniqueTag()}`;
  const project = await insertProject(database, company, { title, rateBp: 1200, method: "EQUAL_INSTALLMENT", termMonths: 3 });
  await refreshPublicPages(companyPage.request);

  // Invest: the investor (default language zh-CN) takes the whole ¥100,000.00 from the project page.
  const investor = await makeUser("INVESTOR");
  await verifiedInvestorWithMoney(database, investor, "李四", 10_000_000n);
  const investorPage = await actorPage(browser, investor);
  await investorPage.goto(`/loans/${project.id}`);
  const form = investorPage.getByTestId("invest-form");
  await waitForHydration(form);
  await form.getByLabel("投资金额（元）").fill("100000");
  await form.getByTestId("risk-notice").check();
  await form.getByRole("button", { name: "立即投资" }).click();
  // Filling the project sends the investor to their investments, where it says so.
  await investorPage.waitForURL((url) => url.pathname === "/investor/investments");
  await expect(investorPage.getByText("投资已提交，项目已投满", { exact: false })).toBeVisible();
  await investorPage.goto("/notifications");
  await expectUnread(investorPage, 1);
  expect(await noticeTitles(investorPage)).toEqual(["投标已提交"]);

  // Customer service confirms it; a supervisor approves the payout and customer service records the transfer.
  const investment = await db.investment.findFirstOrThrow({ where: { projectId: project.id } });
  const cs = await makeUser("CUSTOMER_SERVICE");
  const supervisor = await makeUser("SUPERVISOR");
  await confirmInvestment(db, { id: cs.id, role: cs.role }, investment.id);
  const payout = await approveDisbursement(db, { id: supervisor.id, role: supervisor.role }, project.id, clock);
  await recordOutflowTransfer(
    db,
    { id: cs.id, role: cs.role },
    payout.id,
    `SBT${randomUUID().replaceAll("-", "").slice(0, 12).toUpperCase()}`,
    {
      clock,
    },
  );

  // Repay: the company pays the first instalment from its wallet on its loan's page.
  await topUpWallet(database, company.id, 20_000_000n);
  await companyPage.goto(`/company/loans/${project.id}`);
  const repay = companyPage.getByTestId("repay-form");
  await waitForHydration(repay);
  await repay.getByRole("button", { name: "Repay" }).click();
  await expect(companyPage.getByTestId("repay-result")).toBeVisible();
  await assertLedgerInvariants(db);

  // The investor, in Chinese: four notices, newest first, all unread.
  expect(await noticeTitles(investorPage)).toEqual(["收到回款", "项目已放款", "投资已确认", "投标已提交"]);
  await expectUnread(investorPage, 4);
  await expect(investorPage.getByTestId("notification").first()).toContainText(title);
  // Marking one read drops the count; the rest all at once.
  const first = investorPage.getByTestId("notification").first();
  await waitForHydration(first.getByTestId("mark-read"));
  await first.getByTestId("mark-read").click();
  await expect(investorPage.getByTestId("notification").first()).toHaveAttribute("data-read", "true");
  await expectUnread(investorPage, 3);
  await investorPage.getByTestId("mark-all-read").click();
  await expect(investorPage.locator('[data-testid="notification"][data-read="false"]')).toHaveCount(0);
  await expectUnread(investorPage, 0);

  // The company, in English.
  expect(await noticeTitles(companyPage)).toEqual(["Repayment recorded", "Payout transferred", "Payout approved", "Loan fully funded"]);
  await expectUnread(companyPage, 4);
  await companyPage.getByTestId("mark-all-read").click();
  await expect(companyPage.locator('[data-testid="notification"][data-read="false"]')).toHaveCount(0);
  await expectUnread(companyPage, 0);

  // The outbox: exactly one e-mail per notice (each notice is its own e-mail), to the user, in the user's language.
  const mailboxes = [
    [investor, "恒信借贷：", "恒信借贷：收到回款"],
    [company, "Hengxin Lending: ", "Hengxin Lending: Repayment recorded"],
  ] as const;
  for (const [user] of mailboxes) {
    const notices = await db.notification.findMany({ where: { userId: user.id }, select: { emailSentAt: true } });
    expect(notices).toHaveLength(4);
    // No SMTP here: none sent.
    expect(notices.every((notice) => notice.emailSentAt === null)).toBe(true);
  }

  // An administrator reads the same e-mails in the development outbox (no SMTP configured here), composed when
  // shown (or sent) in the recipient's language.
  const admin = await makeUser("ADMIN");
  const adminPage = await actorPage(browser, admin);
  for (const [user, prefix, newest] of mailboxes) {
    await adminPage.goto(`/admin/outbox?to=${encodeURIComponent(user.email)}`);
    await expect(adminPage.getByTestId("outbox-email")).toHaveCount(4);
    await expect(adminPage.getByTestId("outbox-subject").first()).toHaveText(newest);
    for (const subject of await adminPage.getByTestId("outbox-subject").allTextContents()) expect(subject.startsWith(prefix)).toBe(true);
  }

  for (const page of [companyPage, investorPage, adminPage]) await page.context().close();
});
