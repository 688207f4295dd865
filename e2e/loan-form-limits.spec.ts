import type { Page } from "@playwright/test";
import { formatLoanLimits } from "@/lib/domain/loan-limits";
import { bpToPercentText, fenToYuanString } from "@/lib/domain/money";
import { getLoanLimits } from "@/lib/server/settings/loan-limits";
import { expect, type TestUser, test, waitForHydration } from "./support/fixtures";

/**
 * Issue 8 §5: the company's live preview applies the platform's limits (read from the same setting as the
 * save action) as the company types: out-of-bounds terms show the reason instead of a schedule, the field is
 * marked invalid, the limits stand beside the fields, and the page fits a 1366 px desktop and a 390 px phone.
 */

const ZH = {
  save: "保存草稿",
  amount: "借款金额（元）",
  rate: "年化利率（%）",
  term: "借款期限（月）",
  refusedHeading: "请先更正以下内容，再显示还款计划：",
  remaining: "剩余本金",
};

type Limits = Awaited<ReturnType<typeof getLoanLimits>>;

async function openNewRequest(page: Page, loginAs: (user: TestUser) => Promise<void>, company: TestUser) {
  await loginAs(company);
  await page.goto("/company/loans/new");
  const form = page.locator("main form").filter({ has: page.getByRole("button", { name: ZH.save }) });
  await waitForHydration(form);
  return form;
}

