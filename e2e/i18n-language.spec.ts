import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail, useOwnClientIp, waitForHydration } from "./support/fixtures";

const html = (page: Page) => page.locator("html");
const languageSwitch = (page: Page) => page.getByTestId("language-switch");

async function switchLanguage(page: Page, to: "English" | "中文") {
  const button = languageSwitch(page);
  await expect(button).toHaveText(to);
  await button.click();
  await expect(html(page)).toHaveAttribute("lang", to === "English" ? "en" : "zh-CN");
}

async function localeCookie(page: Page) {
  return (await page.context().cookies()).find((c) => c.name === "NEXT_LOCALE")?.value;
}

test("without a language cookie the site is in Chinese", async ({ page }) => {
  await page.goto("/login");
  await expect(html(page)).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
  await expect(languageSwitch(page)).toHaveText("English");
  expect(await localeCookie(page)).toBeUndefined();
});

test("switching to English changes the texts and <html lang>, is remembered across navigation and reloads, and switching back works", async ({
  page,
  browser,
}) => {
  await page.goto("/login");
  await switchLanguage(page, "English");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in");
  await expect(page.locator("main form").getByLabel("E-mail")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Register" })).toBeVisible();
  expect(await localeCookie(page)).toBe("en");

  // Client-side navigation keeps English.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
  await expect(html(page)).toHaveAttribute("lang", "en");

  // A full page load keeps English too.
  await page.goto("/register/company");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register a company");
  await page.reload();
  await expect(html(page)).toHaveAttribute("lang", "en");
  await expect(page.locator("main form").getByLabel("Unified social credit code")).toBeVisible();

  // So does a brand-new tab in the same browser profile.
  const second = await page.context().newPage();
  await second.goto("/login");
  await expect(html(second)).toHaveAttribute("lang", "en");
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Log in");
  await second.close();

  // Another browser (no cookie) is still in Chinese: the choice belongs to this visitor only.
  const other = await browser.newContext({ locale: "zh-CN" });
  try {
    const otherPage = await other.newPage();
    await otherPage.goto("/login");
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("登录");
  } finally {
    await other.close();
  }

  // Switching back.
  await page.goto("/login");
  await switchLanguage(page, "中文");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
  expect(await localeCookie(page)).toBe("zh-CN");
  await page.reload();
  await expect(html(page)).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
});

test("registration field errors appear in English after switching", async ({ page, database }) => {
  await page.goto("/register/investor");
  await switchLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register as an investor");

  const form = page.locator("main form");
  await waitForHydration(form);
  const email = uniqueEmail("english");
  await form.getByLabel("E-mail").fill("not-an-email");
  await form.getByLabel("Password", { exact: true }).fill("short");
  await form.getByLabel("Repeat password").fill("different");
  await form.getByRole("button", { name: "Create account" }).click();

  await expect(form.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(form.getByLabel("E-mail")).toHaveAccessibleDescription(/Please enter a valid e-mail address, like name@example\.com\./);
  await expect(form.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(/The password needs at least 8 characters\./);
  await expect(form.getByLabel("Repeat password")).toHaveAccessibleDescription(/The two passwords are not the same\./);
  await expect(form.getByTestId("field-error")).toHaveCount(3);
  await expect(page.locator("main")).not.toContainText("请");

  // The server's answer (neutral, whether or not the e-mail is taken) is translated as well.
  const taken = await database.prisma.user.create({
    data: { email, passwordHash: "x", role: "INVESTOR", displayName: "taken" },
  });
  await form.getByLabel("E-mail").fill(taken.email);
  await form.getByLabel("Password", { exact: true }).fill("my long passphrase 2026");
  await form.getByLabel("Repeat password").fill("my long passphrase 2026");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "If this e-mail address could be registered, your account is ready: log in below. If you registered before, log in with your existing password.",
  );
  expect(await database.prisma.user.count({ where: { email } })).toBe(1);
});

test("the login error is in English after switching", async ({ page, context }) => {
  await useOwnClientIp(context);
  await page.goto("/login");
  await switchLanguage(page, "English");
  const form = page.locator("main form");
  await waitForHydration(form);
  await form.getByLabel("E-mail").fill(uniqueEmail("nobody"));
  await form.getByLabel("Password").fill("whatever passphrase");
  await form.getByRole("button", { name: "Log in" }).click();
  await expect(form.getByRole("alert")).toHaveText("The e-mail or password is not correct.");
});
