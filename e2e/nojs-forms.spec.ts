import { expect, test, uniqueEmail } from "./support/fixtures";

// Core forms must work before (or without) JavaScript: the server action runs from a plain form post and
// the page comes back with the errors and with what the person typed.
test.use({ javaScriptEnabled: false });

test("investor registration without JavaScript shows field errors and keeps the e-mail", async ({ page, database }) => {
  const email = uniqueEmail("nojs");
  await page.goto("/register/investor");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill("short");
  await page.getByLabel("再次输入密码").fill("short");
  await page.getByRole("button", { name: "创建账户" }).click();

  await expect(page.getByText("密码至少需要 8 个字符。")).toBeVisible();
  await expect(page.getByLabel("电子邮箱")).toHaveValue(email);
  await expect(page.getByLabel("密码", { exact: true })).toHaveValue("");
  expect(await database.prisma.user.count({ where: { email } })).toBe(0);
});

test("registration and login work end to end without JavaScript", async ({ page, database }) => {
  const email = uniqueEmail("nojs-ok");
  await page.goto("/register/investor");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill("a quiet morning walk 7");
  await page.getByLabel("再次输入密码").fill("a quiet morning walk 7");
  await page.getByRole("button", { name: "创建账户" }).click();
  await expect(page).toHaveURL(/\/login\?registered=investor/);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill("a quiet morning walk 7");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/investor\/verification$/);
  expect(await database.prisma.user.count({ where: { email, role: "INVESTOR" } })).toBe(1);

  await page.getByRole("button", { name: "退出" }).click();
  await expect(page.getByRole("status")).toContainText("您已退出登录");
  await page.goto("/login");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill("wrong password here");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码不正确" })).toBeVisible();
  await expect(page.getByLabel("电子邮箱")).toHaveValue(email);
  await page.getByLabel("密码").fill("a quiet morning walk 7");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/investor$/);
});
