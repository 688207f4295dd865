import { actorPage, findInQueue, switchLanguage, uniqueTag } from "./support/company-helpers";
import { expect, test, waitForHydration } from "./support/fixtures";
import { overdueCompany } from "./support/overdue-company";
import { expectFitsPhone } from "./support/phone";

/**
 * Issue 12 item 4: customer service files a company status request on the company's page, the guard refuses it
 * with its figures while the company is too recent, a supervisor approves it once it holds, and the company's
 * status and history show the change (texts from messages/<locale>/*.json).
 */

const TEXT = {
  "zh-CN": {
    reason: "原因",
    upgrade: "申请升级为良好（主管审批）",
    tooRecent: "该企业在平台已满 2 个月；升级需满 12 个月。",
    filed: "申请已提交，等待业务主管在审批中处理。",
    pending: "升级为良好：申请等待业务主管审批",
    normal: "正常",
    watch: "关注",
    clearWatch: "申请解除关注（主管审批）",
    hasOverdue: "该企业仍有逾期未还的期次：所有逾期期次还清后才能解除关注。",
    clearPending: "解除关注：申请等待业务主管审批",
  },
  en: { approve: "Approve", good: "Good", upgrade: "Upgrade to good", history: "Normal → Good" },
};

const MONTH_MS = 31 * 86_400_000;

