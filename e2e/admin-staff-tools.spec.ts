import { actorPage } from "./support/company-helpers";
import { expect, test, waitForHydration } from "./support/fixtures";

test("an admin changes a customer-service member into a supervisor: their session ends and they return with the new role", async ({
  browser,
  makeUser,
  database,
}) => {
  const admin = await makeUser("ADMIN");
  const cs = await makeUser("CUSTOMER_SERVICE");
  const csPage = await actorPage(browser, cs);
  await csPage.goto("/admin");
  await expect(csPage.getByRole("heading", { level: 1 })).toHaveText("管理后台 · 客服");

  const adminPage = await actorPage(browser, admin);
  const row = await findStaffRow(adminPage, cs.email);
  const roleForm = row.locator("form").filter({ has: adminPage.getByRole("button", { name: "修改角色" }) });
  await waitForHydration(roleForm);
  await roleForm.getByLabel("角色").selectOption("SUPERVISOR");
  await roleForm.getByRole("button", { name: "修改角色" }).click();
  await expect.poll(async () => (await database.prisma.user.findUniqueOrThrow({ where: { id: cs.id } })).role).toBe("SUPERVISOR");
  expect((await database.prisma.user.findUniqueOrThrow({ where: { id: cs.id } })).sessionVersion).toBe(1);
  expect(await database.prisma.auditLog.count({ where: { targetId: cs.id, action: "STAFF_UPDATED", actorId: admin.id } })).toBe(1);

  // The old session is gone on the very next request; logging in again gives the supervisor's console.
  await csPage.goto("/admin");
  await expect(csPage).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  const again = await actorPage(browser, cs);
  await again.goto("/admin");
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("管理后台 · 业务主管");
});

test("customer service sees its own review requests and cancels a pending one; the supervisor's queue no longer shows it", async ({
  browser,
  makeUser,
  database,
}) => {
  const cs = await makeUser("CUSTOMER_SERVICE");
  const sup = await makeUser("SUPERVISOR");
  const companyUser = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const company = await database.prisma.company.findUniqueOrThrow({ where: { userId: companyUser.id } });
  const request = await database.prisma.reviewRequest.create({
    data: { targetType: "COMPANY", targetId: company.id, action: "DEACTIVATE", reason: `停止经营 ${company.name}`, makerId: cs.id },
  });

  const csPage = await actorPage(browser, cs);
  await csPage.goto("/admin/requests");
  const mine = csPage.getByTestId("own-request-row").filter({ hasText: company.name });
  await expect(mine.getByTestId("request-status")).toHaveText("待审批");
  const cancel = mine.getByTestId("cancel-request-form");
  await waitForHydration(cancel);
  await cancel.getByRole("button", { name: "撤销申请" }).click();
  await expect(mine.getByTestId("request-status")).toHaveText("已撤销");
  expect((await database.prisma.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("CANCELLED");

  const supPage = await actorPage(browser, sup);
  await supPage.goto("/admin/approvals");
  await expect(supPage.getByTestId("approval-row").filter({ hasText: company.name })).toHaveCount(0);
});

async function findStaffRow(page: import("@playwright/test").Page, email: string) {
  for (let n = 1; n <= 20; n++) {
    await page.goto(`/admin/staff?page=${n}`);
    const row = page.getByTestId("staff-row").filter({ hasText: email });
    if ((await row.count()) === 1) return row;
  }
  throw new Error(`staff row for ${email} not found`);
}
