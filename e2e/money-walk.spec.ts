import { randomInt, randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { luhnValid } from "@/lib/domain/bank-cards/card-number";
import { getBalances } from "@/lib/server/ledger";
import { assertLedgerInvariants } from "../tests/integration/support/ledger-invariants";
import { actorPage } from "./support/actors";
import { findInQueue } from "./support/company-helpers";
import { expect, refreshPublicPages, type TestUser, test, waitForHydration } from "./support/fixtures";
import { verifyInvestor } from "./support/investors";
import { insertProject } from "./support/projects";
import { sandboxPayments } from "./support/sandbox-payments";

/**
 * Issue 11, "Done when": the money walk through the real UI, each actor in a browser of their own. An investor
 * binds a card, deposits through the sandbox checkout and invests; customer service confirms; a second investor
 * fills the project; the supervisor approves the disbursement; customer service transfers in the sandbox console
 * and records its serial; the company sees its payout; the first investor withdraws, approved by the supervisor
 * and transferred by customer service. Then the ledger invariants hold. A second test walks the investor's part
 * in English on a 390 px phone.
 */

type Locale = "zh-CN" | "en";

const sandbox = sandboxPayments();
const PHONE = { width: 390, height: 844 };

const WORDS = {
  "zh-CN": {
    holder: "持卡人",
    bank: "开户银行",
    number: "银行卡号",
    bind: "绑定",
    depositAmount: "金额（¥）",
    depositSubmit: "前往收银台",
    depositPaid: "已支付",
    investAmount: "投资金额（元）",
    invest: "立即投资",
    placed: "投资已提交",
    placedFilled: "项目已投满",
    pending: "待审核",
    confirmed: "已确认",
    withdrawAmount: "提现金额（元）",
    withdraw: "提现",
    requested: "待审批",
    transferred: "已划账",
  },
  en: {
    holder: "Card holder",
    bank: "Bank",
    number: "Card number",
    bind: "Bind card",
    depositAmount: "Amount (¥)",
    depositSubmit: "Go to checkout",
    depositPaid: "Paid",
    investAmount: "Amount (¥)",
    invest: "Invest",
    placed: "Your investment was placed",
    placedFilled: "the project is now fully subscribed",
    pending: "Waiting for review",
    confirmed: "Confirmed",
    withdrawAmount: "Amount (yuan)",
    withdraw: "Withdraw",
    requested: "Waiting for approval",
    transferred: "Transferred",
  },
} as const;

/** A Luhn-valid card number of `length` digits (16–19), random enough to be unique per test. */
function luhnValidNumber(length = 19): string {
  const body = `6222${Array.from({ length: length - 5 }, () => randomInt(10)).join("")}`;
  for (let check = 0; check < 10; check++) if (luhnValid(`${body}${check}`)) return `${body}${check}`;
  throw new Error("unreachable: one check digit always fits");
}

/** A Chinese name nobody else in the e2e database has, so the staff queues can be searched by payee. */
function uniqueChineseName(): string {
  const pool = "霍栾蔺谯璩逄邸宓郗琅玥珩璟琮瑀瑄璠";
  const pick = () => pool[randomInt(pool.length)];
  return `${pick()}${pick()}${pick()}${pick()}`;
}

const DESKTOP = { width: 1280, height: 900 };

/** A browser of this actor's own, in `locale`, logged in (support/actors.ts). */
function actor(browser: Browser, baseURL: string, user: TestUser, locale: Locale = "zh-CN", viewport = DESKTOP) {
  return actorPage(browser, user, { locale, baseURL, viewport });
}

/** Binds a card on the user's bank-cards page; the holder is prefilled with the verified name. */
async function bindCard(page: Page, area: "/investor" | "/company", holder: string, number: string, locale: Locale) {
  const w = WORDS[locale];
  await page.goto(`${area}/bank-cards`);
  const form = page.getByTestId("bind-card-form");
  await waitForHydration(form);
  await expect(form.getByLabel(w.holder, { exact: true })).toHaveValue(holder);
  await form.getByLabel(w.bank, { exact: true }).selectOption("ICBC");
  await form.getByLabel(w.number, { exact: true }).fill(number.replace(/(\d{4})(?=\d)/g, "$1 "));
  await form.getByRole("button", { name: w.bind }).click();
  const card = page.getByTestId("bank-card");
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("masked-number")).toHaveText(`**** **** **** ${number.slice(-4)}`);
}