test("customer service files an upgrade on the company's page, refused while too recent; the supervisor approves it; status and history show it", async ({
  browser,
  makeUser,
  database,
}) => {
  const companyUser = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const company = await database.prisma.company.update({
    where: { userId: companyUser.id },
    // Activated about two months ago (whole months counted on business dates).
    data: { activatedAt: new Date(Date.now() - 2 * MONTH_MS) },
  });
  const cs = await actorPage(browser, await makeUser("CUSTOMER_SERVICE"));
  await cs.setViewportSize({ width: 390, height: 844 });
  await cs.goto(`/admin/companies/${company.id}`);
  await expect(cs.getByTestId("company-status")).toHaveText(TEXT["zh-CN"].normal);
  // Only what the machine offers from NORMAL: no clearing of a watch, no lifting of a blacklisting.
  await expect(cs.getByTestId("request-clear-watch-form")).toHaveCount(0);
  await expect(cs.getByTestId("request-lift-blacklist-form")).toHaveCount(0);
  await expect(cs.getByTestId("request-deactivate-form")).toBeVisible();
  await expect(cs.getByTestId("company-loans")).toBeVisible();
  await expect(cs.getByTestId("company-repayments")).toBeVisible();
  await expectFitsPhone(cs);

  const form = cs.getByTestId("request-upgrade-form");
  await waitForHydration(form);
  const reason = `连续十二个月按期还款 ${uniqueTag()}`;
  await form.getByLabel(TEXT["zh-CN"].reason, { exact: true }).fill(reason);
  await form.getByRole("button", { name: TEXT["zh-CN"].upgrade }).click();
  await expect(form.getByText(TEXT["zh-CN"].tooRecent)).toBeVisible();
  expect(await database.prisma.reviewRequest.count({ where: { targetId: company.id } })).toBe(0);

  // A year and more on the platform: the same request is filed.
  await database.prisma.company.update({ where: { id: company.id }, data: { activatedAt: new Date(Date.now() - 14 * MONTH_MS) } });
  await form.getByLabel(TEXT["zh-CN"].reason, { exact: true }).fill(reason);
  await form.getByRole("button", { name: TEXT["zh-CN"].upgrade }).click();
  await expect(cs.getByText(TEXT["zh-CN"].pending)).toBeVisible();
  await expect(cs.getByTestId("request-upgrade-form")).toHaveCount(0);
  await expect(cs.getByTestId("review-requests")).toContainText(reason);
  expect((await database.prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("NORMAL");

  const sup = await actorPage(browser, await makeUser("SUPERVISOR"));
  await sup.goto("/admin/approvals");
  await switchLanguage(sup, "en");
  const row = await findInQueue(sup, "/admin/approvals", "approval-row", company.name);
  await expect(row.getByTestId("maker-reason")).toContainText(reason);
  const approve = row.getByTestId("approve-form");
  await waitForHydration(approve);
  await approve.getByRole("button", { name: TEXT.en.approve }).click();
  await expect(sup.getByTestId("approval-row").filter({ hasText: company.name })).toHaveCount(0);

  await sup.setViewportSize({ width: 390, height: 844 });
  await sup.goto(`/admin/companies/${company.id}`);
  await expect(sup.getByTestId("company-status")).toHaveText(TEXT.en.good);
  const history = sup.getByTestId("company-history");
  await expect(history).toContainText(TEXT.en.upgrade);
  await expect(history).toContainText(TEXT.en.history);
  await expect(history).toContainText(reason);
  await expectFitsPhone(sup);
  expect((await database.prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("GOOD");
});

test("a company on watch with an overdue instalment: its page shows the days overdue and refuses to clear the watch until it is paid", async ({
  browser,
  makeUser,
  database,
}) => {
  // One instalment due ten business days ago, overdue past the grace days, with penalty accrued.
  const { company, title, instalment } = await overdueCompany(
    { makeUser, database },
    { title: "逾期项目", daysOverdue: 10, penaltyFen: 50_417n },
  );

  const cs = await actorPage(browser, await makeUser("CUSTOMER_SERVICE"));
  await cs.setViewportSize({ width: 390, height: 844 });
  // Customer service finds it among the companies on watch.
  await cs.goto("/admin/companies");
  await cs.getByTestId("company-status-tabs").getByRole("link", { name: TEXT["zh-CN"].watch, exact: true }).click();
  await expect(cs).toHaveURL(/status=WATCH/);
  await cs.getByTestId("company-row").filter({ hasText: company.name }).getByRole("link").click();
  await expect(cs).toHaveURL(new RegExp(`/admin/companies/${company.id}$`));
  const loan = cs.getByTestId("company-loan").filter({ hasText: title });
  await expect(loan.getByTestId("loan-overdue-days")).toHaveText("10 天");
  await expect(loan.getByTestId("loan-due-now")).toHaveText("¥101,337.50");
  // Only what the machine offers from WATCH.
  await expect(cs.getByTestId("request-upgrade-form")).toHaveCount(0);
  await expect(cs.getByTestId("request-blacklist-form")).toBeVisible();
  await expectFitsPhone(cs);

  const form = cs.getByTestId("request-clear-watch-form");
  await waitForHydration(form);
  await form.getByLabel(TEXT["zh-CN"].reason, { exact: true }).fill("企业称已还款");
  await form.getByRole("button", { name: TEXT["zh-CN"].clearWatch }).click();
  await expect(form.getByText(TEXT["zh-CN"].hasOverdue)).toBeVisible();
  expect(await database.prisma.reviewRequest.count({ where: { targetId: company.id } })).toBe(0);
  expect((await database.prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("WATCH");

  // Paid in full (written directly: the repayment flow has its own tests): now it can be filed.
  await database.prisma.repaymentInstalment.update({
    where: { id: instalment.id },
    data: { paidPrincipalFen: 10_000_000n, paidInterestFen: 83_333n, paidPenaltyFen: 50_417n, status: "PAID", paidAt: new Date() },
  });
  await form.getByLabel(TEXT["zh-CN"].reason, { exact: true }).fill("逾期款项含罚息已全部还清");
  await form.getByRole("button", { name: TEXT["zh-CN"].clearWatch }).click();
  await expect(cs.getByText(TEXT["zh-CN"].clearPending)).toBeVisible();
  const request = await database.prisma.reviewRequest.findFirstOrThrow({ where: { targetId: company.id, action: "CLEAR_WATCH" } });
  expect(request.status).toBe("PENDING");
});
