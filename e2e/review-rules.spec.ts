import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { LoanStatus } from "@/lib/generated/prisma/enums";
import type { OpenDatabase } from "@/lib/server/db/open";
import { acceptDialogs, actorPage, formWithButton, PDF_BYTES, pdfFile, uniqueTag } from "./support/company-helpers";
import { expect, test, waitForHydration } from "./support/fixtures";

/**
 * The rules of the review flow, each proved twice: the page does not offer what is not allowed, and the
 * server refuses it anyway when the page is out of date (state changed in the database after it loaded).
 */

const TEXT = {
  guardFailed: "不满足此操作的条件。",
  validation: "请更正标出的字段。",
  notFound: "未找到相关内容。",
  cannotSubmit: "企业通过认证（状态为正常或良好）后才能提交借款申请。",
  submit: "提交审核",
  noDecision: "当前状态下您的角色不能做出决定。",
  youPassedIt: "您是此申请的初审人，需由其他业务主管发布。",
  publish: "发布",
};

/** Where the e2e server keeps uploads (scripts/e2e-server.sh runs it from the repository root, UPLOAD_DIR unset). */
const uploadDirOf = (companyId: string) =>
  path.join(process.env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads"), "companies", companyId);

async function companyOf(database: OpenDatabase, userId: string) {
  return database.prisma.company.findUniqueOrThrow({ where: { userId } });
}

async function createProject(
  database: OpenDatabase,
  companyId: string,
  status: LoanStatus,
  extra: { passedById?: string; title?: string } = {},
) {
  return database.prisma.loanProject.create({
    data: {
      companyId,
      title: extra.title ?? `规则测试借款 ${uniqueTag()}`,
      purpose: "采购原材料",
      amountFen: 30_000_000n,
      annualRateBp: 950,
      termMonths: 12,
      repaymentMethod: "EQUAL_INSTALLMENT",
      fundraisingDays: 10,
      minInvestmentFen: 10_000n,
      status,
      submittedAt: status === "DRAFT" ? null : new Date(),
      passedById: extra.passedById ?? null,
    },
  });
}

const projectRow = (database: OpenDatabase, id: string) => database.prisma.loanProject.findUniqueOrThrow({ where: { id } });
const historyCount = (database: OpenDatabase, id: string) => database.prisma.statusHistory.count({ where: { entityId: id } });

test("an INVALID company is not offered Submit; a company turned WATCH or BLACKLIST after the page loaded is refused by the server", async ({
  page,
  makeUser,
  loginAs,
  database,
}) => {
  acceptDialogs(page);

  // INVALID: the page explains why and has no Submit button (the draft can still be edited or withdrawn).
  const invalidUser = await makeUser("COMPANY");
  await loginAs(invalidUser);
  const invalidDraft = await createProject(database, (await companyOf(database, invalidUser.id)).id, "DRAFT");
  await page.goto(`/company/loans/${invalidDraft.id}`);
  await expect(page.getByTestId("loan-status")).toHaveText("草稿");
  await expect(page.getByText(TEXT.cannotSubmit)).toBeVisible();
  await expect(page.getByRole("button", { name: TEXT.submit })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "修改" })).toBeVisible();

  // NORMAL when the page loads, WATCH (then BLACKLIST) by the time Submit is clicked.
  const companyUser = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  await page.context().clearCookies();
  await loginAs(companyUser);
  const company = await companyOf(database, companyUser.id);
  const draft = await createProject(database, company.id, "DRAFT");

  for (const status of ["WATCH", "BLACKLIST"] as const) {
    await database.prisma.company.update({ where: { id: company.id }, data: { status: "NORMAL" } });
    await page.goto(`/company/loans/${draft.id}`);
    const submit = formWithButton(page, TEXT.submit);
    await waitForHydration(submit);
    await expect(submit.getByRole("alert")).toHaveCount(0);
    // The page was loaded for a NORMAL company; the status changes before the click.
    await database.prisma.company.update({ where: { id: company.id }, data: { status } });
    await submit.getByRole("button", { name: TEXT.submit }).click();
    await expect(submit.getByRole("alert")).toHaveText(TEXT.guardFailed);
    await expect(page.getByTestId("loan-status")).toHaveText("草稿");
    const after = await projectRow(database, draft.id);
    expect(after.status).toBe("DRAFT");
    expect(after.submittedAt).toBeNull();
    expect(await historyCount(database, draft.id)).toBe(0);
  }
  // Reloaded, the page no longer offers it.
  await page.reload();
  await expect(page.getByText(TEXT.cannotSubmit)).toBeVisible();
  await expect(page.getByRole("button", { name: TEXT.submit })).toHaveCount(0);
  expect((await database.prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("BLACKLIST");
});

test("customer service cannot publish: no publish form on a request in final review, and the final-review queue is forbidden", async ({
  page,
  makeUser,
  loginAs,
  database,
}) => {
  const passer = await makeUser("CUSTOMER_SERVICE");
  const otherCs = await makeUser("CUSTOMER_SERVICE");
  const companyUser = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const project = await createProject(database, (await companyOf(database, companyUser.id)).id, "PENDING_FINAL_REVIEW", {
    passedById: passer.id,
  });

  for (const cs of [passer, otherCs]) {
    await page.context().clearCookies();
    await loginAs(cs);
    await page.goto(`/admin/reviews/${project.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(project.title);
    await expect(page.getByTestId("loan-status")).toHaveText("待复审");
    await expect(page.getByText(TEXT.noDecision)).toBeVisible();
    for (const form of ["publish-form", "pass-form", "return-form", "reject-form"]) await expect(page.getByTestId(form)).toHaveCount(0);
    await expect(page.getByRole("button", { name: TEXT.publish, exact: true })).toHaveCount(0);

    await page.goto("/admin/reviews/final");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问");
  }
  expect(await projectRow(database, project.id)).toMatchObject({ status: "PENDING_FINAL_REVIEW", publishedById: null, riskGrade: null });
  // Out of the shared final-review queue again.
  await database.prisma.loanProject.update({ where: { id: project.id }, data: { status: "WITHDRAWN" } });
});

test("a supervisor who passed a request is offered no publish form (a notice says why; the service refuses it too); another supervisor can publish", async ({
  page,
  browser,
  makeUser,
  loginAs,
  database,
}) => {
  acceptDialogs(page);
  // Recorded as the preliminary reviewer (e.g. promoted from customer service since).
  const passer = await makeUser("SUPERVISOR");
  const companyUser = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const project = await createProject(database, (await companyOf(database, companyUser.id)).id, "PENDING_FINAL_REVIEW", {
    passedById: passer.id,
  });

  await loginAs(passer);
  await page.goto(`/admin/reviews/${project.id}`);
  await expect(page.getByText(TEXT.youPassedIt)).toBeVisible();
  // The buttons come from availableEvents (four eyes included): returning or rejecting stays possible.
  await expect(page.getByTestId("return-form")).toBeVisible();
  await expect(page.getByTestId("reject-form")).toBeVisible();
  await expect(page.getByTestId("publish-form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: TEXT.publish, exact: true })).toHaveCount(0);
  expect(await projectRow(database, project.id)).toMatchObject({
    status: "PENDING_FINAL_REVIEW",
    publishedById: null,
    publishedAt: null,
    riskGrade: null,
    fundraisingDeadline: null,
  });
  expect(await historyCount(database, project.id)).toBe(0);

  // A different supervisor sees no such notice and publishes.
  const other = await actorPage(browser, await makeUser("SUPERVISOR"));
  await other.goto(`/admin/reviews/${project.id}`);
  await expect(other.getByText(TEXT.youPassedIt)).toHaveCount(0);
  const otherPublish = other.getByTestId("publish-form");
  await waitForHydration(otherPublish);
  // No grade is preset (issue 8 §2): the supervisor chooses one.
  await otherPublish.getByLabel("风险等级").selectOption("B");
  await otherPublish.getByRole("button", { name: TEXT.publish }).click();
  await expect(other.getByTestId("loan-status")).toHaveText("招标中");
  expect(await projectRow(database, project.id)).toMatchObject({ status: "FUNDRAISING", riskGrade: "B" });
});

test("a company can open neither another company's loan request nor its documents", async ({
  page,
  browser,
  makeUser,
  loginAs,
  database,
}) => {
  // Company A uploads a document (through the page, so the file really exists) and has a request.
  const ownerUser = await makeUser("COMPANY");
  const owner = await companyOf(database, ownerUser.id);
  const ownerPage = await actorPage(browser, ownerUser);
  await ownerPage.goto("/company/profile");
  const upload = formWithButton(ownerPage, "上传");
  await waitForHydration(upload);
  await upload.getByLabel("证件类型").selectOption("BUSINESS_LICENCE");
  await upload.getByLabel("文件（PDF、PNG 或 JPEG，不超过 5 MB）").setInputFiles(pdfFile("secret-licence.pdf"));
  await upload.getByRole("button", { name: "上传" }).click();
  await expect(upload.getByRole("status")).toHaveText("证件已上传。");
  const document = await database.prisma.companyDocument.findFirstOrThrow({ where: { companyId: owner.id } });
  expect(existsSync(uploadDirOf(owner.id)), "the upload is on disk where the rules test looks for files").toBe(true);
  const ownerCopy = await ownerPage.request.get(`/api/documents/${document.id}`);
  expect(ownerCopy.status()).toBe(200);
  expect(Buffer.from(await ownerCopy.body()).equals(PDF_BYTES)).toBe(true);
  const request = await createProject(database, owner.id, "DRAFT");

  // Company B.
  await loginAs(await makeUser("COMPANY", { companyStatus: "NORMAL" }));
  for (const url of [`/company/loans/${request.id}`, `/company/loans/${request.id}/edit`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.notFound);
    await expect(page.getByText(request.title)).toHaveCount(0);
  }
  const theirs = await page.request.get(`/api/documents/${document.id}`);
  expect(theirs.status()).toBe(404);
  expect(await theirs.text()).not.toContain("%PDF");
  // Exactly as for a document that does not exist.
  expect((await page.request.get("/api/documents/does-not-exist")).status()).toBe(404);
  // Nothing changed for the owner.
  expect(await projectRow(database, request.id)).toMatchObject({ status: "DRAFT", title: request.title });
});

async function fillLoanForm(page: Page, values: Record<string, string>) {
  const form = formWithButton(page, "保存草稿");
  await waitForHydration(form);
  for (const [label, value] of Object.entries(values)) await form.getByLabel(label, { exact: true }).fill(value);
  return form;
}

test("bad loan terms on /company/loans/new show errors next to the fields, keep what was typed, and create nothing", async ({
  page,
  makeUser,
  loginAs,
  database,
}) => {
  const companyUser = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const company = await companyOf(database, companyUser.id);
  await loginAs(companyUser);
  await page.goto("/company/loans/new");
  const title = `错误输入 ${uniqueTag()}`;
  const form = await fillLoanForm(page, {
    项目名称: title,
    借款用途: "采购原材料",
    "借款金额（元）": "-500",
    "年化利率（%）": "30",
    "借款期限（月）": "0",
  });
  await form.getByRole("button", { name: "保存草稿" }).click();

  await expect(form.getByRole("alert")).toHaveText(TEXT.validation);
  const expectFieldError = async (label: string, message: string) => {
    const input = form.getByLabel(label, { exact: true });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  };
  await expectFieldError("借款金额（元）", "金额不能为负数。");
  await expectFieldError("年化利率（%）", "年化利率须在 1% 至 24% 之间（平台限额）。");
  await expectFieldError("借款期限（月）", "借款期限须在 1 至 36 个月之间（平台限额）。");
  await expect(form.getByLabel("项目名称", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/company\/loans\/new$/);
  await expect(form.getByLabel("项目名称", { exact: true })).toHaveValue(title);
  await expect(form.getByLabel("借款金额（元）", { exact: true })).toHaveValue("-500");

  // A minimum investment above the amount is refused too.
  await fillLoanForm(page, { "借款金额（元）": "20,000", "年化利率（%）": "9", "借款期限（月）": "12", "起投金额（元）": "30,000" });
  await form.getByRole("button", { name: "保存草稿" }).click();
  await expectFieldError("起投金额（元）", "起投金额不能高于借款金额。");
  await expect(form.getByLabel("借款金额（元）", { exact: true })).not.toHaveAttribute("aria-invalid", "true");

  expect(await database.prisma.loanProject.count({ where: { companyId: company.id } })).toBe(0);
});

test("an oversized, a wrong-type and an empty upload each show an error next to the file field and store nothing", async ({
  page,
  makeUser,
  loginAs,
  database,
}) => {
  const companyUser = await makeUser("COMPANY");
  const company = await companyOf(database, companyUser.id);
  await loginAs(companyUser);
  await page.goto("/company/profile");
  const form = formWithButton(page, "上传");
  await waitForHydration(form);
  const fileInput = form.getByLabel("文件（PDF、PNG 或 JPEG，不超过 5 MB）");

  const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
  PDF_BYTES.copy(big);
  const cases = [
    { file: { name: "big-licence.pdf", mimeType: "application/pdf", buffer: big }, message: "文件超过 5 MB。" },
    {
      file: {
        name: "licence.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"),
      },
      message: "只接受 PDF、PNG 或 JPEG 文件。",
    },
    { file: { name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) }, message: "文件为空。" },
  ];
  for (const { file, message } of cases) {
    await form.getByLabel("证件类型").selectOption("BUSINESS_LICENCE");
    await fileInput.setInputFiles(file);
    await form.getByRole("button", { name: "上传" }).click();
    await expect(form.getByRole("alert")).toHaveText(TEXT.validation);
    await expect(fileInput).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByTestId("field-error")).toHaveText(message);
    expect(await database.prisma.companyDocument.count({ where: { companyId: company.id } }), file.name).toBe(0);
  }
  await expect(page.getByText("尚未上传证件。")).toBeVisible();
  expect(existsSync(uploadDirOf(company.id)), "no file was written").toBe(false);
});
