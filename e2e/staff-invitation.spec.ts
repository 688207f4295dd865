import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { acceptDialogs, actorPage, findInQueue } from "./support/company-helpers";
import {
  enrolTotp,
  expect,
  freshTotpCode,
  useOwnClientIp as giveOwnClientIp,
  loginThroughApi,
  loginThroughForm,
  type TestUser,
  test,
  uniqueEmail,
  waitForHydration,
} from "./support/fixtures";
import { activateThroughLink, activationPathFromOutbox } from "./support/invitations";

// Issue 7 §4 "no one knows another person's secret": the admin invites, only the invitee's mailbox (here the
// outbox table) holds the link, the invitee sets their own password, and the new supervisor can work.

// Several people and a dozen pages per test, with Argon2 and TOTP on a shared machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function newContextPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  await giveOwnClientIp(context);
  const page = await context.newPage();
  acceptDialogs(page);
  return page;
}

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

async function inviteThroughForm(admin: Page, email: string, name: string, roleLabel: string) {
  await admin.goto("/admin/staff");
  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: "发送邀请" }) });
  await waitForHydration(form);
  await form.getByLabel("电子邮箱").fill(email);
  await form.getByLabel("姓名").fill(name);
  await form.getByLabel("角色").selectOption({ label: roleLabel });
  await form.getByRole("button", { name: "发送邀请" }).click();
  await expect(form.getByRole("status")).toHaveText(`激活链接已发送至 ${email}。`);
}

async function pendingRequestFor(database: import("@/lib/server/db/open").OpenDatabase, maker: TestUser, owner: TestUser) {
  const company = await database.prisma.company.findUniqueOrThrow({ where: { userId: owner.id } });
  const request = await database.prisma.reviewRequest.create({
    data: { targetType: "COMPANY", targetId: company.id, action: "DEACTIVATE", reason: `停止经营 ${company.name}`, makerId: maker.id },
  });
  return { company, request };
}

