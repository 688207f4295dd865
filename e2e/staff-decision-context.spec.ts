import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { OpenDatabase } from "@/lib/server/db/open";
import { actorPage, findInQueue, PDF_BYTES, uniqueTag } from "./support/company-helpers";
import { expect, type TestUser, test, waitForHydration } from "./support/fixtures";

/**
 * Issue 8 §1 and §2: staff decide seeing the whole subject (the company, its documents, history and record,
 * the maker's reason and, for loans, the schedule), and a judgement such as the risk grade is never preset.
 */

const TEXT = {
  validation: "请更正标出的字段。",
  chooseGrade: "请选择风险等级。",
  choose: "— 请选择 —",
  riskGrade: "风险等级",
  publish: "发布",
  fundraising: "招标中",
  repaying: "还款中",
};

/** Where the e2e server keeps uploads (scripts/e2e-server.sh runs it from the repository root, UPLOAD_DIR unset). */
const uploadRoot = () => process.env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads");

/** A PDF stored as the upload service stores it (file under the storage key, row pointing at it). */
async function storeDocument(database: OpenDatabase, companyId: string, fileName: string) {
  const storageKey = `companies/${companyId}/${randomUUID()}`;
  const file = path.join(uploadRoot(), storageKey);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, PDF_BYTES);
  return database.prisma.companyDocument.create({
    data: { companyId, kind: "BUSINESS_LICENCE", fileName, mimeType: "application/pdf", sizeBytes: PDF_BYTES.length, storageKey },
  });
}

const companyOf = (database: OpenDatabase, user: TestUser) => database.prisma.company.findUniqueOrThrow({ where: { userId: user.id } });

