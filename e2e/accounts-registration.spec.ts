import type { Locator, Page } from "@playwright/test";
import { creditCodeCheckCharacter } from "@/lib/domain/identity/credit-code";
import { expect, loginThroughForm, test, uniqueEmail, waitForHydration } from "./support/fixtures";

const PASSPHRASE = "my long passphrase 2026";
// The same answer whether or not the e-mail (or company) was registered before: no enumeration.
const INVESTOR_NOTE = "如果该邮箱可以注册，您的账户已创建，请在下方登录。如果您之前已注册过，请使用原密码登录。";
const COMPANY_NOTE =
  "如果这些信息可以注册，企业账户已创建，请在下方登录。每家企业只能有一个账户：如果贵公司之前已注册过，请使用该账户登录或联系客服。";

/** After any registration attempt: the login page with the neutral note. */
async function expectNeutralAnswer(page: Page, note: string, next: string) {
  await expect(page).toHaveURL(`/login?registered=${next === "/company" ? "company" : "investor"}&callbackUrl=${encodeURIComponent(next)}`);
  await expect(page.getByRole("status")).toHaveText(note);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
}

/** The error is "next to the field": marked invalid and announced as part of the input's description. */
async function expectFieldError(input: Locator, message: string) {
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
  const errorId = ((await input.getAttribute("aria-describedby")) ?? "").split(" ").find((id) => id.endsWith("-error"));
  expect(errorId, "the input points at its error message").toBeTruthy();
  await expect(input.page().locator(`[id="${errorId}"]`)).toHaveText(message);
}