test.describe("the loan request form applies the platform's limits as the company types", () => {
  test("¥5,000, 30 % and 48 months show the limit in the preview with no schedule; valid terms show it whole at 1366 px", async ({
    page,
    database,
    makeUser,
    loginAs,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const limits: Limits = await getLoanLimits(database.prisma);
    const shown = formatLoanLimits(limits, "zh-CN");
    const form = await openNewRequest(page, loginAs, await makeUser("COMPANY", { companyStatus: "NORMAL" }));
    const preview = page.getByTestId("schedule-preview-refused");
    const table = page.getByTestId("schedule-table");
    const amount = form.getByLabel(ZH.amount);
    const rate = form.getByLabel(ZH.rate);
    const term = form.getByLabel(ZH.term);

    // The limits stand beside the fields, from the live setting.
    await expect(amount).toHaveAccessibleDescription(`允许范围：${shown.amount.min} – ${shown.amount.max}`);
    await expect(rate).toHaveAccessibleDescription(`允许范围：年化 ${shown.annualRate.min} – ${shown.annualRate.max}`);
    await expect(term).toHaveAccessibleDescription(`允许范围：${shown.termMonths.min}–${shown.termMonths.max} 个月`);

    const amountError = `借款金额须在 ${shown.amount.min} 至 ${shown.amount.max} 之间（平台限额）。`;
    const rateError = `年化利率须在 ${shown.annualRate.min} 至 ${shown.annualRate.max} 之间（平台限额）。`;
    const termError = `借款期限须在 ${shown.termMonths.min} 至 ${shown.termMonths.max} 个月之间（平台限额）。`;
    expect(limits.minAmountFen > 500_000n && limits.maxRateBp < 3000 && limits.maxTermMonths < 48, "the demo limits forbid the cases").toBe(
      true,
    );

    await amount.fill("5000");
    await rate.fill("12");
    await term.fill("12");
    await expect(preview).toContainText(ZH.refusedHeading);
    await expect(preview).toContainText(amountError);
    await expect(table).toHaveCount(0);
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    await expect(amount).toHaveAccessibleDescription(new RegExp(escapeRegExp(amountError)));

    await amount.fill("50000");
    await expect(table).toBeVisible();
    await expect(amount).not.toHaveAttribute("aria-invalid", "true");

    await rate.fill("30");
    await expect(preview).toContainText(rateError);
    await expect(table).toHaveCount(0);
    await expect(rate).toHaveAttribute("aria-invalid", "true");
    await rate.fill("12");

    await term.fill("48");
    await expect(preview).toContainText(termError);
    await expect(table).toHaveCount(0);
    await expect(term).toHaveAttribute("aria-invalid", "true");

    // Valid again, at the widest figures the limits allow: the schedule, with every column inside its box
    // at 1366 px (nothing cut off, no scrolling).
    await amount.fill(fenToYuanString(limits.maxAmountFen));
    await rate.fill(bpToPercentText(limits.maxRateBp));
    await term.fill(String(limits.maxTermMonths));
    await expect(preview).toHaveCount(0);
    await expect(table.locator("tbody tr")).toHaveCount(limits.maxTermMonths);
    const lastHeader = table.getByRole("columnheader", { name: ZH.remaining });
    await lastHeader.scrollIntoViewIfNeeded();
    await expect(lastHeader).toBeInViewport({ ratio: 1 });
    const fits = await table.evaluate((element) => {
      const box = element.parentElement as HTMLElement;
      const right = element.getBoundingClientRect().right;
      return { scroll: box.scrollWidth, client: box.clientWidth, right, boxRight: box.getBoundingClientRect().right };
    });
    expect(fits.scroll, "the schedule needs no sideways scrolling at 1366 px").toBeLessThanOrEqual(fits.client);
    expect(fits.right).toBeLessThanOrEqual(fits.boxRight + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  });

  test("at 390 px the form and its schedule fit the phone: the page never scrolls sideways", async ({ page, makeUser, loginAs }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const form = await openNewRequest(page, loginAs, await makeUser("COMPANY", { companyStatus: "NORMAL" }));
    await form.getByLabel(ZH.amount).fill("9,999,999.99");
    await form.getByLabel(ZH.rate).fill("23.99");
    await form.getByLabel(ZH.term).fill("36");
    await expect(page.getByTestId("schedule-table")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await form.getByLabel(ZH.amount).fill("5000");
    await expect(page.getByTestId("schedule-preview-refused")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("in English the limits and the refusal read in English", async ({ page, database, makeUser, loginAs, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL ?? "" }]);
    const shown = formatLoanLimits(await getLoanLimits(database.prisma), "en");
    await loginAs(await makeUser("COMPANY", { companyStatus: "NORMAL" }));
    await page.goto("/company/loans/new");
    const form = page.locator("main form").filter({ has: page.getByRole("button", { name: "Save draft" }) });
    await waitForHydration(form);
    const rate = form.getByLabel("Annual interest rate (%)");
    await expect(rate).toHaveAccessibleDescription(`Allowed: ${shown.annualRate.min} – ${shown.annualRate.max} a year`);
    await form.getByLabel("Amount (¥)").fill("50000");
    await rate.fill("30");
    await expect(page.getByTestId("schedule-preview-refused")).toContainText(
      `The annual rate must be between ${shown.annualRate.min} and ${shown.annualRate.max} (the platform's limits).`,
    );
    await expect(page.getByTestId("schedule-table")).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server refuses out-of-bounds terms with the limits in each field's message", async ({ page, database, makeUser, loginAs }) => {
    const shown = formatLoanLimits(await getLoanLimits(database.prisma), "zh-CN");
    const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
    await loginAs(company);
    await page.goto("/company/loans/new");
    const form = page.locator("main form").filter({ has: page.getByRole("button", { name: ZH.save }) });
    await form.getByLabel("项目名称").fill("限额测试");
    await form.getByLabel("借款用途").fill("流动资金");
    await form.getByLabel(ZH.amount).fill("5000");
    await form.getByLabel(ZH.rate).fill("30");
    await form.getByLabel(ZH.term).fill("48");
    await form.getByRole("button", { name: ZH.save }).click();
    const amount = page.getByLabel(ZH.amount);
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    await expect(amount).toHaveValue("5000");
    await expect(amount).toHaveAccessibleDescription(
      new RegExp(escapeRegExp(`借款金额须在 ${shown.amount.min} 至 ${shown.amount.max} 之间`)),
    );
    await expect(page.getByLabel(ZH.rate)).toHaveAccessibleDescription(new RegExp(escapeRegExp(`年化利率须在 ${shown.annualRate.min}`)));
    await expect(page.getByLabel(ZH.term)).toHaveAccessibleDescription(new RegExp(escapeRegExp(`借款期限须在 ${shown.termMonths.min}`)));
    // The page rendered again from the typed values: the preview explains instead of drawing a schedule.
    await expect(page.getByTestId("schedule-preview-refused")).toBeVisible();
    expect(await database.prisma.loanProject.count({ where: { company: { userId: company.id } } })).toBe(0);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
