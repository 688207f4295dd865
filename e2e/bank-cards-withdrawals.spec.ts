import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { luhnValid } from "@/lib/domain/bank-cards";
import { encryptPii } from "@/lib/server/security/pii";
import { actorPage } from "./support/actors";
import { findInQueue } from "./support/company-helpers";
import { expect, type TestUser, test, waitForHydration } from "./support/fixtures";
import { verifiedInvestorWithMoney } from "./support/investors";

// Issue 11 items 3 and 8: an investor binds a card (through the Luhn warning), withdraws, a supervisor approves,
// customer service reveals the card, transfers at the payment platform and records the serial, and the investor
// sees the withdrawal transferred. The investor's part runs in both languages.

const LABELS = {
  "zh-CN": {
    holder: "持卡人",
    bank: "开户银行",
    number: "银行卡号",
    bind: "绑定",
    amount: "提现金额（元）",
    withdraw: "提现",
    requested: "待审批",
    transferred: "已划账",
  },
  en: {
    holder: "Card holder",
    bank: "Bank",
    number: "Card number",
    bind: "Bind card",
    amount: "Amount (yuan)",
    withdraw: "Withdraw",
    requested: "Waiting for approval",
    transferred: "Transferred",
  },
} as const;

/** A 19-digit number whose Luhn check digit fails, as some older domestic cards are printed. */
function luhnFailingNumber(): string {
  const body = `621700${Array.from({ length: 12 }, () => randomInt(10)).join("")}`;
  for (let check = 0; check < 10; check++) if (!luhnValid(`${body}${check}`)) return `${body}${check}`;
  throw new Error("unreachable");
}

/** A staff member's own browser in `locale`, logged in (support/actors.ts). */
function staffPage(browser: Browser, user: TestUser, locale: "zh-CN" | "en"): Promise<Page> {
  return actorPage(browser, user, { locale });
}

for (const locale of ["zh-CN", "en"] as const) {
  test(`an investor binds a card and withdraws; supervisor approves, customer service transfers (${locale})`, async ({
    page,
    context,
    browser,
    baseURL,
    database,
    makeUser,
    loginAs,
  }) => {
    const l = LABELS[locale];
    const investor = await makeUser("INVESTOR");
    const realName = locale === "en" ? "Li Lei" : "李雷";
    await verifiedInvestorWithMoney(database, investor, realName, 1_000_00n);
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "" }]);
    page.on("dialog", (dialog) => void dialog.accept());
    await loginAs(investor);

    // Bind: the number fails its check digit, the form asks to confirm it as printed, then binds it.
    await page.goto("/investor/bank-cards");
    await expect(page.getByTestId("bank-card")).toHaveCount(0);
    const form = page.getByTestId("bind-card-form");
    await waitForHydration(form);
    await expect(form.getByLabel(l.holder, { exact: true })).toHaveValue(realName);
    await form.getByLabel(l.bank, { exact: true }).selectOption("CMB");
    const number = luhnFailingNumber();
    await form.getByLabel(l.number, { exact: true }).fill(number.replace(/(\d{4})/g, "$1 "));
    await form.getByRole("button", { name: l.bind }).click();
    const confirmation = page.getByTestId("card-number-confirmation");
    await expect(confirmation).toBeVisible();
    await confirmation.getByRole("checkbox").check();
    await page.getByTestId("bind-card-form").getByRole("button", { name: l.bind }).click();
    const card = page.getByTestId("bank-card");
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId("masked-number")).toHaveText(`**** **** **** ${number.slice(-4)}`);
    await expect(card).not.toContainText(number.slice(0, 8));

    // Withdraw ¥300 to it.
    await page.goto("/investor/withdraw");
    await expect(page.getByTestId("available-balance")).toContainText("1,000.00");
    const withdraw = page.getByTestId("withdraw-form");
    await waitForHydration(withdraw);
    await withdraw.getByLabel(l.amount, { exact: true }).fill("300");
    await withdraw.getByRole("button", { name: l.withdraw }).click();
    await expect(page.getByTestId("withdrawal-status")).toHaveText(l.requested);
    await expect(page.getByTestId("available-balance")).toContainText("700.00");
    await expect(page.getByTestId("frozen-balance")).toContainText("300.00");
    const outflow = await database.prisma.outflow.findFirstOrThrow({ where: { userId: investor.id } });

    // The supervisor approves it from the queue.
    const supervisor = await staffPage(browser, await makeUser("SUPERVISOR"), locale);
    const toApprove = await findInQueue(supervisor, "/admin/outflows/approvals", "outflow-row", outflow.id);
    await expect(toApprove.getByTestId("payee")).toHaveText(realName);
    const approve = toApprove.getByTestId("approve-outflow-form");
    await waitForHydration(approve);
    await approve.getByRole("button").click();
    await expect(supervisor.getByTestId("outflow-row").filter({ hasText: outflow.id })).toHaveCount(0);

    // Customer service reads the full number, transfers in the payment platform's console, records the serial.
    const cs = await staffPage(browser, await makeUser("CUSTOMER_SERVICE"), locale);
    const toTransfer = await findInQueue(cs, "/admin/outflows/execute", "outflow-row", outflow.id);
    await expect(toTransfer.getByTestId("card-masked")).toHaveText(`**** **** **** ${number.slice(-4)}`);
    const reveal = toTransfer
      .locator("form")
      .filter({ has: cs.locator('input[name="outflowId"]') })
      .first();
    await waitForHydration(reveal);
    await reveal.getByRole("button").click();
    await expect(toTransfer.getByTestId("revealed-card")).toContainText(number.replace(/(\d{4})(?=\d)/g, "$1 "));
    const serial = `E2E${Date.now()}${randomInt(1000)}`;
    const transfer = toTransfer.getByTestId("transfer-form");
    await waitForHydration(transfer);
    await transfer.locator('input[name="externalSerial"]').fill(serial);
    await transfer.locator('button[type="submit"]').click();
    await expect(cs.getByTestId("outflow-row").filter({ hasText: outflow.id })).toHaveCount(0);
    expect(await database.prisma.auditLog.count({ where: { targetId: outflow.id, action: "OUTFLOW_CARD_REVEALED" } })).toBe(1);

    // The investor sees it transferred; the frozen amount has left.
    await page.goto("/investor/withdraw");
    await expect(page.getByTestId("withdrawal-status")).toHaveText(l.transferred);
    await expect(page.getByTestId("frozen-balance")).toContainText("0.00");
    await expect(page.getByTestId("available-balance")).toContainText("700.00");
    await supervisor.context().close();
    await cs.context().close();
  });
}

