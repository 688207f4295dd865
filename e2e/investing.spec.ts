import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, logInUser, refreshPublicPages, test, waitForHydration } from "./support/fixtures";
import { verifiedInvestorWithMoney } from "./support/investors";
import { insertProject } from "./support/projects";

const TEXT = {
  "zh-CN": {
    submit: "立即投资",
    amount: "投资金额（元）",
    risk: "请确认您已阅读风险提示。",
    placed: "投资已提交",
    pending: "待审核",
    confirmed: "已确认",
  },
  en: {
    submit: "Invest",
    amount: "Amount (¥)",
    risk: "Please confirm that you have read the risk notice.",
    placed: "Your investment was placed",
    pending: "Waiting for review",
    confirmed: "Confirmed",
  },
} as const;

/** The investor's part: invest ¥1,000.00 from the project page (after being told to tick the risk notice). */
async function investFromProjectPage(page: Page, projectId: string, text: (typeof TEXT)[keyof typeof TEXT]) {
  await page.goto(`/loans/${projectId}`);
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByTestId("invest-available")).toContainText("¥5,000.00");
  await expect(panel.getByTestId("invest-remaining")).toContainText("¥100,000.00");
  const form = panel.getByTestId("invest-form");
  await waitForHydration(form);
  await form.getByLabel(text.amount).fill("1000");
  page.once("dialog", (dialog) => dialog.accept());
  await form.getByRole("button", { name: text.submit }).click();
  await expect(form).toContainText(text.risk);

  await form.getByTestId("risk-notice").check();
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await form.getByRole("button", { name: text.submit }).click();
  await expect(form).toContainText(text.placed);
  expect(asked).toContain("¥1,000.00");
  await expect(panel.getByTestId("invest-available")).toContainText("¥4,000.00");
  await expect(panel.getByTestId("invest-remaining")).toContainText("¥99,000.00");
}

test.describe("investing (issue 11)", () => {
  test("an investor invests from the project page and sees it in their list; customer service confirms it", async ({
    page,
    browser,
    makeUser,
    loginAs,
    database,
  }) => {
    const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
    const title = `投资测试 ${randomUUID().slice(0, 6)}`;
    const project = await insertProject(database, company, { title, rateBp: 1000, method: "EQUAL_INSTALLMENT" });
    await refreshPublicPages(page.request);
    const investor = await makeUser("INVESTOR");
    await verifiedInvestorWithMoney(database, investor, "张三丰", 5_000_00n);
    await loginAs(investor);

    await investFromProjectPage(page, project.id, TEXT["zh-CN"]);
    // The public records show the investment masked: the cached page was marked stale (served once more while
    // it is rebuilt), so it appears within a reload or two.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("investment-records")).toContainText("张**", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    await page.goto("/investor/investments");
    const row = page.getByTestId("my-investment").filter({ hasText: title });
    await expect(row.getByTestId("investment-status")).toHaveText(TEXT["zh-CN"].pending);
    await expect(row).toContainText("¥1,000.00");

    // Customer service confirms it in the queue.
    const staffContext = await browser.newContext();
    const staffPage = await staffContext.newPage();
    const cs = await makeUser("CUSTOMER_SERVICE");
    await logInUser(staffPage, cs);
    await staffPage.goto("/admin/investments");
    const card = staffPage.getByTestId("queue-row").filter({ hasText: title }).locator("xpath=..");
    const confirm = card.getByTestId("confirm-investment");
    await waitForHydration(confirm);
    staffPage.once("dialog", (dialog) => dialog.accept());
    await confirm.getByRole("button").click();
    await expect(staffPage.getByTestId("queue-row").filter({ hasText: title })).toHaveCount(0);
    await staffContext.close();

    await page.reload();
    await expect(page.getByTestId("my-investment").filter({ hasText: title }).getByTestId("investment-status")).toHaveText(
      TEXT["zh-CN"].confirmed,
    );
    await expect(page.getByTestId("my-investment").filter({ hasText: title }).getByTestId("cancel-investment")).toHaveCount(0);
  });

  test("in English, an investor invests and cancels while it waits for review", async ({
    page,
    context,
    baseURL,
    makeUser,
    loginAs,
    database,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL ?? "" }]);
    const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
    const title = `Invest test ${randomUUID().slice(0, 6)}`;
    const project = await insertProject(database, company, { title, rateBp: 1000, method: "EQUAL_INSTALLMENT" });
    await refreshPublicPages(page.request);
    const investor = await makeUser("INVESTOR");
    await verifiedInvestorWithMoney(database, investor, "Li Si", 5_000_00n);
    await loginAs(investor);

    // On a phone (390 px) the form fits: nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await investFromProjectPage(page, project.id, TEXT.en);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.goto("/investor/investments");
    const row = page.getByTestId("my-investment").filter({ hasText: title });
    await expect(row.getByTestId("investment-status")).toHaveText(TEXT.en.pending);
    const cancel = row.getByTestId("cancel-investment");
    await waitForHydration(cancel);
    page.once("dialog", (dialog) => dialog.accept());
    await cancel.getByRole("button", { name: "Cancel investment" }).click();
    await expect(row.getByTestId("investment-status")).toHaveText("Cancelled");
  });

  test("a visitor is invited to sign in instead of the form", async ({ page, makeUser, database }) => {
    const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
    const project = await insertProject(database, company, {
      title: `访客 ${randomUUID().slice(0, 6)}`,
      rateBp: 900,
      method: "EQUAL_INSTALLMENT",
    });
    await refreshPublicPages(page.request);
    await page.goto(`/loans/${project.id}`);
    await expect(page.getByTestId("viewer-cta")).toBeVisible();
    await expect(page.getByTestId("invest-panel")).toHaveCount(0);
  });
});
