import { expect, randomResidentId, test, uniqueEmail } from "./support/fixtures";

test("a visitor registers as an investor, logs out and logs in again", async ({ page }) => {
  const email = uniqueEmail("investor");
  await page.goto("/register/investor");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill("my long passphrase 2026");
  await page.getByLabel("再次输入密码").fill("my long passphrase 2026");
  await page.getByRole("button", { name: "创建账户" }).click();

  // Registration answers neutrally (it never says whether the e-mail was free): log in to go on.
  await expect(page).toHaveURL(/\/login\?registered=investor/);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill("my long passphrase 2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/investor\/verification$/);
  await page.getByLabel("姓名（与身份证一致）").fill("张三");
  await page.getByLabel("居民身份证号码").fill(randomResidentId());
  await page.getByLabel("手机号码").fill("13812345678");
  await page.getByRole("button", { name: "提交认证" }).click();
  await expect(page.getByTestId("verified")).toContainText("已认证：张三");

  await page.getByRole("button", { name: "退出" }).click();
  await expect(page.getByRole("status")).toContainText("您已退出登录");

  await page.goto("/login");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill("my long passphrase 2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/investor$/);
  await expect(page.getByTestId("welcome")).toContainText("张三");
});