async function expectNoFieldError(input: Locator) {
  await expect(input).not.toHaveAttribute("aria-invalid", "true");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function validCreditCode(): string {
  const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let body = "91110000";
  for (let i = 0; i < 9; i++) body += charset[Math.floor(Math.random() * charset.length)];
  return body + creditCodeCheckCharacter(body);
}

/** The same code with a wrong check character. */
function badCreditCode(): string {
  const good = validCreditCode();
  return good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
}

async function openInvestorForm(page: Page) {
  await page.goto("/register/investor");
  const form = page.locator("main form");
  await waitForHydration(form);
  return {
    form,
    email: form.getByLabel("电子邮箱"),
    password: form.getByLabel("密码", { exact: true }),
    confirm: form.getByLabel("再次输入密码"),
    submit: form.getByRole("button", { name: "创建账户" }),
  };
}

async function openCompanyForm(page: Page) {
  await page.goto("/register/company");
  const form = page.locator("main form");
  await waitForHydration(form);
  return {
    form,
    companyName: form.getByLabel("企业名称"),
    creditCode: form.getByLabel("统一社会信用代码"),
    legalRepresentative: form.getByLabel("法定代表人"),
    contactPhone: form.getByLabel("联系电话"),
    industry: form.getByLabel("所属行业"),
    registeredCapital: form.getByLabel("注册资本（元）"),
    email: form.getByLabel("电子邮箱"),
    password: form.getByLabel("密码", { exact: true }),
    confirm: form.getByLabel("再次输入密码"),
    submit: form.getByRole("button", { name: "创建账户" }),
  };
}

test.describe("investor registration", () => {
  test("an invalid e-mail and a short password show errors next to those fields; nothing is created; values stay", async ({
    page,
    database,
  }) => {
    const f = await openInvestorForm(page);
    await f.email.fill("not-an-email");
    await f.password.fill("short");
    await f.confirm.fill("short");
    await f.submit.click();

    await expect(f.form.getByRole("alert")).toHaveText("请更正标出的字段。");
    await expectFieldError(f.email, "请输入有效的电子邮箱，例如 name@example.com。");
    await expectFieldError(f.password, "密码至少需要 8 个字符。");
    await expectNoFieldError(f.confirm);
    await expect(page).toHaveURL(/\/register\/investor$/);
    // What the person typed is still there to correct.
    await expect(f.email).toHaveValue("not-an-email");
    await expect(f.password).toHaveValue("short");
    await expect(f.confirm).toHaveValue("short");
    expect(await database.prisma.user.count({ where: { email: "not-an-email" } })).toBe(0);
  });

  test("a mismatched confirmation and then a common password are refused; no account is created", async ({ page, database }) => {
    const email = uniqueEmail("mismatch");
    const f = await openInvestorForm(page);
    await f.email.fill(email);
    await f.password.fill(PASSPHRASE);
    await f.confirm.fill(`${PASSPHRASE}!`);
    await f.submit.click();

    await expectFieldError(f.confirm, "两次输入的密码不一致。");
    await expectNoFieldError(f.email);
    await expectNoFieldError(f.password);
    await expect(f.email).toHaveValue(email);
    await expect(f.password).toHaveValue(PASSPHRASE);
    await expect(f.confirm).toHaveValue(`${PASSPHRASE}!`);

    // Correct only the password pair, to a well-known password: the e-mail typed earlier is still there.
    await f.password.fill("password123");
    await f.confirm.fill("password123");
    await f.submit.click();
    await expectFieldError(f.password, "此密码过于常见，请换一个。");
    await expectNoFieldError(f.confirm);
    await expect(f.email).toHaveValue(email);

    await expect(page).toHaveURL(/\/register\/investor$/);
    expect(await database.prisma.user.count({ where: { email } })).toBe(0);
  });

  test("an e-mail that is already registered (in any letter case) gets the same answer as a new one and changes nothing", async ({
    page,
    database,
    makeUser,
  }) => {
    const existing = await makeUser("INVESTOR");
    const before = await database.prisma.user.findUniqueOrThrow({ where: { email: existing.email } });
    let f = await openInvestorForm(page);
    await f.email.fill(existing.email.toUpperCase());
    await f.password.fill(PASSPHRASE);
    await f.confirm.fill(PASSPHRASE);
    await f.submit.click();
    await expectNeutralAnswer(page, INVESTOR_NOTE, "/investor/verification");
    expect(await database.prisma.user.count({ where: { email: { equals: existing.email, mode: "insensitive" } } })).toBe(1);
    expect(await database.prisma.user.findUniqueOrThrow({ where: { email: existing.email } })).toEqual(before);

    // A new e-mail: the very same page and note; the new account then logs in and goes on to verification.
    const email = uniqueEmail("new-investor");
    f = await openInvestorForm(page);
    await f.email.fill(email);
    await f.password.fill(PASSPHRASE);
    await f.confirm.fill(PASSPHRASE);
    await f.submit.click();
    await expectNeutralAnswer(page, INVESTOR_NOTE, "/investor/verification");
    await loginThroughForm(page, email, PASSPHRASE);
    await expect(page).toHaveURL(/\/investor\/verification$/);
  });
});

test.describe("company registration", () => {
  test("a bad credit code and a negative registered capital show field errors and create nothing; values stay", async ({
    page,
    database,
  }) => {
    const email = uniqueEmail("bad-company");
    const code = badCreditCode();
    const f = await openCompanyForm(page);
    await f.companyName.fill("错误测试有限公司");
    await f.creditCode.fill(code);
    await f.legalRepresentative.fill("李四");
    await f.contactPhone.fill("13812345678");
    await f.industry.fill("制造业");
    await f.registeredCapital.fill("-100");
    await f.email.fill(email);
    await f.password.fill(PASSPHRASE);
    await f.confirm.fill(PASSPHRASE);
    await f.submit.click();

    await expect(f.form.getByRole("alert")).toHaveText("请更正标出的字段。");
    await expectFieldError(
      f.creditCode,
      "统一社会信用代码最后一位校验码不符，请逐位核对。若代码与营业执照上印的完全一致（部分早期发放的代码校验码不符），请勾选下方确认。",
    );
    await expectFieldError(f.registeredCapital, "金额不能为负数。");
    for (const valid of [f.companyName, f.legalRepresentative, f.contactPhone, f.industry, f.email, f.password, f.confirm]) {
      await expectNoFieldError(valid);
    }
    await expect(f.companyName).toHaveValue("错误测试有限公司");
    await expect(f.creditCode).toHaveValue(code);
    await expect(f.registeredCapital).toHaveValue("-100");
    await expect(f.email).toHaveValue(email);
    await expect(page).toHaveURL(/\/register\/company$/);

    expect(await database.prisma.user.count({ where: { email } })).toBe(0);
    expect(await database.prisma.company.count({ where: { creditCode: code } })).toBe(0);
    expect(await database.prisma.company.count({ where: { name: "错误测试有限公司" } })).toBe(0);
  });

  test("a valid registration creates the company; after logging in it lands on /company showing 未激活 (INVALID)", async ({
    page,
    database,
  }) => {
    const email = uniqueEmail("company");
    const code = validCreditCode();
    const name = `测试科技有限公司 ${code.slice(-6)}`;
    const f = await openCompanyForm(page);
    await f.companyName.fill(name);
    await f.creditCode.fill(code.toLowerCase());
    await f.legalRepresentative.fill("王五");
    await f.contactPhone.fill("138-1234-5678");
    await f.industry.fill("软件");
    await f.registeredCapital.fill("1,000,000.00");
    await f.email.fill(email);
    await f.password.fill(PASSPHRASE);
    await f.confirm.fill(PASSPHRASE);
    await f.submit.click();

    await expectNeutralAnswer(page, COMPANY_NOTE, "/company");
    await loginThroughForm(page, email, PASSPHRASE);
    await expect(page).toHaveURL(/\/company$/);
    await expect(page.getByTestId("company-status")).toHaveText("未激活");
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toContainText("企业");

    const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { company: true } });
    expect(user.role).toBe("COMPANY");
    expect(user.company).toMatchObject({
      name,
      creditCode: code,
      contactPhone: "13812345678",
      registeredCapitalFen: 100_000_000n,
      status: "INVALID",
    });
  });

  test("a credit code that is already registered gets the same answer as a new company and creates no account", async ({
    page,
    database,
    makeUser,
  }) => {
    const existing = await makeUser("COMPANY");
    const { creditCode } = await database.prisma.company.findUniqueOrThrow({ where: { userId: existing.id } });
    const email = uniqueEmail("dup-code");
    const f = await openCompanyForm(page);
    await f.companyName.fill("重复代码有限公司");
    await f.creditCode.fill(creditCode);
    await f.legalRepresentative.fill("赵六");
    await f.contactPhone.fill("13812345678");
    await f.industry.fill("零售");
    await f.registeredCapital.fill("500000");
    await f.email.fill(email);
    await f.password.fill(PASSPHRASE);
    await f.confirm.fill(PASSPHRASE);
    await f.submit.click();

    await expectNeutralAnswer(page, COMPANY_NOTE, "/company");
    expect(await database.prisma.user.count({ where: { email } })).toBe(0);
    expect(await database.prisma.company.count({ where: { creditCode } })).toBe(1);
  });
});
