import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { businessDateOf, DEFAULT_BUSINESS_TIME_ZONE } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { buildSchedule, scheduleTotals } from "@/lib/domain/schedules";
import { expect, refreshPublicPages, test, waitForHydration } from "./support/fixtures";
import { insertProject } from "./support/projects";

const cards = (page: Page) => page.getByTestId("project-card");

test.describe("home page", () => {
  test("a visitor sees the platform statistics and the projects raising money now", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "平台数据" })).toBeVisible();
    for (const id of ["stat-total-financed", "stat-fundraising"]) {
      await expect(page.getByTestId(id)).toHaveText(/^¥[\d,]+\.\d{2}$/);
    }
    await expect(page.getByTestId("stat-overdue-rate")).toHaveText(/^\d+\.\d{2}%$/);
    // The demo data alone has six published projects (all raising money); tests only ever add more.
    expect(Number(await page.getByTestId("stat-projects").textContent())).toBeGreaterThanOrEqual(6);

    const section = page.getByRole("region", { name: "正在招标的项目" });
    await expect(section).toBeVisible();
    const featured = cards(page);
    await expect(featured.first()).toBeVisible();
    expect(await featured.count()).toBeLessThanOrEqual(6);
    for (const card of await featured.all()) {
      await expect(card).toHaveAttribute("data-status", "FUNDRAISING");
      await expect(card.getByRole("progressbar", { name: "融资进度" })).toHaveAttribute("aria-valuenow", /^\d+(\.\d+)?$/);
      await expect(card.getByTestId("deadline-countdown")).toHaveText(/^(\d+\s天 \d+\s小时|\d+\s小时 \d+\s分钟)$/);
    }
    await section.getByRole("link", { name: "查看全部项目" }).click();
    await expect(page).toHaveURL(/\/loans\?status=FUNDRAISING$/);
    await expect(page.getByLabel("项目状态")).toHaveValue("FUNDRAISING");
  });
});