/**
 * Deposits on /investor/deposit: to the sandbox checkout, Pay, back to the deposit page, which shows it PAID once
 * the signed notification arrived. Other tests may tell the sandbox to lose notifications (its knobs are global),
 * so while the page still waits the investor presses "check status", as the page tells them to.
 */
async function depositThroughSandbox(page: Page, locale: Locale, typed: string, shown: string) {
  const w = WORDS[locale];
  await page.goto("/investor/deposit");
  const form = page.getByTestId("deposit-form");
  await waitForHydration(form);
  await form.getByLabel(w.depositAmount).fill(typed);
  await form.getByRole("button", { name: w.depositSubmit }).click();
  await page.waitForURL((url) => url.href.startsWith(sandbox.url));
  await expect(page.getByTestId("checkout-amount")).toHaveText(shown);
  await page.getByRole("button", { name: "支付 Pay" }).click();
  await page.waitForURL((url) => url.pathname === "/investor/deposit" && url.searchParams.has("orderNo"));
  const result = page.getByTestId("deposit-result");
  const status = result.getByTestId("deposit-status");
  await expect(async () => {
    if ((await status.getAttribute("data-status")) === "CREATED") {
      await waitForHydration(result.getByTestId("check-status"));
      await result.getByTestId("check-status").click();
    }
    await expect(status).toHaveAttribute("data-status", "PAID", { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(status).toHaveText(w.depositPaid);
  await expect(result).toContainText(shown);
}

/**
 * Invests from the project's public page: amount, risk notice ticked, confirmation accepted. The investment that
 * fills the project (`fills`) closes it: the investor is sent to their investments, told the project is full.
 */
async function investFromProjectPage(page: Page, projectId: string, locale: Locale, typed: string, remainingBefore: string, fills = false) {
  const w = WORDS[locale];
  await page.goto(`/loans/${projectId}`);
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByTestId("invest-remaining")).toContainText(remainingBefore);
  const form = panel.getByTestId("invest-form");
  await waitForHydration(form);
  await form.getByLabel(w.investAmount).fill(typed);
  await form.getByTestId("risk-notice").check();
  await form.getByRole("button", { name: w.invest }).click();
  if (fills) {
    await page.waitForURL((url) => url.pathname.endsWith("/investor/investments"));
    await expect(page.getByText(w.placedFilled)).toBeVisible();
  } else await expect(form).toContainText(w.placed);
}

/** Customer service confirms the pending investment(s) of a project in the investment-review queue. */
async function confirmInvestments(cs: Page, title: string, count: number) {
  for (let n = 0; n < count; n++) {
    const row = await findInQueue(cs, "/admin/investments", "queue-row", title);
    const confirm = row.first().locator("xpath=..").getByTestId("confirm-investment");
    await waitForHydration(confirm);
    await confirm.getByRole("button").click();
    await expect(cs.getByTestId("queue-row").filter({ hasText: title })).toHaveCount(count - n - 1);
  }
}

/**
 * 划账: customer service finds the approved outflow of `payee` in "outflows to execute", reveals the card,
 * transfers that amount in the sandbox merchant console (a tab of its own), copies the SBT… serial and records
 * it on the platform. Returns the serial.
 */
async function executeOutflow(cs: Page, payee: string, expectedAmount: string): Promise<string> {
  const row = await findInQueue(cs, "/admin/outflows/execute", "outflow-row", payee);
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("payee")).toHaveText(payee);
  await expect(row.getByTestId("amount")).toHaveText(expectedAmount);
  const reference = ((await row.getByTestId("reference").textContent()) ?? "").trim();
  const reveal = row.getByTestId("reveal-card-form");
  await waitForHydration(reveal);
  await reveal.getByRole("button").click();
  const revealed = row.getByTestId("revealed-card").locator(".font-mono");
  await expect(revealed).toHaveText(/\d/);
  const cardNumber = ((await revealed.textContent()) ?? "").replace(/\s/g, "");

  const consolePage = await cs.context().newPage();
  // The console remembers customer service's login (a cookie) from the previous transfer.
  await consolePage.goto(`${sandbox.url}/console`);
  if ((await consolePage.getByRole("button", { name: "确认划账 Transfer" }).count()) === 0) await sandbox.loginToConsole(consolePage);
  await consolePage.getByLabel("收款人 Payee name").fill(payee);
  await consolePage.getByLabel("银行卡号 Bank card number").fill(cardNumber);
  await consolePage.getByLabel("金额（元）Amount (yuan)").fill(expectedAmount.replace("¥", ""));
  await consolePage.getByLabel("平台参考号 Platform reference (outflow id)").fill(reference);
  await consolePage.getByRole("button", { name: "确认划账 Transfer" }).click();
  await expect(consolePage.getByTestId("confirm-amount")).toHaveText(expectedAmount);
  await consolePage.getByRole("button", { name: "确认划账 Confirm transfer" }).click();
  const serial = ((await consolePage.getByTestId("transfer-serial").textContent()) ?? "").trim();
  expect(serial).toMatch(/^SBT\d{16}$/);
  await consolePage.close();

  const transfer = row.getByTestId("transfer-form");
  await waitForHydration(transfer);
  await transfer.locator('input[name="externalSerial"]').fill(serial);
  await transfer.locator('button[type="submit"]').click();
  await expect(cs.getByTestId("outflow-row").filter({ hasText: reference })).toHaveCount(0);
  return serial;
}

test.describe.configure({ mode: "serial" });

test("the money walk: card, deposit, invest, review, fill, disbursement, payout, withdrawal (zh-CN)", async ({
  browser,
  baseURL,
  makeUser,
  database,
}) => {
  test.setTimeout(300_000);
  const base = baseURL as string;
  const w = WORDS["zh-CN"];
  const [company, investorA, investorB, cs, supervisor] = await Promise.all([
    makeUser("COMPANY", { companyStatus: "NORMAL" }),
    makeUser("INVESTOR"),
    makeUser("INVESTOR"),
    makeUser("CUSTOMER_SERVICE"),
    makeUser("SUPERVISOR"),
  ]);
  const companyName = (await database.prisma.company.findUniqueOrThrow({ where: { userId: company.id } })).name;
  const nameA = uniqueChineseName();
  const nameB = uniqueChineseName();
  await verifyInvestor(database, investorA, nameA);
  await verifyInvestor(database, investorB, nameB);
  // ¥100,000.00 to raise in ¥100 units (e2e/support/projects.ts).
  const title = `资金全流程 ${randomUUID().slice(0, 6)}`;
  const project = await insertProject(database, company, { title, rateBp: 1200, method: "EQUAL_INSTALLMENT" });
  const pageA = await actor(browser, base, investorA);
  await refreshPublicPages(pageA.request);
  const cardA = luhnValidNumber(19);

  await test.step("1. investor A binds a bank card", async () => {
    await bindCard(pageA, "/investor", nameA, cardA, "zh-CN");
  });

  await test.step("2. investor A deposits ¥60,000.00 through the sandbox checkout", async () => {
    await depositThroughSandbox(pageA, "zh-CN", "60,000", "¥60,000.00");
    await pageA.goto("/investor");
    await expect(pageA.getByTestId("balance-available")).toHaveText("¥60,000.00");
  });

  await test.step("3. investor A invests ¥40,000.00 from the project's public page", async () => {
    await investFromProjectPage(pageA, project.id, "zh-CN", "40000", "¥100,000.00");
    await expect(pageA.getByTestId("invest-remaining")).toContainText("¥60,000.00");
    await pageA.goto("/investor/investments");
    const mine = pageA.getByTestId("my-investment").filter({ hasText: title });
    await expect(mine.getByTestId("investment-status")).toHaveText(w.pending);
    await expect(mine).toContainText("¥40,000.00");
  });

  const csPage = await actor(browser, base, cs);
  await test.step("4. customer service confirms the investment", async () => {
    await confirmInvestments(csPage, title, 1);
    await pageA.reload();
    await expect(pageA.getByTestId("my-investment").filter({ hasText: title }).getByTestId("investment-status")).toHaveText(w.confirmed);
  });

  await test.step("5. investor B deposits and invests exactly the remaining ¥60,000.00; customer service confirms", async () => {
    const pageB = await actor(browser, base, investorB);
    await depositThroughSandbox(pageB, "zh-CN", "60000", "¥60,000.00");
    await investFromProjectPage(pageB, project.id, "zh-CN", "60000", "¥60,000.00", true);
    const mine = pageB.getByTestId("my-investment").filter({ hasText: title });
    await expect(mine.getByTestId("investment-status")).toHaveText(w.pending);
    await expect(mine).toContainText("¥60,000.00");
    expect((await database.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FULLY_FUNDED");
    await pageB.goto(`/loans/${project.id}`);
    await expect(pageB.getByTestId("loan-status").first()).toHaveText("满标待审");
    await confirmInvestments(csPage, title, 1);
    expect(await database.prisma.investment.count({ where: { projectId: project.id, status: "CONFIRMED" } })).toBe(2);
    await pageB.context().close();
  });

  const companyPage = await actor(browser, base, company);
  const supervisorPage = await actor(browser, base, supervisor);
  await test.step("6. the company binds its card; the supervisor approves the disbursement", async () => {
    await bindCard(companyPage, "/company", companyName, luhnValidNumber(16), "zh-CN");
    await supervisorPage.goto("/admin/disbursements");
    await supervisorPage.getByRole("link", { name: title }).click();
    await expect(supervisorPage).toHaveURL(new RegExp(`/admin/disbursements/${project.id}$`));
    await expect(supervisorPage.getByTestId("payout-preview")).toContainText("¥100,000.00");
    await expect(supervisorPage.getByTestId("review-investments").getByRole("listitem")).toHaveCount(2);
    const approve = supervisorPage.getByTestId("approve-disbursement-form");
    await waitForHydration(approve);
    await approve.getByRole("button", { name: "批准放款" }).click();
    await expect(supervisorPage.getByTestId("loan-status")).toHaveText("放款中");
  });

  let payoutSerial = "";
  await test.step("7. customer service transfers the payout in the sandbox console and records the serial", async () => {
    // The default service fee is 1.00 %: ¥99,000.00 goes out, ¥1,000.00 stays as the platform's fee.
    payoutSerial = await executeOutflow(csPage, companyName, "¥99,000.00");
  });

  await test.step("8. the company sees its payout transferred, less the fee, with the serial", async () => {
    await companyPage.goto(`/company/loans/${project.id}`);
    const payout = companyPage.getByTestId("company-payout");
    await expect(payout.getByTestId("payout-status")).toHaveText(w.transferred);
    await expect(payout).toContainText("¥99,000.00");
    await expect(payout).toContainText("¥1,000.00");
    await expect(payout).toContainText(payoutSerial);
    await expect(companyPage.getByTestId("loan-status")).toHaveText("还款中");
    // The public page lists both investments with the investors' names masked.
    await expect(async () => {
      await companyPage.goto(`/loans/${project.id}`);
      const records = companyPage.getByTestId("investment-records");
      await expect(records).toContainText(`${nameA[0]}**`, { timeout: 1_000 });
      await expect(records).toContainText(`${nameB[0]}**`, { timeout: 1_000 });
      await expect(records).toContainText("¥40,000.00", { timeout: 1_000 });
      await expect(records).not.toContainText(nameA, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await companyPage.goto("/company/wallet");
    const row = companyPage.getByTestId("payout-row").filter({ hasText: payoutSerial });
    await expect(row.getByTestId("payout-status")).toHaveText(w.transferred);
    await expect(row.getByTestId("payout-amount")).toHaveText("¥99,000.00");
  });

  await test.step("8b. investor A's investment is held: the frozen money went out with the payout", async () => {
    await pageA.goto("/investor/investments");
    const mine = pageA.getByTestId("my-investment").filter({ hasText: title });
    await expect(mine.getByTestId("investment-status")).toHaveText("持有中");
    await pageA.goto("/investor");
    await expect(pageA.getByTestId("balance-available")).toHaveText("¥20,000.00");
    await expect(pageA.getByTestId("balance-frozen")).toHaveText("¥0.00");
    await expect(pageA.getByTestId("balance-invested")).toHaveText("¥40,000.00");
  });

  let withdrawalSerial = "";
  await test.step("9. investor A withdraws ¥5,000.00; the supervisor approves; customer service transfers", async () => {
    await pageA.goto("/investor/withdraw");
    await expect(pageA.getByTestId("available-balance")).toContainText("20,000.00");
    const form = pageA.getByTestId("withdraw-form");
    await waitForHydration(form);
    await form.getByLabel(w.withdrawAmount, { exact: true }).fill("5000");
    await form.getByRole("button", { name: w.withdraw }).click();
    await expect(pageA.getByTestId("withdrawal-status")).toHaveText(w.requested);
    await expect(pageA.getByTestId("available-balance")).toContainText("15,000.00");
    await expect(pageA.getByTestId("frozen-balance")).toContainText("5,000.00");

    const toApprove = await findInQueue(supervisorPage, "/admin/outflows/approvals", "outflow-row", nameA);
    await expect(toApprove.getByTestId("amount")).toHaveText("¥5,000.00");
    const approve = toApprove.getByTestId("approve-outflow-form");
    await waitForHydration(approve);
    await approve.getByRole("button").click();
    await expect(supervisorPage.getByTestId("outflow-row").filter({ hasText: nameA })).toHaveCount(0);

    withdrawalSerial = await executeOutflow(csPage, nameA, "¥5,000.00");
    await pageA.goto("/investor/withdraw");
    await expect(pageA.getByTestId("withdrawal-status")).toHaveText(w.transferred);
    await expect(pageA.getByTestId("frozen-balance")).toContainText("0.00");
    await expect(pageA.getByTestId("available-balance")).toContainText("15,000.00");
  });

  await test.step("10. the ledger invariants hold and the money adds up", async () => {
    await assertLedgerInvariants(database.prisma);
    expect(await getBalances(database.prisma, investorA.id)).toEqual({ availableFen: 15_000_00n, frozenFen: 0n });
    expect(await getBalances(database.prisma, investorB.id)).toEqual({ availableFen: 0n, frozenFen: 0n });
    const outflows = await database.prisma.outflow.findMany({
      where: { userId: { in: [company.id, investorA.id] } },
      orderBy: { createdAt: "asc" },
    });
    expect(outflows.map((o) => [o.kind, o.status, o.amountFen, o.feeFen, o.externalSerial])).toEqual([
      ["PAYOUT", "TRANSFERRED", 99_000_00n, 1_000_00n, payoutSerial],
      ["WITHDRAWAL", "TRANSFERRED", 5_000_00n, 0n, withdrawalSerial],
    ]);
    // What came in for these users (¥120,000) less what went out to bank cards (¥104,000) is what is left:
    // investor A's ¥15,000 and the platform's ¥1,000 fee on this project.
    const deposits = await database.prisma.deposit.findMany({ where: { userId: { in: [investorA.id, investorB.id] } } });
    const inFen = deposits.filter((d) => d.status === "PAID").reduce((sum, d) => sum + d.amountFen, 0n);
    const outFen = outflows.reduce((sum, o) => sum + o.amountFen, 0n);
    expect(inFen - outFen).toBe(15_000_00n + 1_000_00n);
  });

  for (const page of [pageA, csPage, companyPage, supervisorPage]) await page.context().close();
});

test("the investor's part in English on a 390 px phone: card, deposit, invest, withdraw", async ({
  browser,
  baseURL,
  makeUser,
  database,
}, testInfo) => {
  test.setTimeout(180_000);
  const w = WORDS.en;
  const [company, investor] = await Promise.all([makeUser("COMPANY", { companyStatus: "NORMAL" }), makeUser("INVESTOR")]);
  const name = uniqueChineseName();
  await verifyInvestor(database, investor, name);
  const title = `Money walk ${randomUUID().slice(0, 6)}`;
  const project = await insertProject(database, company, { title, rateBp: 1000, method: "BULLET" });
  const page = await actor(browser, baseURL as string, investor, "en", PHONE);
  await refreshPublicPages(page.request);
  const fitsThePhone = async (what: string) => {
    await page.screenshot({ path: testInfo.outputPath(`${what}-390.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${what}: no sideways scrolling at 390 px`).toBeLessThanOrEqual(
      PHONE.width,
    );
  };

  const card = luhnValidNumber(16);
  await bindCard(page, "/investor", name, card, "en");
  await fitsThePhone("bank-cards");

  await depositThroughSandbox(page, "en", "1,000", "¥1,000.00");
  await expect(page.getByRole("heading", { level: 1, name: "Deposit" })).toBeVisible();
  await fitsThePhone("deposit");

  await investFromProjectPage(page, project.id, "en", "500", "¥100,000.00");
  await expect(page.getByTestId("invest-available")).toContainText("¥500.00");
  await expect(page.getByTestId("invest-remaining")).toContainText("¥99,500.00");
  await fitsThePhone("invest");
  await page.goto("/investor/investments");
  await expect(page.getByTestId("my-investment").filter({ hasText: title }).getByTestId("investment-status")).toHaveText(w.pending);

  await page.goto("/investor/withdraw");
  await expect(page.getByTestId("available-balance")).toContainText("500.00");
  const form = page.getByTestId("withdraw-form");
  await waitForHydration(form);
  await form.getByLabel(w.withdrawAmount, { exact: true }).fill("200");
  await form.getByRole("button", { name: w.withdraw }).click();
  await expect(page.getByTestId("withdrawal-status")).toHaveText(w.requested);
  await expect(page.getByTestId("available-balance")).toContainText("300.00");
  await expect(page.getByTestId("frozen-balance")).toContainText("700.00");
  await fitsThePhone("withdraw");

  await assertLedgerInvariants(database.prisma);
  expect(await getBalances(database.prisma, investor.id)).toEqual({ availableFen: 300_00n, frozenFen: 700_00n });
  await page.context().close();
});
