import type { BrowserContext, Page } from "@playwright/test";
import { totpCode } from "@/lib/domain/mfa/totp";
import {
  enrolTotp,
  expect,
  freshTotpCode,
  loginThroughApi,
  loginThroughForm,
  passSecondFactor,
  test,
  waitForHydration,
} from "./support/fixtures";

const sessionCookies = async (context: BrowserContext) => (await context.cookies()).filter((c) => c.name.includes("session-token"));

/** A code that no step near now accepts. */
const wrongCode = (secret: string) =>
  ["000000", "111111"].find((c) => ![-1, 0, 1, 2].some((s) => totpCode(secret, Date.now() + s * 30_000) === c)) as string;

async function logOut(page: Page) {
  await page.getByTestId("logout").click();
  await expect(page.getByRole("status")).toContainText("您已退出登录");
}

async function submitCode(page: Page, testId: "mfa-verify-form" | "mfa-enrol-form", code: string) {
  const form = page.getByTestId(testId);
  await waitForHydration(form);
  await form.locator('input[name="code"]').fill(code);
  await form.locator('button[type="submit"]').click();
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a new supervisor enrols with the QR page, keeps the recovery codes, and every later login asks for a code", async ({
    page,
    makeUser,
    database,
  }) => {
    test.slow(); // a dozen page loads and four logins
    const sup = await makeUser("SUPERVISOR", { mfa: false });

    // Password first; a member without TOTP is sent to set it up, and no staff page opens meanwhile.
    await page.goto("/admin/approvals");
    await loginThroughForm(page, sup.email, sup.password);
    await expect(page).toHaveURL(/\/account\/mfa\?callbackUrl=%2Fadmin%2Fapprovals$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/account\/mfa\?callbackUrl=%2Fadmin$/);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("设置两步验证");
    const qr = page.getByTestId("mfa-qr");
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
    await expect(qr).toHaveAttribute("alt", "将此账户添加到身份验证器应用的二维码");
    const secret = ((await page.getByTestId("mfa-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // Reloading keeps the same key (the app may already hold it).
    await page.reload();
    expect(((await page.getByTestId("mfa-secret").textContent()) ?? "").replace(/\s/g, "")).toBe(secret);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // A wrong code is refused and enrols nothing.
    await submitCode(page, "mfa-enrol-form", wrongCode(secret));
    await expect(page.getByTestId("field-error")).toHaveText("验证码不正确。请输入应用当前显示的 6 位验证码，或一个未使用过的恢复码。");
    expect((await database.prisma.staffMfa.findUniqueOrThrow({ where: { userId: sup.id } })).confirmedAt).toBeNull();

    // The right code turns it on and shows ten recovery codes, once.
    await submitCode(page, "mfa-enrol-form", await freshTotpCode(secret));
    const codes = page.getByTestId("mfa-recovery-codes").locator("li");
    await expect(codes).toHaveCount(10);
    const recoveryCodes = await codes.allTextContents();
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const stored = await database.prisma.mfaRecoveryCode.findMany({ where: { userId: sup.id } });
    expect(stored).toHaveLength(10);
    expect(stored.some((row) => recoveryCodes.some((code) => row.codeHash.includes(code.replace("-", ""))))).toBe(false);
    await page.getByTestId("mfa-continue").click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("管理后台 · 业务主管");
    await page.goto("/account/mfa");
    await expect(page.getByTestId("mfa-enrolled")).toBeVisible();
    await expect(page.getByTestId("mfa-recovery-codes")).toHaveCount(0);

    // The next login needs a code: a wrong one is refused, the right one opens the page asked for.
    await logOut(page);
    await page.goto("/admin/approvals");
    await loginThroughForm(page, sup.email, sup.password);
    await expect(page).toHaveURL(/\/login\/mfa\?callbackUrl=%2Fadmin%2Fapprovals$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("两步验证");
    await submitCode(page, "mfa-verify-form", "12345x");
    await expect(page.getByTestId("field-error")).toContainText("验证码不正确");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\/mfa\?callbackUrl=%2Fadmin$/);
    await passSecondFactor(page, secret);
    await expect(page).toHaveURL(/\/admin$/);

    // A recovery code works once instead of the app.
    await logOut(page);
    await page.goto("/login");
    await loginThroughForm(page, sup.email, sup.password);
    await expect(page).toHaveURL(/\/login\/mfa/);
    await submitCode(page, "mfa-verify-form", recoveryCodes[0].toUpperCase());
    await expect(page).toHaveURL(/\/admin$/);
    await logOut(page);
    await page.goto("/login");
    await loginThroughForm(page, sup.email, sup.password);
    await submitCode(page, "mfa-verify-form", recoveryCodes[0]);
    await expect(page.getByTestId("field-error")).toContainText("验证码不正确");
    await expect(page).toHaveURL(/\/login\/mfa/);
  });
});

test("staff pages stay closed while the second factor is owed, although the proxy lets the cookie through", async ({ page, makeUser }) => {
  const sup = await makeUser("SUPERVISOR");
  await loginThroughApi(page, sup.email, sup.password);
  // The documents route and every staff page treat the half-signed-in member as signed out of staff work.
  await page.goto("/admin/reviews/final");
  // The admin layout (or the page itself) sends the member to the code page first.
  await expect(page).toHaveURL(/\/login\/mfa\?callbackUrl=%2Fadmin(%2Freviews%2Ffinal)?$/);
  await expect(page.getByTestId("account-link")).toHaveCount(0);
  await expect(page.getByTestId("logout")).toBeVisible();
  await passSecondFactor(page, sup.totpSecret as string);
  await page.goto("/admin/reviews/final");
  await expect(page).toHaveURL(/\/admin\/reviews\/final$/);
  await expect(page.getByTestId("account-link")).toBeVisible();
});

