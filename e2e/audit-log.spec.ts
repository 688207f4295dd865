import type { Locator } from "@playwright/test";
import { updateStaffUser } from "@/lib/server/accounts/staff-admin";
import { returnLoanProjectForRevision } from "@/lib/server/loan-projects/review-loan-project";
import { createReviewRequest } from "@/lib/server/review-requests/create-review-request";
import { actorPage, switchLanguage, uniqueTag } from "./support/company-helpers";
import { expect, test } from "./support/fixtures";

const PHONE = { width: 390, height: 844 };

/** The newest entry of `action` whose text mentions `text` (entries of other tests may sit beside it). */
function entry(page: import("@playwright/test").Page, action: string, text: string): Locator {
  return page.locator(`[data-testid="audit-row"][data-action="${action}"]`).filter({ hasText: text }).first();
}

test("the admin reads staff actions as sentences with links, filters by a labelled action, opens the raw record, and a phone never scrolls sideways", async ({
  browser,
  makeUser,
  database,
}) => {
  const prisma = database.prisma;
  const [admin, promoted, reviewer, owner] = await Promise.all([
    makeUser("ADMIN"),
    makeUser("CUSTOMER_SERVICE"),
    makeUser("CUSTOMER_SERVICE"),
    makeUser("COMPANY", { companyStatus: "NORMAL" }),
  ]);
  const company = await prisma.company.findUniqueOrThrow({ where: { userId: owner.id } });
  const tag = uniqueTag();
  const terms = {
    companyId: company.id,
    purpose: "Audit log",
    amountFen: 10_000_000n,
    annualRateBp: 1200,
    termMonths: 12,
    repaymentMethod: "EQUAL_INSTALLMENT" as const,
    fundraisingDays: 10,
    minInvestmentFen: 10_000n,
  };
  const inReview = await prisma.loanProject.create({ data: { ...terms, title: `审计备货 ${tag}`, status: "PENDING_PRELIMINARY_REVIEW" } });
  const published = await prisma.loanProject.create({
    data: { ...terms, title: `审计设备 ${tag}`, status: "FUNDRAISING", publishedAt: new Date(), riskGrade: "B" },
  });

  // Staff act through the same services their pages call.
  await updateStaffUser(prisma, { id: admin.id, role: "ADMIN" }, promoted.id, { role: "SUPERVISOR" });
  const reason = `缺少近三个月的财务报表 ${tag}`;
  await returnLoanProjectForRevision(prisma, { id: reviewer.id, role: "CUSTOMER_SERVICE" }, inReview.id, reason);
  await createReviewRequest(prisma, {
    maker: { id: reviewer.id, role: "CUSTOMER_SERVICE" },
    targetType: "LOAN_PROJECT",
    targetId: published.id,
    action: "CANCEL",
    reason: `企业申请撤回 ${tag}`,
  });

  const page = await actorPage(browser, admin);
  await page.goto("/admin/audit");

  // Who did what to whom, in Chinese, each subject linked where the admin may go.
  const roleChange = entry(page, "STAFF_UPDATED", promoted.displayName);
  await expect(roleChange.getByTestId("audit-sentence")).toHaveText(
    `管理员 ${admin.displayName} 将员工 ${promoted.displayName} 的角色由客服改为业务主管`,
  );
  await expect(roleChange.getByRole("link", { name: promoted.displayName })).toHaveAttribute("href", "/admin/staff");
  const written = await prisma.auditLog.findFirstOrThrow({ where: { action: "STAFF_UPDATED", targetId: promoted.id } });
  const shanghai = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" });
  await expect(roleChange.locator("time")).toHaveText(shanghai.format(written.createdAt));

  const grant = entry(page, "SUPERVISOR_GRANTED", promoted.displayName);
  await expect(grant).toHaveAttribute("data-highlighted", "true");
  await expect(grant.getByTestId("audit-highlight")).toHaveText("授予业务主管");

  const request = entry(page, "REVIEW_REQUEST.CREATE", published.title);
  await expect(request.getByTestId("audit-sentence")).toHaveText(
    `客服 ${reviewer.displayName} 申请主管审批：取消借款项目 ${published.title}`,
  );
  await expect(request.getByRole("link", { name: published.title })).toHaveAttribute("href", `/loans/${published.id}`);

  // Filter by a labelled choice: the select offers the action's name, the URL carries its code.
  await page.getByLabel("操作类型").selectOption({ label: "退回借款申请修改" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=LOAN_PROJECT\.RETURN_FOR_REVISION/);
  await expect(page.locator('[data-testid="audit-row"]:not([data-action="LOAN_PROJECT.RETURN_FOR_REVISION"])')).toHaveCount(0);
  const returned = entry(page, "LOAN_PROJECT.RETURN_FOR_REVISION", inReview.title);
  await expect(returned.getByTestId("audit-sentence")).toHaveText(`客服 ${reviewer.displayName} 将借款申请《${inReview.title}》退回修改`);
  await expect(returned.getByTestId("audit-reason")).toHaveText(`理由：${reason}`);

  // The raw record is folded away until asked for, then shown formatted.
  const raw = returned.getByTestId("audit-raw").locator("pre");
  await expect(raw).toBeHidden();
  await returned.getByText("原始记录").click();
  await expect(raw).toBeVisible();
  await expect(raw).toContainText('"action": "LOAN_PROJECT.RETURN_FOR_REVISION"');
  await expect(raw).toContainText(`"reason": "${reason}"`);

  // A bad filter value is named, not a failure.
  const response = await page.goto("/admin/audit?action=STAFF_UPDATEX&from=2026-13-01");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("audit-filter-problems")).toContainText("“STAFF_UPDATEX”不是可选的操作类型。");
  await expect(page.getByTestId("audit-filter-problems")).toContainText("开始日期“2026-13-01”不是有效日期");

  // The same entry in English.
  await page.goto("/admin/audit?actorRole=ADMIN&subjectType=USER");
  await switchLanguage(page, "en");
  await expect(entry(page, "STAFF_UPDATED", promoted.displayName).getByTestId("audit-sentence")).toHaveText(
    `Administrator ${admin.displayName} changed the role of ${promoted.displayName} from Customer service to Supervisor`,
  );

  // On a phone: entries wrap, and even an opened raw record stays inside the screen.
  await page.setViewportSize(PHONE);
  await page.goto("/admin/audit");
  const onPhone = entry(page, "REVIEW_REQUEST.CREATE", published.title);
  await onPhone.getByTestId("audit-raw").locator("summary").click();
  await expect(onPhone.getByTestId("audit-raw").locator("pre")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});
