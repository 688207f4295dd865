import { expect, test } from "./support/fixtures";

/**
 * Issue 8 §6: a listing URL with values that cannot be applied says which were ignored and why, keeps the
 * typed rate in its box, and still applies the filters that are valid.
 */

test.describe("listing filters explain what they ignored", () => {
  test("a rate of 50, abc or -3 is named with its reason and stays in the box; a valid filter still applies", async ({ page }) => {
    await page.goto("/loans?minRate=50&maxRate=abc&method=EQUAL_PRINCIPAL");
    const notice = page.getByTestId("filters-ignored");
    await expect(notice).toContainText("部分筛选条件未生效");
    await expect(notice).toContainText("最低年化利率 50 不在 0–36% 之间，已忽略。");
    await expect(notice).toContainText("最高年化利率“abc”不是数字，已忽略。");

    const minRate = page.getByLabel("最低年化利率（%）");
    await expect(minRate).toHaveValue("50");
    await expect(minRate).toHaveAttribute("aria-invalid", "true");
    await expect(minRate).toHaveAccessibleDescription("最低年化利率 50 不在 0–36% 之间，已忽略。");
    await expect(page.getByLabel("最高年化利率（%）")).toHaveValue("abc");
    // The valid filter applies: the method box keeps it and every listed project (the demo data has some) uses it.
    await expect(page.getByLabel("还款方式")).toHaveValue("EQUAL_PRINCIPAL");
    await expect(page.getByTestId("project-card").first()).toHaveAttribute("data-method", "EQUAL_PRINCIPAL");
    await expect(page.locator('[data-testid="project-card"]:not([data-method="EQUAL_PRINCIPAL"])')).toHaveCount(0);

    await page.goto("/loans?maxRate=-3&page=abc&sort=DROP&status=DRAFT&term=x");
    await expect(notice).toContainText("最高年化利率 -3 不在 0–36% 之间，已忽略。");
    await expect(notice).toContainText("页码“abc”不是 1 到 100000 之间的整数，已显示第 1 页。");
    await expect(notice).toContainText("排序方式“DROP”无法识别，已按默认顺序排列。");
    await expect(notice).toContainText("项目状态“DRAFT”不是可筛选的状态，已忽略。");
    await expect(notice).toContainText("借款期限“x”无法识别");
    await expect(page.getByLabel("最高年化利率（%）")).toHaveValue("-3");
    await expect(page.getByLabel("借款期限")).toHaveAttribute("aria-invalid", "true");
  });

  test("an unknown parameter such as rate=50 is reported with what was typed", async ({ page }) => {
    await page.goto("/loans?rate=50");
    await expect(page.getByTestId("filters-ignored")).toContainText("参数“rate=50”不是可用的筛选条件，已忽略。");
  });

  test("a clean URL shows no notice", async ({ page }) => {
    await page.goto("/loans?minRate=8&maxRate=12&utm_source=newsletter");
    await expect(page.getByTestId("result-count")).toBeVisible();
    await expect(page.getByTestId("filters-ignored")).toHaveCount(0);
    await expect(page.getByLabel("最低年化利率（%）")).toHaveValue("8");
  });

  test("in English, and on a 390 px phone without sideways scrolling", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL ?? "" }]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/loans?minRate=50&rate=${"x".repeat(60)}`);
    const notice = page.getByTestId("filters-ignored");
    await expect(notice).toContainText("Minimum annual rate 50 is not between 0 and 36%, so it was ignored.");
    await expect(notice).toContainText("is not a filter we know, so it was ignored.");
    await expect(page.getByLabel("Minimum annual rate (%)")).toHaveValue("50");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