test.describe("listing and project page", () => {
  test("filters by rate range and repayment method; every result respects them", async ({ page, database, makeUser }) => {
    const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
    const tag = randomUUID().slice(0, 6);
    await insertProject(database, company, { title: `筛选-命中-${tag}`, rateBp: 1200, method: "EQUAL_PRINCIPAL" });
    await insertProject(database, company, { title: `筛选-方式不符-${tag}`, rateBp: 1200, method: "EQUAL_INSTALLMENT" });
    await insertProject(database, company, { title: `筛选-利率过高-${tag}`, rateBp: 1600, method: "EQUAL_PRINCIPAL" });
    await refreshPublicPages(page.request);

    await page.goto("/loans");
    await page.getByLabel("最低年化利率（%）").fill("11");
    await page.getByLabel("最高年化利率（%）").fill("12.5");
    await page.getByLabel("还款方式").selectOption({ label: "等额本金" });
    await page.getByRole("button", { name: "筛选" }).click();

    await expect(page).toHaveURL(/minRate=11&maxRate=12\.5/);
    await expect(page).toHaveURL(/method=EQUAL_PRINCIPAL/);
    await expect(page.getByLabel("最低年化利率（%）")).toHaveValue("11");
    await expect(page.getByRole("link", { name: `筛选-命中-${tag}`, exact: true })).toBeVisible();
    await expect(page.getByText(`筛选-方式不符-${tag}`)).toHaveCount(0);
    await expect(page.getByText(`筛选-利率过高-${tag}`)).toHaveCount(0);
    const results = await cards(page).all();
    expect(results.length).toBeGreaterThan(0);
    for (const card of results) {
      const rate = Number(await card.getAttribute("data-rate-bp"));
      expect(rate).toBeGreaterThanOrEqual(1100);
      expect(rate).toBeLessThanOrEqual(1250);
      await expect(card).toHaveAttribute("data-method", "EQUAL_PRINCIPAL");
      await expect(card.getByTestId("project-method")).toHaveText("等额本金");
    }

    // Nothing matches: an empty state, not an error.
    await page.goto("/loans?minRate=35");
    await expect(page.getByText("没有符合条件的项目。")).toBeVisible();
    // Nonsense in the URL falls back to the defaults.
    const response = await page.goto("/loans?minRate=abc&sort=DROP&page=-1&status=DRAFT&term=x");
    expect(response?.status()).toBe(200);
    await expect(cards(page).first()).toBeVisible();
  });

  test("a project page shows terms, progress, the masked borrower, investments and the schedule preview", async ({
    page,
    database,
    makeUser,
  }) => {
    const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
    const investor = await makeUser("INVESTOR");
    const tag = randomUUID().slice(0, 6);
    const project = await insertProject(database, company, {
      title: `详情-${tag}`,
      rateBp: 1200,
      method: "EQUAL_PRINCIPAL",
      termMonths: 6,
      fundedFen: 2_500_000n,
    });
    await database.prisma.investment.create({
      data: { projectId: project.id, investorId: investor.id, amountFen: 2_500_000n, status: "CONFIRMED" },
    });
    await refreshPublicPages(page.request);

    await page.goto(`/loans?minRate=12&maxRate=12&method=EQUAL_PRINCIPAL&term=6`);
    await page.getByRole("link", { name: `详情-${tag}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/loans/${project.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`详情-${tag}`);

    const terms = page.getByTestId("project-terms");
    await expect(terms).toContainText("¥100,000.00");
    await expect(terms).toContainText("12.00%");
    await expect(terms).toContainText("6 个月");
    await expect(terms).toContainText("等额本金");
    await expect(terms).toContainText("¥100.00");
    await expect(page.getByRole("progressbar", { name: "融资进度" })).toHaveAttribute("aria-valuenow", "25");
    await expect(page.getByTestId("deadline-countdown")).toHaveText(/^3\s天 5\s小时$/);

    const profile = page.getByTestId("company-profile");
    await expect(profile).toContainText("139****0000");
    await expect(profile).toContainText("测*");
    await expect(profile).not.toContainText("13900000000");

    const records = page.getByTestId("investment-records");
    await expect(records).toContainText("I***");
    await expect(records).toContainText("¥25,000.00");
    await expect(records).not.toContainText(investor.displayName);

    const schedule = buildSchedule({
      principalFen: 10_000_000n,
      annualRateBp: 1200,
      termMonths: 6,
      method: "EQUAL_PRINCIPAL",
      startDate: businessDateOf(new Date(), DEFAULT_BUSINESS_TIME_ZONE),
    });
    const table = page.getByTestId("schedule-table");
    await expect(table.getByTestId("schedule-row")).toHaveCount(6);
    await expect(table.getByTestId("schedule-row").first()).toContainText(formatMoney(schedule[0].totalFen, "zh-CN"));
    await expect(table.getByTestId("schedule-totals")).toContainText(formatMoney(scheduleTotals(schedule).interestFen, "zh-CN"));
  });

  test("an unknown or unpublished project shows the not-found page", async ({ page, database, makeUser }) => {
    const response = await page.goto("/loans/this-project-does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "未找到相关内容。" })).toBeVisible();
    await expect(page.getByRole("link", { name: "返回项目列表" })).toBeVisible();

    const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
    const draft = await insertProject(database, company, { title: "草稿项目", rateBp: 1000, method: "BULLET", status: "DRAFT" });
    expect((await page.goto(`/loans/${draft.id}`))?.status()).toBe(404);
  });
});

test.describe("yield calculator", () => {
  test("computes the known case: ¥10,000.00 at 12% for 12 months, equal instalments", async ({ page }) => {
    // The domain function is the reference: ¥888.49 a month (the last one ¥888.47), ¥661.86 interest.
    const reference = buildSchedule({
      principalFen: 1_000_000n,
      annualRateBp: 1200,
      termMonths: 12,
      method: "EQUAL_INSTALLMENT",
      startDate: businessDateOf(new Date(), DEFAULT_BUSINESS_TIME_ZONE),
    });
    expect(reference[0].totalFen).toBe(88_849n);
    expect(scheduleTotals(reference).interestFen).toBe(66_186n);

    await page.goto("/calculator");
    const form = page.locator("main form");
    await waitForHydration(form);
    await form.getByLabel("投资金额（元）").fill("10000");
    await form.getByLabel("年化利率（%）").fill("12");
    await form.getByLabel("期限（月）").fill("12");
    await form.getByLabel("还款方式").selectOption("EQUAL_INSTALLMENT");
    await form.getByRole("button", { name: "计算" }).click();

    await expect(page).toHaveURL(/\/calculator\?amount=10000&rate=12&term=12&method=EQUAL_INSTALLMENT$/);
    await expect(page.getByTestId("calc-monthlyPayment")).toHaveText("¥888.49");
    await expect(page.getByTestId("calc-totalInterest")).toHaveText("¥661.86");
    await expect(page.getByTestId("calc-totalReceived")).toHaveText("¥10,661.86");
    await expect(page.getByTestId("schedule-row")).toHaveCount(12);

    // With JavaScript the result follows the inputs as they change.
    await waitForHydration(page.locator("main form"));
    await page.getByLabel("投资金额（元）").fill("20000");
    await expect(page.getByTestId("calc-monthlyPayment")).toHaveText("¥1,776.98");
  });

  test("explains bad input instead of failing", async ({ page }) => {
    await page.goto("/calculator");
    const form = page.locator("main form");
    await waitForHydration(form);
    await form.getByLabel("投资金额（元）").fill("-100");
    await form.getByLabel("年化利率（%）").fill("40");
    await form.getByLabel("期限（月）").fill("61");
    await form.getByRole("button", { name: "计算" }).click();

    await expect(page).toHaveURL(/amount=-100/);
    await expect(page.locator("main").getByRole("alert")).toHaveText("请修改下面标出的内容。");
    await expect(page.getByText("投资金额不能为负数。")).toBeVisible();
    await expect(page.getByText("年化利率须在 0.01% 至 36% 之间。")).toBeVisible();
    await expect(page.getByText("期限须为 1 至 60 之间的整数月。")).toBeVisible();
    await expect(page.getByLabel("投资金额（元）")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("calc-totalInterest")).toHaveCount(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the GET forms still work: calculator result and listing filters come from the server", async ({ page }) => {
      await page.goto("/calculator");
      await page.getByLabel("投资金额（元）").fill("10000");
      await page.getByLabel("年化利率（%）").fill("12");
      await page.getByLabel("期限（月）").fill("12");
      await page.getByRole("button", { name: "计算" }).click();
      await expect(page.getByTestId("calc-monthlyPayment")).toHaveText("¥888.49");
      await expect(page.getByTestId("calc-totalInterest")).toHaveText("¥661.86");

      await page.goto("/calculator?amount=-5&rate=12&term=12&method=EQUAL_INSTALLMENT");
      await expect(page.getByText("投资金额不能为负数。")).toBeVisible();

      await page.goto("/loans");
      await page.getByLabel("还款方式").selectOption({ label: "等额本息" });
      await page.getByRole("button", { name: "筛选" }).click();
      await expect(page).toHaveURL(/method=EQUAL_INSTALLMENT/);
      for (const card of await cards(page).all()) await expect(card).toHaveAttribute("data-method", "EQUAL_INSTALLMENT");
    });
  });
});

test("the public pages speak English after switching the language", async ({ page, database, makeUser }) => {
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const tag = randomUUID().slice(0, 6);
  const project = await insertProject(database, company, {
    title: `English-${tag}`,
    rateBp: 1150,
    method: "INTEREST_FIRST",
    termMonths: 9,
  });
  await refreshPublicPages(page.request);

  await page.goto("/");
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Platform figures" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Raising money now" })).toBeVisible();

  await page.goto("/loans?minRate=11.5&maxRate=11.5&method=INTEREST_FIRST&term=9");
  await expect(page.getByRole("heading", { level: 1, name: "Loans" })).toBeVisible();
  await expect(page.getByLabel("Minimum annual rate (%)")).toHaveValue("11.5");
  const card = cards(page).filter({ hasText: `English-${tag}` });
  await expect(card.getByTestId("project-method")).toHaveText("Interest first, principal at maturity");
  await expect(card.getByTestId("deadline-countdown")).toHaveText(/^3\sdays 5\shours$/);
  await expect(card).toContainText("9 months");

  await page.goto(`/loans/${project.id}`);
  await expect(page.getByRole("heading", { name: "Repayment schedule preview" })).toBeVisible();
  await expect(page.getByTestId("project-terms")).toContainText("Interest first, principal at maturity");
  await expect(page.getByRole("progressbar", { name: "Funding progress" })).toHaveAttribute("aria-valuenow", "0");

  await page.goto("/loans/nope");
  await expect(page.getByRole("heading", { name: "We could not find that." })).toBeVisible();

  await page.goto("/calculator?amount=10000&rate=12&term=12&method=EQUAL_INSTALLMENT");
  await expect(page.getByText("Monthly payment")).toBeVisible();
  await expect(page.getByTestId("calc-monthlyPayment")).toHaveText("¥888.49");
  await page.goto("/calculator?amount=-1&rate=12&term=12&method=EQUAL_INSTALLMENT");
  await expect(page.getByText("The amount cannot be negative.")).toBeVisible();
});
