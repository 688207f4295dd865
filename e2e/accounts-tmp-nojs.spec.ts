import { expect, test } from "./support/fixtures";
test.use({ javaScriptEnabled: false });
test("no js registration errors", async ({ page }) => {
  await page.goto("/register/investor");
  const form = page.locator("main form");
  await form.getByLabel("电子邮箱").fill("not-an-email");
  await form.getByLabel("密码", { exact: true }).fill("short");
  await form.getByLabel("再次输入密码").fill("short");
  await form.getByRole("button", { name: "创建账户" }).click();
  await page.waitForLoadState();
  console.log("URL", page.url());
  console.log("ALERT", await page.locator("main").innerText());
  console.log("VALUE", await form.getByLabel("电子邮箱").inputValue());
});