for (const role of ["SUPERVISOR", "INVESTOR"] as const) {
  test(`logout ends the session on the server: a ${role}'s cookie copied before logout is refused afterwards`, async ({
    page,
    browser,
    makeUser,
    loginAs,
    database,
  }) => {
    const user = await makeUser(role);
    const home = role === "INVESTOR" ? "/investor" : "/admin";
    await loginAs(user);
    await page.goto(home);
    await expect(page).toHaveURL(new RegExp(`${home}$`));
    const copied = await sessionCookies(page.context());
    expect(copied.length).toBeGreaterThan(0);

    // The copy works while the session lives…
    const thief = await browser.newContext();
    try {
      await thief.addCookies(copied);
      const thiefPage = await thief.newPage();
      await thiefPage.goto(home);
      await expect(thiefPage).toHaveURL(new RegExp(`${home}$`));
      await expect(thiefPage.getByTestId("signed-in-as")).toContainText(user.displayName);
    } finally {
      await thief.close();
    }

    await logOut(page);
    expect(await database.prisma.authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);

    // …and not after logout, in a fresh browser holding the same cookie.
    const replay = await browser.newContext();
    try {
      await replay.addCookies(copied);
      const replayPage = await replay.newPage();
      await replayPage.goto(home);
      await expect(replayPage).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(home)}$`));
      await expect(replayPage.getByTestId("signed-in-as")).toHaveCount(0);
      await replayPage.goto("/");
      await expect(replayPage.getByTestId("signed-in-as")).toHaveCount(0);
    } finally {
      await replay.close();
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the code page works as a plain form post", async ({ page, makeUser }) => {
    const cs = await makeUser("CUSTOMER_SERVICE");
    await loginThroughApi(page, cs.email, cs.password);
    await page.goto("/login/mfa?callbackUrl=%2Fadmin%2Frequests");
    await page.getByLabel("验证码").fill(wrongCode(cs.totpSecret as string));
    await page.getByRole("button", { name: "验证" }).click();
    await expect(page.getByRole("alert")).toHaveText("请更正标出的字段。");
    await expect(page.getByTestId("field-error")).toContainText("验证码不正确");
    await page.getByLabel("验证码").fill(await freshTotpCode(cs.totpSecret as string));
    await page.getByRole("button", { name: "验证" }).click();
    await expect(page).toHaveURL(/\/admin\/requests$/);
  });

  test("enrolment works as a plain form post and shows the recovery codes", async ({ page, makeUser }) => {
    const admin = await makeUser("ADMIN", { mfa: false });
    await loginThroughApi(page, admin.email, admin.password);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/account\/mfa\?callbackUrl=%2Fadmin$/);
    const secret = ((await page.getByTestId("mfa-secret").textContent()) ?? "").replace(/\s/g, "");
    await page.getByLabel("应用中的 6 位验证码").fill(await freshTotpCode(secret));
    await page.getByRole("button", { name: "确认并启用" }).click();
    await expect(page.getByTestId("mfa-recovery-codes").locator("li")).toHaveCount(10);
    await page.getByTestId("mfa-continue").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("管理后台 · 管理员");
  });
});

test("an admin resets a member's two-step verification: they are logged out and enrol again", async ({ browser, makeUser, database }) => {
  const admin = await makeUser("ADMIN");
  const cs = await makeUser("CUSTOMER_SERVICE");
  const csContext = await browser.newContext();
  const adminContext = await browser.newContext();
  try {
    const csPage = await csContext.newPage();
    await loginThroughApi(csPage, cs.email, cs.password);
    await passSecondFactor(csPage, cs.totpSecret as string);
    await csPage.goto("/admin");
    await expect(csPage.getByRole("heading", { level: 1 })).toHaveText("管理后台 · 客服");

    const adminPage = await adminContext.newPage();
    adminPage.on("dialog", (dialog) => void dialog.accept());
    await loginThroughApi(adminPage, admin.email, admin.password);
    await passSecondFactor(adminPage, admin.totpSecret as string);
    let row = adminPage.getByTestId("staff-row").filter({ hasText: cs.email });
    for (let n = 1; n <= 50 && (await row.count()) === 0; n++) {
      await adminPage.goto(`/admin/staff?page=${n}`);
      row = adminPage.getByTestId("staff-row").filter({ hasText: cs.email });
    }
    const reset = row.getByTestId("mfa-reset-form");
    await waitForHydration(reset);
    await reset.getByRole("button", { name: "重置两步验证" }).click();
    await expect(reset.getByRole("status")).toHaveText("两步验证已重置。");
    expect(await database.prisma.staffMfa.count({ where: { userId: cs.id } })).toBe(0);
    expect(await database.prisma.auditLog.count({ where: { action: "STAFF_MFA_RESET", targetId: cs.id, actorId: admin.id } })).toBe(1);

    await csPage.reload();
    await expect(csPage).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
    await loginThroughForm(csPage, cs.email, cs.password);
    await expect(csPage).toHaveURL(/\/account\/mfa\?callbackUrl=%2Fadmin$/);
    await enrolTotp(csPage);
    await expect(csPage.getByRole("heading", { level: 1 })).toHaveText("管理后台 · 客服");
  } finally {
    await csContext.close();
    await adminContext.close();
  }
});