/** The page is no wider than a 390 px phone: nothing scrolls sideways. */
async function expectFitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("the supervisor's activation approval shows the company, its profile, documents and the maker's reason", async ({
  page,
  makeUser,
  loginAs,
  database,
}) => {
  const cs = await makeUser("CUSTOMER_SERVICE");
  const companyUser = await makeUser("COMPANY");
  const company = await companyOf(database, companyUser);
  await database.prisma.company.update({ where: { id: company.id }, data: { profileCompletedAt: new Date(), address: "上海市浦东新区" } });
  const document = await storeDocument(database, company.id, `licence-${uniqueTag()}.pdf`);
  const reason = `营业执照核验无误 ${uniqueTag()}`;
  await database.prisma.reviewRequest.create({
    data: { targetType: "COMPANY", targetId: company.id, action: "ACTIVATE", reason, makerId: cs.id },
  });

  await loginAs(await makeUser("SUPERVISOR"));
  const row = await findInQueue(page, "/admin/approvals", "approval-row", company.name);
  await expect(row.getByTestId("maker-reason")).toContainText(reason);
  await expect(row.getByTestId("maker-reason")).toContainText(cs.displayName);
  const summary = row.getByTestId("company-summary");
  await expect(summary).toContainText(company.creditCode);
  await expect(summary).toContainText("上海市浦东新区");
  await expect(summary.getByTestId("summary-company-status")).toHaveText("未激活");
  await expect(summary.getByTestId("company-activated-at")).toHaveText("未激活");
  const link = row.getByTestId("document-link");
  await expect(link).toHaveAttribute("href", `/api/documents/${document.id}`);
  await expect(row.getByTestId("subject-documents")).toContainText(document.fileName);
  const download = await page.request.get(`/api/documents/${document.id}`);
  expect(download.status()).toBe(200);
  expect(Buffer.from(await download.body()).equals(PDF_BYTES)).toBe(true);
  // No decision was made by looking.
  expect((await database.prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("INVALID");

  await expectFitsPhone(page);

  await row.getByTestId("company-link").click();
  await expect(page).toHaveURL(new RegExp(`/admin/companies/${company.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(company.name);
  await expect(page.getByTestId("document-link")).toHaveAttribute("href", `/api/documents/${document.id}`);
  await expect(page.getByTestId("review-requests")).toContainText(reason);
  await expectFitsPhone(page);
});

test("the final review shows documents, schedule and the company's record; publishing without a grade is refused", async ({
  browser,
  makeUser,
  database,
}) => {
  const companyUser = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const company = await companyOf(database, companyUser);
  await database.prisma.company.update({ where: { id: company.id }, data: { activatedAt: new Date("2026-11-02T02:00:00Z") } });
  const document = await storeDocument(database, company.id, `licence-${uniqueTag()}.pdf`);
  const earlier = await database.prisma.loanProject.create({
    data: {
      companyId: company.id,
      title: `上次借款 ${uniqueTag()}`,
      purpose: "设备更新",
      amountFen: 20_000_000n,
      annualRateBp: 900,
      termMonths: 6,
      repaymentMethod: "EQUAL_PRINCIPAL",
      fundraisingDays: 10,
      minInvestmentFen: 10_000n,
      status: "REPAYING",
    },
  });
  const passer = await makeUser("CUSTOMER_SERVICE");
  const project = await database.prisma.loanProject.create({
    data: {
      companyId: company.id,
      title: `复审背景测试 ${uniqueTag()}`,
      purpose: "采购原材料",
      amountFen: 30_000_000n,
      annualRateBp: 950,
      termMonths: 12,
      repaymentMethod: "EQUAL_INSTALLMENT",
      fundraisingDays: 10,
      minInvestmentFen: 10_000n,
      status: "PENDING_FINAL_REVIEW",
      submittedAt: new Date(),
      passedById: passer.id,
    },
  });
  await database.prisma.statusHistory.create({
    data: {
      entityType: "LOAN_PROJECT",
      entityId: project.id,
      fromStatus: "PENDING_PRELIMINARY_REVIEW",
      toStatus: "PENDING_FINAL_REVIEW",
      event: "PASS_PRELIMINARY",
      actorId: passer.id,
      reason: "资料齐全，建议发布",
    },
  });

  const sup = await actorPage(browser, await makeUser("SUPERVISOR"));
  await sup.goto(`/admin/reviews/${project.id}`);
  await expect(sup.getByRole("heading", { level: 1 })).toHaveText(project.title);
  // The documents, the schedule (12 monthly instalments) and the company's standing and record.
  await expect(sup.getByTestId("document-link")).toHaveAttribute("href", `/api/documents/${document.id}`);
  await expect(sup.getByTestId("subject-documents")).toContainText(document.fileName);
  await expect(sup.getByTestId("schedule-row")).toHaveCount(12);
  await expect(sup.getByTestId("schedule-totals")).toBeVisible();
  await expect(sup.getByTestId("summary-company-status")).toHaveText("正常");
  await expect(sup.getByTestId("company-activated-at")).not.toHaveText("未激活");
  await expect(sup.getByTestId("company-link")).toHaveAttribute("href", `/admin/companies/${company.id}`);
  await expect(sup.getByTestId("loan-record")).toContainText(earlier.title);
  await expect(sup.getByTestId("loan-record")).toContainText(TEXT.repaying);
  await expect(sup.getByTestId("loan-record")).not.toContainText(project.title);
  await expect(sup.getByTestId("status-history")).toContainText("资料齐全，建议发布");

  // The grade starts on "— choose —": publishing so is refused, the project stays unpublished.
  const publish = sup.getByTestId("publish-form");
  await waitForHydration(publish);
  const grade = publish.getByLabel(TEXT.riskGrade);
  await expect(grade).toHaveValue("");
  await expect(grade.locator("option:checked")).toHaveText(TEXT.choose);
  await publish.getByRole("button", { name: TEXT.publish }).click();
  await expect(publish.getByRole("alert")).toHaveText(TEXT.validation);
  await expect(publish.getByTestId("field-error")).toHaveText(TEXT.chooseGrade);
  await expect(sup.getByTestId("loan-status")).toHaveText("待复审");
  expect(await database.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
    status: "PENDING_FINAL_REVIEW",
    riskGrade: null,
    publishedAt: null,
    publishedById: null,
  });
  expect(await database.prisma.statusHistory.count({ where: { entityId: project.id } })).toBe(1);

  await expectFitsPhone(sup);

  // Chosen explicitly, the grade is the one published.
  await grade.selectOption("C");
  await publish.getByRole("button", { name: TEXT.publish }).click();
  await expect(sup.getByTestId("loan-status")).toHaveText(TEXT.fundraising);
  expect(await database.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
    status: "FUNDRAISING",
    riskGrade: "C",
  });
});

test("an admin inviting staff must choose the role: none is preset", async ({ page, makeUser, loginAs, database }) => {
  await loginAs(await makeUser("ADMIN"));
  await page.goto("/admin/staff");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "发送邀请" }) });
  await waitForHydration(form);
  const email = `no-role-${uniqueTag()}@e2e.test`;
  await expect(form.getByLabel("角色")).toHaveValue("");
  await form.getByLabel("电子邮箱").fill(email);
  await form.getByLabel("姓名").fill("新同事");
  await form.getByRole("button", { name: "发送邀请" }).click();
  await expect(form.getByTestId("field-error")).toHaveText("请选择角色。");
  expect(await database.prisma.user.count({ where: { email } })).toBe(0);
});
