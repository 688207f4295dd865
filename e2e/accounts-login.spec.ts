import type { Page } from "@playwright/test";
import { expect, loginThroughForm, test, uniqueEmail, useOwnClientIp } from "./support/fixtures";

// The per-account counter's key (lib/server/auth/login-throttle.ts).
const accountKey = (email: string) => `login:account:${email}`;
const INVALID_CREDENTIALS = "邮箱或密码不正确。";

// These tests fail logins on purpose: keep them off the address every other test shares.
test.beforeEach(async ({ context }) => {
  await useOwnClientIp(context);
});

async function loginError(page: Page, email: string, password: string) {
  await page.goto("/login");
  await loginThroughForm(page, email, password);
  const alert = page.locator("main form").getByRole("alert");
  await expect(alert).toBeVisible();
  return (await alert.textContent()) ?? "";
}

test("a wrong password and an unknown e-mail show the same invalid-credentials message, and nobody is signed in", async ({
  page,
  makeUser,
  database,
}) => {
  const user = await makeUser("INVESTOR");

  const wrongPassword = await loginError(page, user.email, "not the password 123");
  expect(wrongPassword).toBe(INVALID_CREDENTIALS);
  await expect(page).toHaveURL(/\/login$/);
  // The e-mail typed stays, so only the password needs retyping.
  await expect(page.locator("main form").getByLabel("电子邮箱")).toHaveValue(user.email);

  const unknown = uniqueEmail("nobody");
  const unknownEmail = await loginError(page, unknown, "not the password 123");
  expect(unknownEmail).toBe(wrongPassword);

  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  const counters = await database.prisma.attemptThrottle.findMany({
    where: { key: { in: [accountKey(user.email), accountKey(unknown)] } },
  });
  expect(counters.map((c) => c.failures)).toEqual([1, 1]);
});

test("the right password after a mistake signs in and goes to the role's home", async ({ page, makeUser }) => {
  const user = await makeUser("INVESTOR");
  expect(await loginError(page, user.email, "not the password 123")).toBe(INVALID_CREDENTIALS);

  await loginThroughForm(page, user.email.toUpperCase(), user.password);
  await expect(page).toHaveURL(/\/investor$/);
  await expect(page.getByTestId("signed-in-as")).toContainText(user.displayName);
});

test("after five wrong passwords this client is told to wait, while the owner signs in from another address", async ({
  page,
  browser,
  makeUser,
}) => {
  const user = await makeUser("INVESTOR");
  for (let i = 0; i < 5; i++) {
    expect(await loginError(page, user.email, `wrong password number ${i}`)).toBe(INVALID_CREDENTIALS);
  }
  expect(await loginError(page, user.email, user.password)).toBe("尝试次数过多，请 1 分钟后再试。");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);

  // No outsider can lock the owner out: from the owner's own address the account opens at once.
  const ownersContext = await browser.newContext({ locale: "zh-CN" });
  await useOwnClientIp(ownersContext);
  const ownersPage = await ownersContext.newPage();
  await ownersPage.goto("/login");
  await loginThroughForm(ownersPage, user.email, user.password);
  await expect(ownersPage).toHaveURL(/\/investor$/);
  await ownersContext.close();
});
