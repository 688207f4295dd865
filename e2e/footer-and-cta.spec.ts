import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import type { OpenDatabase } from "@/lib/server/db/open";
import { encryptPii, hashPii } from "@/lib/server/security/pii";
import { switchLanguage } from "./support/company-helpers";
import {
  expect,
  useOwnClientIp as giveOwnClientIp,
  logInUser,
  randomResidentId,
  type TestUser,
  test,
  waitForHydration,
} from "./support/fixtures";

// Issue 8 §8 (a footer on every page: risk disclosure, contact, terms, privacy, the ICP line as a setting)
// and §9 (calls to action depend on who is looking).

async function expectFooter(page: Page) {
  const footer = page.getByTestId("site-footer");
  await expect(footer.getByTestId("risk-disclosure")).toContainText("投资有风险，出借需谨慎");
  await expect(footer.getByRole("link", { name: "服务协议" })).toHaveAttribute("href", "/terms");
  await expect(footer.getByRole("link", { name: "隐私政策" })).toHaveAttribute("href", "/privacy");
}

/** A browser context of its own (own cookies, own client address) signed in as `user`. */
async function signedInPage(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext();
  await giveOwnClientIp(context);
  const page = await context.newPage();
  await logInUser(page, user);
  return page;
}

/** The document is no wider than the 390 px viewport (nothing scrolls sideways). */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

