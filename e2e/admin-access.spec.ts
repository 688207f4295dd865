import type { Page } from "@playwright/test";
import {
  enrolTotp,
  expect,
  loginThroughForm,
  passSecondFactor,
  test,
  uniqueEmail,
  useOwnClientIp,
  waitForHydration,
} from "./support/fixtures";
import { activateThroughLink, activationPathFromOutbox } from "./support/invitations";

const adminNav = (page: Page) => page.getByTestId("admin-nav");

async function expectForbidden(page: Page) {
  await expect(page).toHaveURL(/\/forbidden$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问");
  await expect(page.getByText("您的账户不能打开此页面。")).toBeVisible();
}

test("an investor opening /admin is refused with the no-access page", async ({ page, makeUser, loginAs }) => {
  await loginAs(await makeUser("INVESTOR"));
  await page.goto("/admin");
  await expectForbidden(page);
  await expect(adminNav(page)).toHaveCount(0);

  await page.goto("/admin/staff");
  await expectForbidden(page);
});

test("a company opening /investor (or /admin) is refused", async ({ page, makeUser, loginAs }) => {
  await loginAs(await makeUser("COMPANY"));
  await page.goto("/investor");
  await expectForbidden(page);
  await page.goto("/investor/verification");
  await expectForbidden(page);
  await page.goto("/admin");
  await expectForbidden(page);
  // Its own area still opens.
  await page.goto("/company");
  await expect(page).toHaveURL(/\/company$/);
});

test("a visitor opening /admin is sent to log in and, once logged in as staff, comes back to /admin", async ({ page, makeUser }) => {
  const staff = await makeUser("CUSTOMER_SERVICE");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();

  await loginThroughForm(page, staff.email, staff.password);
  // Staff give their second factor first; the return path survives that step.
  await expect(page).toHaveURL(/\/login\/mfa\?callbackUrl=%2Fadmin$/);
  await passSecondFactor(page, staff.totpSecret as string);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("管理后台 · 客服");
  await expect(page.getByTestId("signed-in-as")).toContainText(staff.displayName);
});

test("a visitor opening a deeper admin page comes back to that page after logging in", async ({ page, makeUser }) => {
  const admin = await makeUser("ADMIN");
  await page.goto("/admin/staff?page=1");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fstaff%3Fpage%3D1$/);
  await loginThroughForm(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/login\/mfa\?callbackUrl=%2Fadmin%2Fstaff%3Fpage%3D1$/);
  await passSecondFactor(page, admin.totpSecret as string);
  await expect(page).toHaveURL(/\/admin\/staff\?page=1$/);
  await expect(page.getByRole("heading", { name: "员工账户", level: 1 })).toBeVisible();
});

const QUEUES = {
  CUSTOMER_SERVICE: ["企业认证", "借款初审", "投资请求审核", "待划账", "资金对账", "我发起的审批单", "募集中项目", "逾期项目"],
  SUPERVISOR: ["募集中项目", "逾期项目", "借款复审", "满标复审", "出款审批", "状态变更审批"],
  ADMIN: ["员工账户", "平台设置", "审计日志"],
} as const;
const ALL_QUEUES = Object.values(QUEUES).flat();

for (const role of ["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"] as const) {
  test(`a ${role} sees only their own queues in the admin navigation`, async ({ page, makeUser, loginAs }) => {
    await loginAs(await makeUser(role));
    await page.goto("/admin");
    const nav = adminNav(page);
    await expect(nav).toBeVisible();
    for (const queue of QUEUES[role]) await expect(nav.getByText(queue, { exact: true })).toBeVisible();
    for (const queue of ALL_QUEUES.filter((q) => !(QUEUES[role] as readonly string[]).includes(q))) {
      await expect(nav.getByText(queue, { exact: true })).toHaveCount(0);
    }
  });
}

for (const role of ["CUSTOMER_SERVICE", "SUPERVISOR"] as const) {
  test(`a ${role} may not open the staff page`, async ({ page, makeUser, loginAs }) => {
    await loginAs(await makeUser(role));
    await page.goto("/admin/staff");
    await expectForbidden(page);
  });
}

