import type { Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getBalances } from "@/lib/server/ledger";
import { expect, type TestUser, test } from "./support/fixtures";
import { sandboxPayments } from "./support/sandbox-payments";

/**
 * Issue 11, item 2: deposits (充值) paid through the real sandbox checkout. The browser leaves for the sandbox's
 * page, pays there, comes back to the deposit page; the sandbox's signed notification credits the wallet once.
 * The sandbox's test knobs (lost and duplicated notifications) are scoped to each test's own investor, so other
 * specs paying at the same time are not touched; these tests still run one after another.
 */
test.describe.configure({ mode: "serial" });

const sandbox = sandboxPayments();

const WORDS = {
  "zh-CN": {
    amount: "金额（¥）",
    submit: "前往收银台",
    paid: "已支付",
    waiting: "待支付",
    failed: "失败",
    check: "查询状态",
    notAllowed: "请先完成实名认证再充值。",
  },
  en: {
    amount: "Amount (¥)",
    submit: "Go to checkout",
    paid: "Paid",
    waiting: "Waiting for payment",
    failed: "Failed",
    check: "Check status",
    notAllowed: "Verify your identity before you deposit.",
  },
} as const;

async function verify(prisma: PrismaClient, user: TestUser) {
  await prisma.investorProfile.create({
    data: {
      userId: user.id,
      realName: "张伟",
      idNumberCipher: "x",
      idNumberHash: `e2e-${user.id}`,
      idNumberLast4: "4477",
      verifiedAt: new Date(),
    },
  });
}

/** Fills the amount, goes to the sandbox checkout and checks it shows the amount. */
async function startDeposit(page: Page, path: string, locale: keyof typeof WORDS, amount: string, shown: string) {
  await page.goto(path);
  await page.getByLabel(WORDS[locale].amount).fill(amount);
  await page.getByRole("button", { name: WORDS[locale].submit }).click();
  await page.waitForURL((url) => url.href.startsWith(sandbox.url));
  await expect(page.getByTestId("checkout-amount")).toHaveText(shown);
}

/** The returned order's status pill, reloading until the notification has been acted on. */
async function expectReturnedStatus(page: Page, status: string) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("deposit-result").getByTestId("deposit-status")).toHaveAttribute("data-status", status, {
      timeout: 1000,
    });
  }).toPass({ timeout: 20_000 });
}

for (const locale of ["zh-CN", "en"] as const) {
  test(`an investor deposits through the sandbox checkout and is credited once · ${locale} · 390 px`, async ({
    page,
    baseURL,
    makeUser,
    loginAs,
    database,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL as string }]);
    const investor = await makeUser("INVESTOR");
    await loginAs(investor);

    // Not verified yet: no form, and the way to verification.
    await page.goto("/investor/deposit");
    await expect(page.getByTestId("deposit-not-allowed")).toContainText(WORDS[locale].notAllowed);
    await verify(database.prisma, investor);

    // A bad amount is refused on the page, naming the bound.
    await page.reload();
    await page.getByLabel(WORDS[locale].amount).fill("0.5");
    await page.getByRole("button", { name: WORDS[locale].submit }).click();
    await expect(page.getByTestId("field-error")).toContainText("1.00");

    await startDeposit(page, "/investor/deposit", locale, "1,234.56", "¥1,234.56");
    await page.getByRole("button", { name: "支付 Pay" }).click();
    await page.waitForURL((url) => url.pathname === "/investor/deposit" && url.searchParams.has("orderNo"));
    await expectReturnedStatus(page, "PAID");
    await expect(page.getByTestId("deposit-result")).toContainText(WORDS[locale].paid);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const deposit = await database.prisma.deposit.findFirstOrThrow({ where: { userId: investor.id } });
    expect(deposit).toMatchObject({ status: "PAID", amountFen: 1_234_56n, gatewaySerial: expect.stringMatching(/^SBP/) });
    expect(await getBalances(database.prisma, investor.id)).toEqual({ availableFen: 1_234_56n, frozenFen: 0n });
    await expect(page.getByTestId("deposit-row")).toHaveCount(1);
  });
}

test("duplicated notifications (new ids each time) credit once", async ({ page, makeUser, loginAs, database }) => {
  const investor = await makeUser("INVESTOR");
  await verify(database.prisma, investor);
  await loginAs(investor);
  await startDeposit(page, "/investor/deposit", "zh-CN", "100", "¥100.00");
  await sandbox.duplicateNotifications(10, true, investor.id);
  try {
    await page.getByRole("button", { name: "支付 Pay" }).click();
    await page.waitForURL((url) => url.pathname === "/investor/deposit");
    await expectReturnedStatus(page, "PAID");
    const deposit = await database.prisma.deposit.findFirstOrThrow({ where: { userId: investor.id } });
    // Wait until all ten copies were delivered and recorded, then look at the money.
    await expect.poll(() => database.prisma.paymentNotification.count({ where: { orderNo: deposit.id } }), { timeout: 20_000 }).toBe(10);
  } finally {
    await sandbox.duplicateNotifications(1, false, investor.id);
  }
  expect(await getBalances(database.prisma, investor.id)).toEqual({ availableFen: 100_00n, frozenFen: 0n });
});

test("a lost notification: the page waits, and “check status” recovers the payment", async ({ page, makeUser, loginAs, database }) => {
  const investor = await makeUser("INVESTOR");
  await verify(database.prisma, investor);
  await loginAs(investor);
  await startDeposit(page, "/investor/deposit", "zh-CN", "88", "¥88.00");
  await sandbox.dropNotifications(1, investor.id);
  await page.getByRole("button", { name: "支付 Pay" }).click();
  await page.waitForURL((url) => url.pathname === "/investor/deposit");
  await expect(page.getByTestId("deposit-result").getByTestId("deposit-status")).toHaveAttribute("data-status", "CREATED");
  await page.getByRole("button", { name: WORDS["zh-CN"].check }).click();
  await expect(page.getByTestId("deposit-result").getByTestId("deposit-status")).toHaveAttribute("data-status", "PAID");
  expect(await getBalances(database.prisma, investor.id)).toEqual({ availableFen: 88_00n, frozenFen: 0n });
});

test("a verified company's failed payment leaves the wallet untouched · en", async ({ page, baseURL, makeUser, loginAs, database }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL as string }]);
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  await loginAs(company);
  await page.goto("/company");
  await page.getByRole("link", { name: "Deposit" }).click();
  await page.waitForURL("**/company/deposit");
  await startDeposit(page, "/company/deposit", "en", "500", "¥500.00");
  await page.getByRole("button", { name: "模拟失败 Fail" }).click();
  await page.waitForURL((url) => url.pathname === "/company/deposit");
  await expectReturnedStatus(page, "FAILED");
  await expect(page.getByTestId("deposit-result")).toContainText(WORDS.en.failed);
  expect(await getBalances(database.prisma, company.id)).toEqual({ availableFen: 0n, frozenFen: 0n });
});