test("the footer is on public, company and admin pages, and fits a 390 px phone", async ({ page, makeUser, loginAs, browser }) => {
  await page.goto("/loans");
  await expectFooter(page);
  await page.goto("/forbidden");
  await expectFooter(page);

  const company = await signedInPage(browser, await makeUser("COMPANY"));
  await company.goto("/company/profile");
  await expectFooter(company);
  await company.context().close();

  await loginAs(await makeUser("ADMIN"));
  await page.goto("/admin/settings");
  await expectFooter(page);

  await page.setViewportSize({ width: 390, height: 800 });
  for (const path of ["/", "/terms", "/admin/settings"]) {
    await page.goto(path);
    await expect(page.getByTestId("site-footer")).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
});

test("an ICP line and contact set by an admin appear in every footer; a malformed line is refused", async ({
  page,
  makeUser,
  loginAs,
  browser,
}) => {
  await loginAs(await makeUser("ADMIN"));
  await page.goto("/admin/settings");
  const form = page.getByTestId("site-footer-form");
  await waitForHydration(form);

  await form.getByLabel("ICP 备案号").fill("京ICP备123号");
  await form.getByRole("button", { name: "保存页脚信息" }).click();
  await expect(form.getByTestId("field-error")).toContainText("请输入完整的 ICP 备案号");

  const icpLine = `京ICP备${randomInt(10_000_000, 99_999_999)}号-1`;
  await form.getByLabel("ICP 备案号").fill(icpLine);
  await form.getByLabel("客服电话").fill("400-000-0000");
  await form.getByLabel("客服邮箱").fill("service@example.com");
  await form.getByLabel("服务时间").fill("9:00–18:00");
  await form.getByRole("button", { name: "保存页脚信息" }).click();
  await expect(form.getByRole("status")).toHaveText("设置已保存。");

  const visitorContext = await browser.newContext();
  await giveOwnClientIp(visitorContext);
  const visitor = await visitorContext.newPage();
  await visitor.goto("/");
  const footer = visitor.getByTestId("site-footer");
  await expect(footer.getByTestId("icp-line")).toHaveText(icpLine);
  await expect(footer.getByTestId("icp-line")).toHaveAttribute("href", "https://beian.miit.gov.cn/");
  await expect(footer.getByRole("link", { name: "400-000-0000" })).toHaveAttribute("href", "tel:4000000000");
  await expect(footer.getByRole("link", { name: "service@example.com" })).toHaveAttribute("href", "mailto:service@example.com");
  await visitor.context().close();
});

test("the terms and the privacy policy are public and read in both languages", async ({ page }) => {
  await page.goto("/terms");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务协议");
  await expect(page.getByTestId("legal-terms")).toContainText("网络借贷信息中介");
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("隐私政策");
  await expect(page.getByTestId("legal-privacy")).toContainText("个人信息保护法");

  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy policy");
  await expect(page.getByTestId("risk-disclosure")).toContainText("Investing carries risk");
  await page.goto("/terms");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terms of service");
  await expect(page.getByTestId("legal-terms")).toContainText("information intermediary");
});

/** An investor whose real-name verification is done (written directly: the verification form is not under test). */
async function verifiedInvestor(makeUser: (role: "INVESTOR") => Promise<TestUser>, database: OpenDatabase) {
  const user = await makeUser("INVESTOR");
  const idNumber = randomResidentId();
  await database.prisma.investorProfile.create({
    data: {
      userId: user.id,
      realName: "测试投资人",
      idNumberCipher: encryptPii(idNumber),
      idNumberHash: hashPii(idNumber),
      idNumberLast4: idNumber.slice(-4),
      verifiedAt: new Date(),
    },
  });
  return user;
}

test.describe("the home page's calls to action follow who is looking", () => {
  test("a visitor is invited to register, as an investor or a company", async ({ page }) => {
    await page.goto("/");
    const primary = page.getByTestId("hero-primary-cta");
    await expect(primary).toHaveText("开始投资");
    await expect(primary).toHaveAttribute("href", "/register/investor");
    await expect(page.getByTestId("hero-actions").getByRole("link", { name: "企业借款" })).toHaveAttribute("href", "/register/company");
  });

  test("a verified investor's 开始投资 goes to the listings, here and on the calculator", async ({ page, makeUser, loginAs, database }) => {
    await loginAs(await verifiedInvestor(makeUser, database));
    await page.goto("/");
    const primary = page.getByTestId("hero-primary-cta");
    await expect(primary).toHaveText("开始投资");
    // The page is the same for everyone (cached); who is looking arrives from /api/viewer just after.
    await expect(primary).toHaveAttribute("href", "/loans");
    await primary.click();
    await expect(page).toHaveURL(/\/loans$/);

    await page.goto("/calculator");
    await expect(page.getByTestId("viewer-cta-link")).toHaveAttribute("href", "/loans");
  });

  test("an investor not yet verified is sent to verification", async ({ page, makeUser, loginAs }) => {
    await loginAs(await makeUser("INVESTOR"));
    await page.goto("/");
    await expect(page.getByTestId("hero-primary-cta")).toHaveAttribute("href", "/investor/verification");
    await expect(page.getByTestId("hero-primary-cta")).toHaveText("实名认证后开始投资");
    await expect(page.locator('[data-testid="hero-actions"] a[href^="/register"]')).toHaveCount(0);
  });

  test("a verified company goes to its loan requests, an unverified one to its profile", async ({ page, makeUser, loginAs, browser }) => {
    await loginAs(await makeUser("COMPANY", { companyStatus: "NORMAL" }));
    await page.goto("/");
    const primary = page.getByTestId("hero-primary-cta");
    await expect(primary).toHaveAttribute("href", "/company/loans");
    await primary.click();
    await expect(page).toHaveURL(/\/company\/loans$/);

    const other = await signedInPage(browser, await makeUser("COMPANY"));
    await other.goto("/");
    await expect(other.getByTestId("hero-primary-cta")).toHaveAttribute("href", "/company/profile");
    await other.context().close();
  });

  test("staff are sent to the administration", async ({ page, makeUser, loginAs }) => {
    await loginAs(await makeUser("SUPERVISOR"));
    await page.goto("/");
    await expect(page.getByTestId("hero-primary-cta")).toHaveAttribute("href", "/admin");
    await expect(page.getByTestId("hero-actions").getByRole("link", { name: "开始投资" })).toHaveCount(0);
  });
});