test("an admin invites a supervisor who activates, logs in through the form; disabling them ends their session at once", async ({
  page,
  browser,
  makeUser,
  loginAs,
  database,
}) => {
  test.setTimeout(120_000); // invitation, activation and TOTP enrolment before the disabling itself
  const admin = await makeUser("ADMIN");
  await loginAs(admin);
  await page.goto("/admin/staff");

  const email = uniqueEmail("new-sup");
  const password = "supervisor passphrase 2026";
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "发送邀请" }) });
  await waitForHydration(form);
  await form.getByLabel("电子邮箱").fill(email);
  await form.getByLabel("姓名").fill("钱主管");
  await form.getByLabel("角色").selectOption({ label: "业务主管" });
  await form.getByRole("button", { name: "发送邀请" }).click();
  await expect(form.getByRole("status")).toHaveText(`激活链接已发送至 ${email}。`);

  const row = page.getByTestId("staff-row").filter({ hasText: email });
  await expect(row).toContainText("钱主管");
  await expect(row).toContainText("业务主管");
  await expect(row).toContainText("正常");
  await expect(row.getByTestId("invitation-status")).toContainText("链接已发送");
  const created = await database.prisma.user.findUniqueOrThrow({ where: { email } });
  expect(created).toMatchObject({ role: "SUPERVISOR", createdById: admin.id, disabledAt: null, sessionVersion: 0, passwordHash: null });
  expect(await database.prisma.auditLog.count({ where: { targetId: created.id, action: "STAFF_CREATED", actorId: admin.id } })).toBe(1);

  // The supervisor, in a browser of their own, logs in through the UI login form.
  const supervisorContext = await browser.newContext({ locale: "zh-CN" });
  await useOwnClientIp(supervisorContext); // its refused login below must not count against the shared address
  try {
    const supervisor = await supervisorContext.newPage();
    await activateThroughLink(supervisor, await activationPathFromOutbox(database, email), password);
    await expect(supervisor).toHaveURL(/\/login\?activated=1/);
    await loginThroughForm(supervisor, email, password);
    // A new member sets up TOTP at the first login, then goes on.
    await expect(supervisor).toHaveURL(/\/account\/mfa\?callbackUrl=%2Fadmin$/);
    await enrolTotp(supervisor);
    await expect(supervisor).toHaveURL(/\/admin$/);
    await expect(supervisor.getByRole("heading", { level: 1 })).toHaveText("管理后台 · 业务主管");
    await expect(adminNav(supervisor).getByText("借款复审", { exact: true })).toBeVisible();
    await expect(adminNav(supervisor).getByText("员工账户", { exact: true })).toHaveCount(0);

    // Dismissing the confirmation changes nothing.
    const disable = row.getByRole("button", { name: "停用" });
    await waitForHydration(disable);
    page.once("dialog", (dialog) => dialog.dismiss());
    await disable.click();
    await supervisor.reload();
    await expect(supervisor.getByRole("heading", { level: 1 })).toHaveText("管理后台 · 业务主管");
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      disabledAt: null,
      sessionVersion: 0,
    });

    // Accepting it disables the account.
    let confirmText = "";
    page.once("dialog", (dialog) => {
      confirmText = dialog.message();
      void dialog.accept();
    });
    await disable.click();
    await expect(row).toContainText("已停用");
    await expect(row.getByRole("button", { name: "启用" })).toBeVisible();
    expect(confirmText).toBe("确定停用此账户？该员工将立即被登出。");
    const disabled = await database.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.sessionVersion).toBe(1);
    expect(await database.prisma.auditLog.count({ where: { targetId: created.id, action: "STAFF_UPDATED", actorId: admin.id } })).toBe(1);

    // The supervisor's existing session ends on their very next request.
    await supervisor.reload();
    await expect(supervisor).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
    await expect(supervisor.getByTestId("signed-in-as")).toHaveCount(0);
    // …and they cannot log in again.
    await loginThroughForm(supervisor, email, password);
    await expect(supervisor.locator("main form").getByRole("alert")).toHaveText("邮箱或密码不正确。");
    await expect(supervisor).toHaveURL(/\/login/);
  } finally {
    await supervisorContext.close();
  }
});