test("customer service asks to fail an approved withdrawal, a supervisor approves, the investor gets the money back with the reason", async ({
  page,
  browser,
  database,
  makeUser,
  loginAs,
}) => {
  const investor = await makeUser("INVESTOR");
  await verifiedInvestorWithMoney(database, investor, "韩梅梅", 200_00n);
  const card = await database.prisma.bankCard.create({
    data: {
      userId: investor.id,
      holderName: "韩梅梅",
      bankName: "中国银行",
      numberCipher: encryptPii("6216610000000000000"),
      numberHash: `e2e-card-${investor.id}`,
      numberLast4: "0000",
    },
  });
  page.on("dialog", (dialog) => void dialog.accept());
  await loginAs(investor);
  await page.goto("/investor/withdraw");
  const withdraw = page.getByTestId("withdraw-form");
  await waitForHydration(withdraw);
  await withdraw.locator('input[name="amount"]').fill("150");
  await withdraw.locator('button[type="submit"]').click();
  await expect(page.getByTestId("frozen-balance")).toContainText("150.00");
  const outflow = await database.prisma.outflow.findFirstOrThrow({ where: { userId: investor.id, bankCardId: card.id } });

  const supervisor = await staffPage(browser, await makeUser("SUPERVISOR"), "zh-CN");
  const toApprove = await findInQueue(supervisor, "/admin/outflows/approvals", "outflow-row", outflow.id);
  await waitForHydration(toApprove.getByTestId("approve-outflow-form"));
  await toApprove.getByTestId("approve-outflow-form").locator('button[type="submit"]').click();
  await expect(supervisor.getByTestId("outflow-row").filter({ hasText: outflow.id })).toHaveCount(0);

  const reason = "收款银行退回：账户已销户";
  const cs = await staffPage(browser, await makeUser("CUSTOMER_SERVICE"), "zh-CN");
  const toFail = await findInQueue(cs, "/admin/outflows/execute", "outflow-row", outflow.id);
  const fail = toFail.getByTestId("fail-outflow-form");
  await waitForHydration(fail);
  await fail.locator('textarea[name="reason"]').fill(reason);
  await fail.locator('button[type="submit"]').click();
  await expect(toFail.getByTestId("fail-outflow-form")).toHaveCount(0);

  // The supervisor sees the outflow itself beside the request, and approves the failure.
  const request = await findInQueue(supervisor, "/admin/approvals", "approval-row", outflow.id);
  await expect(request.getByTestId("reference")).toHaveText(outflow.id);
  const approve = request.getByTestId("approve-form");
  await waitForHydration(approve);
  await approve.locator('button[type="submit"]').click();
  await expect(supervisor.getByTestId("approval-row").filter({ hasText: outflow.id })).toHaveCount(0);

  await page.goto("/investor/withdraw");
  await expect(page.getByTestId("withdrawal-status")).toHaveText("失败，资金已退回");
  await expect(page.getByTestId("withdrawals")).toContainText(reason);
  await expect(page.getByTestId("available-balance")).toContainText("200.00");
  await expect(page.getByTestId("frozen-balance")).toContainText("0.00");
  await supervisor.context().close();
  await cs.context().close();
});
