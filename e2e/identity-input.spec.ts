import type { Page } from "@playwright/test";
import { creditCodeCheckCharacter } from "@/lib/domain/identity/credit-code";
import { residentIdCheckCharacter } from "@/lib/domain/identity/resident-id";
import { hashPii } from "@/lib/server/security/pii";
import { actorPage, findInQueue, uniqueTag } from "./support/company-helpers";
import { expect, test, uniqueEmail, waitForHydration } from "./support/fixtures";

const PASSPHRASE = "my long passphrase 2026";
const toFullWidth = (text: string) => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A well-formed credit code whose check character does not verify, as on some licences issued before GB 32100. */
function preStandardCreditCode(): string {
  const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let body = "91310000";
  for (let i = 0; i < 9; i++) body += charset[Math.floor(Math.random() * charset.length)];
  const check = creditCodeCheckCharacter(body) ?? "0";
  return body + (check === "0" ? "1" : "0");
}

function residentId(birth: Date): string {
  const first17 = `110101${birth.toISOString().slice(0, 10).replaceAll("-", "")}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  return first17 + residentIdCheckCharacter(first17);
}

async function fillCompanyForm(page: Page, values: { name: string; code: string; email: string }) {
  const form = page.locator("main form");
  await form.getByLabel("企业名称").fill(values.name);
  await form.getByLabel("统一社会信用代码").fill(values.code);
  await form.getByLabel("法定代表人").fill("赵六");
  await form.getByLabel("联系电话").fill("+86 138 1234 5678");
  await form.getByLabel("所属行业").fill("贸易");
  await form.getByLabel("注册资本（元）").fill("500000");
  await form.getByLabel("电子邮箱").fill(values.email);
  await fillPasswords(page);
  return form;
}

async function fillPasswords(page: Page) {
  const form = page.locator("main form");
  await form.getByLabel("密码", { exact: true }).fill(PASSPHRASE);
  await form.getByLabel("再次输入密码").fill(PASSPHRASE);
}

/** The form was accepted: signed in on /company, or sent to log in (neutral registration answers). */
async function expectRegistrationAccepted(page: Page) {
  await expect(page).toHaveURL((url) => url.pathname === "/company" || url.pathname === "/login");
}

const CHECK_MESSAGE = "统一社会信用代码最后一位校验码不符";

test.describe("a credit code issued before the standard", () => {
  test("is refused until the company confirms it, then registered, flagged and shown to customer service", async ({
    page,
    browser,
    database,
    makeUser,
  }) => {
    const code = preStandardCreditCode();
    const name = `校验位测试有限公司 ${uniqueTag()}`;
    const email = uniqueEmail("pre-standard");
    await page.goto("/register/company");
    await waitForHydration(page.locator("main form"));
    const form = await fillCompanyForm(page, { name, code: toFullWidth(code.toLowerCase()), email });
    await expect(form.getByTestId("credit-code-confirmation")).toHaveCount(0);
    await form.getByRole("button", { name: "创建账户" }).click();

    await expect(form.getByLabel("统一社会信用代码")).toHaveAccessibleDescription(new RegExp(CHECK_MESSAGE));
    const confirmation = form.getByLabel("我已核对营业执照");
    await expect(confirmation).not.toBeChecked();
    await expect(form.getByTestId("credit-code-confirmation")).toContainText(code);
    expect(await database.prisma.user.count({ where: { email } })).toBe(0);

    await confirmation.check();
    await form.getByRole("button", { name: "创建账户" }).click();
    await expectRegistrationAccepted(page);

    const company = await database.prisma.company.findFirstOrThrow({ where: { user: { email } } });
    expect(company).toMatchObject({ creditCode: code, creditCodeChecksumUnverified: true, contactPhone: "13812345678" });

    // Submitted for verification, the flag stands out in the queue and on the verification page.
    await database.prisma.company.update({ where: { id: company.id }, data: { address: "上海", profileCompletedAt: new Date() } });
    const staff = await actorPage(browser, await makeUser("CUSTOMER_SERVICE"));
    const row = await findInQueue(staff, "/admin/companies", "queue-row", name);
    await expect(row.getByTestId("credit-code-unverified")).toHaveText("信用代码校验码不符");
    await staff.goto(`/admin/companies/${company.id}`);
    await expect(staff.getByTestId("credit-code-unverified")).toContainText("激活前请对照营业执照原件逐位核对");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the confirmation box appears and works", async ({ page, database }) => {
      const code = preStandardCreditCode();
      const email = uniqueEmail("no-js");
      await page.goto("/register/company");
      await fillCompanyForm(page, { name: `无脚本有限公司 ${uniqueTag()}`, code, email });
      await page.getByRole("button", { name: "创建账户" }).click();

      const form = page.locator("main form");
      await expect(form.getByLabel("统一社会信用代码")).toHaveAccessibleDescription(new RegExp(CHECK_MESSAGE));
      await expect(form.getByLabel("统一社会信用代码")).toHaveValue(code);
      await form.getByLabel("我已核对营业执照").check();
      await fillPasswords(page); // passwords are never echoed back
      await form.getByRole("button", { name: "创建账户" }).click();
      await expectRegistrationAccepted(page);
      expect(await database.prisma.company.findFirstOrThrow({ where: { user: { email } } })).toMatchObject({
        creditCode: code,
        creditCodeChecksumUnverified: true,
      });
    });
  });
});

test.describe("real-name verification", () => {
  test("a full-width ID number and a +86 phone are accepted and stored folded", async ({ page, database, makeUser, loginAs }) => {
    const investor = await makeUser("INVESTOR");
    await loginAs(investor);
    const id = residentId(new Date(Date.UTC(1990, 2, 7)));
    await page.goto("/investor/verification");
    const form = page.locator("main form");
    await waitForHydration(form);
    await form.getByLabel("姓名（与身份证一致）").fill("张三");
    await form
      .getByLabel("居民身份证号码")
      .fill(`${toFullWidth(id.slice(0, 6))}　${toFullWidth(id.slice(6, 14))}　${toFullWidth(id.slice(14))}`);
    await form.getByLabel("手机号码").fill("＋８６ １３８-１２３４-５６７８");
    await form.getByRole("button", { name: "提交认证" }).click();
    await expect(page.getByTestId("verified")).toHaveText(`已认证：张三，身份证尾号 ${id.slice(-4)}`);
    expect(await database.prisma.investorProfile.findUniqueOrThrow({ where: { userId: investor.id } })).toMatchObject({
      phone: "13812345678",
      idNumberHash: hashPii(id),
    });
  });

  test("a 10-year-old is refused with the age message next to the ID number", async ({ page, database, makeUser, loginAs }) => {
    const investor = await makeUser("INVESTOR");
    await loginAs(investor);
    const tenYearsAgo = new Date();
    tenYearsAgo.setUTCFullYear(tenYearsAgo.getUTCFullYear() - 10);
    await page.goto("/investor/verification");
    const form = page.locator("main form");
    await waitForHydration(form);
    await form.getByLabel("姓名（与身份证一致）").fill("小明");
    await form.getByLabel("居民身份证号码").fill(residentId(tenYearsAgo));
    await form.getByLabel("手机号码").fill("13812345678");
    await form.getByRole("button", { name: "提交认证" }).click();
    await expect(form.getByLabel("居民身份证号码")).toHaveAccessibleDescription(/投资人须在认证当日年满 18 周岁/);
    expect(await database.prisma.investorProfile.count({ where: { userId: investor.id } })).toBe(0);
  });
});