test("a supervisor is invited, activates with the e-mailed link on a phone, logs in and approves a request", async ({
  browser,
  makeUser,
  database,
}) => {
  const admin = await makeUser("ADMIN");
  const watcher = await makeUser("SUPERVISOR");
  const cs = await makeUser("CUSTOMER_SERVICE");
  const { company, request } = await pendingRequestFor(database, cs, await makeUser("COMPANY", { companyStatus: "NORMAL" }));

  // 1. The admin invites: no password field, and the page never carries the link.
  const adminPage = await actorPage(browser, admin);
  await adminPage.goto("/admin/staff");
  await expect(adminPage.getByLabel("初始密码")).toHaveCount(0);
  const email = uniqueEmail("invited-sup");
  await inviteThroughForm(adminPage, email, "孙主管", "业务主管");
  const row = adminPage.getByTestId("staff-row").filter({ hasText: email });
  await expect(row.getByTestId("invitation-status")).toContainText("链接已发送，有效期至");
  expect(await adminPage.content()).not.toContain("/activate/");
  const invited = await database.prisma.user.findUniqueOrThrow({ where: { email } });
  expect(invited.passwordHash).toBeNull();

  // The account cannot log in before activation, whatever password is tried.
  const outsider = await newContextPage(browser);
  await outsider.goto("/login");
  await loginThroughForm(outsider, email, "timing-equaliser-not-a-real-password");
  await expect(outsider.locator("main form").getByRole("alert")).toHaveText("邮箱或密码不正确。");

  // 2. The other supervisors hear about it: an e-mail each, a notice on their console, a highlighted audit row.
  const notice = await database.prisma.outboxEmail.findFirst({ where: { to: watcher.email, body: { contains: email } } });
  expect(notice?.subject).toBe("新增业务主管：孙主管");
  const watcherPage = await actorPage(browser, watcher);
  await watcherPage.goto("/admin");
  await expect(watcherPage.getByTestId("supervisor-grants")).toContainText("最近 30 天新增的业务主管");
  await expect(watcherPage.getByTestId("supervisor-grant").filter({ hasText: email })).toContainText(
    `孙主管（${email}）：新建业务主管账户`,
  );
  await adminPage.goto(`/admin/audit?action=SUPERVISOR_GRANTED&targetId=${invited.id}`);
  const auditRow = adminPage.getByTestId("audit-row");
  await expect(auditRow).toHaveCount(1);
  await expect(auditRow).toHaveAttribute("data-highlighted", "true");
  await expect(auditRow.getByTestId("audit-highlight")).toHaveText("授予业务主管");

  // 3. The new supervisor opens the link from their mailbox on a phone and chooses a password.
  const path = await activationPathFromOutbox(database, email);
  const phone = await newContextPage(browser, PHONE);
  await phone.goto(path);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("激活员工账户");
  await expect(phone.getByTestId("activation-intro")).toContainText(email);
  await expectNoHorizontalScroll(phone);
  // The password policy applies: a common password is refused and nothing is set.
  await activateThroughLink(phone, path, "password");
  await expect(phone.getByText("此密码过于常见，请换一个。")).toBeVisible();
  expect((await database.prisma.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBeNull();

  const password = "sun supervisor passphrase 31";
  await activateThroughLink(phone, path, password);
  await expect(phone).toHaveURL(/\/login\?activated=1/);
  await expect(phone.getByRole("status")).toHaveText("账户已激活，请使用刚设置的密码登录。");
  expect(await database.prisma.auditLog.count({ where: { targetId: invited.id, action: "STAFF_ACTIVATED", actorId: invited.id } })).toBe(1);

  // 4. The new supervisor logs in, enrols TOTP from the QR page (reading the key shown as text, as an
  // authenticator app would from the QR code) and approves customer service's request.
  await loginThroughForm(phone, email, password);
  await expect(phone).toHaveURL(/\/account\/mfa\?callbackUrl=%2Fadmin$/);
  await expect(phone.getByTestId("mfa-qr")).toBeVisible();
  await expectNoHorizontalScroll(phone);
  const { secret } = await enrolTotp(phone);
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expect(phone).toHaveURL(/\/admin$/);
  expect(await database.prisma.staffMfa.findUniqueOrThrow({ where: { userId: invited.id } })).toMatchObject({
    confirmedAt: expect.any(Date),
  });
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("管理后台 · 业务主管");
  await expectNoHorizontalScroll(phone);
  const approvalRow = await findInQueue(phone, "/admin/approvals", "approval-row", company.name);
  const approve = approvalRow.getByTestId("approve-form");
  await waitForHydration(approve);
  await approve.getByLabel("意见（选填）").fill("同意注销");
  await approve.getByRole("button", { name: "批准" }).click();
  await expect(phone.getByTestId("approval-row").filter({ hasText: company.name })).toHaveCount(0);
  expect(await database.prisma.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
    status: "APPROVED",
    checkerId: invited.id,
  });

  // 5. The link is spent; the admin's list shows the account as activated, with nothing left to re-send.
  const again = await newContextPage(browser);
  await again.goto(path);
  await expect(again.getByTestId("activation-unusable")).toHaveText("此激活链接已被使用，请用您设置的密码登录。");
  await adminPage.goto("/admin/staff");
  await expect(row.getByTestId("invitation-status")).toHaveText("已激活");
});

test("re-sending replaces the link; expired, replaced and made-up links say so without naming anyone", async ({
  browser,
  makeUser,
  database,
}) => {
  const admin = await makeUser("ADMIN");
  const adminPage = await actorPage(browser, admin);
  const email = uniqueEmail("invited-cs");
  await inviteThroughForm(adminPage, email, "周客服", "客服");
  const first = await activationPathFromOutbox(database, email);

  const row = adminPage.getByTestId("staff-row").filter({ hasText: email });
  const resend = row.getByTestId("resend-invitation-form");
  await waitForHydration(resend);
  await resend.getByRole("button", { name: "重新发送链接" }).click();
  await expect(resend.getByRole("status")).toHaveText(`新的激活链接已发送至 ${email}，之前的链接已失效。`);
  await expect.poll(() => database.prisma.outboxEmail.count({ where: { to: email } })).toBe(2);
  const second = await activationPathFromOutbox(database, email);
  expect(second).not.toBe(first);

  const visitor = await newContextPage(browser);
  await visitor.goto(first);
  await expect(visitor.getByTestId("activation-unusable")).toHaveText("已向您发送了更新的激活链接，此链接已失效。请使用最新邮件中的链接。");
  await expect(visitor.getByText(email)).toHaveCount(0);
  await visitor.goto(`/activate/${"x".repeat(43)}`);
  await expect(visitor.getByTestId("activation-unusable")).toContainText("此激活链接无效");

  // The live link expires: make it old in the database, as if 72 hours had passed.
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email } });
  await database.prisma.staffInvitation.updateMany({
    where: { userId: user.id, usedAt: null, supersededAt: null },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  await visitor.goto(second);
  await expect(visitor.getByTestId("activation-unusable")).toHaveText("此激活链接已过期，请联系管理员重新发送。");
  await adminPage.goto("/admin/staff");
  await expect(row.getByTestId("invitation-status")).toContainText("链接已过期");
  expect((await database.prisma.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBeNull();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the admin invites and the staff member activates with plain form posts", async ({ page, browser, makeUser, database }) => {
    const admin = await makeUser("ADMIN");
    await loginThroughApi(page, admin.email, admin.password);
    await page.goto("/login/mfa");
    await page
      .getByTestId("mfa-verify-form")
      .locator('input[name="code"]')
      .fill(await freshTotpCode(admin.totpSecret ?? ""));
    await page.getByTestId("mfa-verify-form").locator('button[type="submit"]').click();
    await expect(page).not.toHaveURL(/\/login\/mfa/);
    const email = uniqueEmail("nojs-invite");
    await page.goto("/admin/staff");
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "发送邀请" }) });
    await form.getByLabel("电子邮箱").fill(email);
    await form.getByLabel("姓名").fill("吴客服");
    await form.getByLabel("角色").selectOption({ label: "客服" });
    await form.getByRole("button", { name: "发送邀请" }).click();
    await expect(page.getByTestId("invitation-sent")).toHaveText(`激活链接已发送至 ${email}。`);

    const staffContext = await browser.newContext({ javaScriptEnabled: false });
    const staff = await staffContext.newPage();
    await staff.goto(await activationPathFromOutbox(database, email));
    await staff.getByLabel("密码", { exact: true }).fill("wu customer service 88");
    await staff.getByLabel("再次输入密码").fill("wu customer service 89");
    await staff.getByRole("button", { name: "设置密码并激活" }).click();
    await expect(staff.getByText("两次输入的密码不一致。")).toBeVisible();
    await staff.getByLabel("密码", { exact: true }).fill("wu customer service 88");
    await staff.getByLabel("再次输入密码").fill("wu customer service 88");
    await staff.getByRole("button", { name: "设置密码并激活" }).click();
    await expect(staff).toHaveURL(/\/login\?activated=1/);
    expect((await database.prisma.user.findUniqueOrThrow({ where: { email } })).passwordHash).toMatch(/^\$argon2id\$/);
    await staffContext.close();
  });
});
