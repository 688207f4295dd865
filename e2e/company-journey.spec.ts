import type { Browser, Page } from "@playwright/test";
import { businessDateOf, DEFAULT_BUSINESS_TIME_ZONE, fundraisingDeadlineOf } from "@/lib/domain/dates";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import { buildSchedule, scheduleTotals } from "@/lib/domain/schedules";
import type { RepaymentMethod } from "@/lib/generated/prisma/enums";
import type { OpenDatabase } from "@/lib/server/db/open";
import {
  acceptDialogs,
  actorPage,
  findInQueue,
  formWithButton,
  PDF_BYTES,
  pdfFile,
  pngFile,
  switchLanguage,
  uniqueTag,
  validCreditCode,
} from "./support/company-helpers";
import { expect, loginThroughForm, type TestUser, test, uniqueEmail, waitForHydration } from "./support/fixtures";

/**
 * The acceptance test: a company registers, gets verified through maker-checker, borrows through
 * preliminary and final review, and a visitor finds the published project. Every actor works in a browser
 * context of its own, as a real person would, and each step is checked on the page and in the database.
 */

// The texts each actor reads, per language (from messages/<locale>/*.json).
const TEXT = {
  "zh-CN": {
    profile: { address: "注册地址", save: "保存资料", saved: "资料已保存。" },
    upload: { kind: "证件类型", file: "文件（PDF、PNG 或 JPEG，不超过 5 MB）", button: "上传", done: "证件已上传。" },
    kinds: { BUSINESS_LICENCE: "营业执照", LEGAL_REP_ID: "法定代表人身份证" },
    submitVerification: "提交认证",
    awaitingVerification: "您的证件正在由平台员工审核。",
    activation: { reason: "原因", button: "申请激活（业务主管审批）", pending: "激活申请等待业务主管审批" },
    approve: { comment: "意见（选填）", button: "批准" },
    companyStatus: { INVALID: "未激活", NORMAL: "正常" },
    loan: {
      title: "项目名称",
      purpose: "借款用途",
      amount: "借款金额（元）",
      rate: "年化利率（%）",
      term: "借款期限（月）",
      method: "还款方式",
      days: "募集期（天）",
      minInvestment: "起投金额（元）",
      save: "保存草稿",
      saved: "草稿已保存。",
      previewEmpty: "填写金额、利率、期限和还款方式后显示还款计划。",
      totals: (total: string, interest: string) => `还款总额 ${total}，其中利息 ${interest}`,
      submit: "提交审核",
      edit: "修改",
      reviewComment: "平台员工意见",
    },
    loanStatus: { DRAFT: "草稿", PENDING_PRELIMINARY_REVIEW: "待初审", PENDING_FINAL_REVIEW: "待复审", FUNDRAISING: "招标中" },
    review: {
      open: "打开",
      reason: "原因（企业可见）",
      returnForRevision: "退回修改",
      pass: "初审通过",
      publish: "发布",
      riskGrade: "风险等级",
      noDecision: "当前状态下您的角色不能做出决定。",
    },
    listing: { minRate: "最低年化利率（%）", maxRate: "最高年化利率（%）", method: "还款方式", apply: "筛选" },
    publicMethod: { EQUAL_PRINCIPAL: "等额本金", INTEREST_FIRST: "先息后本" },
  },
  en: {
    profile: { address: "Registered address", save: "Save profile", saved: "Profile saved." },
    upload: { kind: "Kind of document", file: "File (PDF, PNG or JPEG, at most 5 MB)", button: "Upload", done: "Document uploaded." },
    kinds: { BUSINESS_LICENCE: "Business licence", LEGAL_REP_ID: "Legal representative's ID" },
    submitVerification: "Submit for verification",
    awaitingVerification: "Your documents are being reviewed by our staff.",
    activation: {
      reason: "Reason",
      button: "Request activation (supervisor approves)",
      pending: "Activation request waiting for a supervisor",
    },
    approve: { comment: "Comment (optional)", button: "Approve" },
    companyStatus: { INVALID: "Not yet activated", NORMAL: "Normal" },
    loan: {
      title: "Title",
      purpose: "Purpose of the loan",
      amount: "Amount (¥)",
      rate: "Annual interest rate (%)",
      term: "Term (months)",
      method: "Repayment method",
      days: "Fundraising period (days)",
      minInvestment: "Minimum investment (¥)",
      save: "Save draft",
      saved: "Draft saved.",
      previewEmpty: "Enter the amount, rate, term and method to see the schedule.",
      totals: (total: string, interest: string) => `Total repayment ${total}, of which interest ${interest}`,
      submit: "Submit for review",
      edit: "Edit",
      reviewComment: "Comment from our staff",
    },
    loanStatus: {
      DRAFT: "Draft",
      PENDING_PRELIMINARY_REVIEW: "Awaiting preliminary review",
      PENDING_FINAL_REVIEW: "Awaiting final review",
      FUNDRAISING: "Fundraising",
    },
    review: {
      open: "Open",
      reason: "Reason (the company will read it)",
      returnForRevision: "Return for revision",
      pass: "Pass preliminary review",
      publish: "Publish",
      riskGrade: "Risk grade",
      noDecision: "No decision is possible for your role in the current status.",
    },
    listing: { minRate: "Minimum annual rate (%)", maxRate: "Maximum annual rate (%)", method: "Repayment", apply: "Apply filters" },
    publicMethod: { EQUAL_PRINCIPAL: "Equal principal", INTEREST_FIRST: "Interest first, principal at maturity" },
  },
} as const;
type Locale = keyof typeof TEXT;
type Text = (typeof TEXT)[Locale];

/** Terms of one loan request, as typed, with a rate of its own so the visitor's filter finds only it. */
interface LoanTerms {
  title: string;
  purpose: string;
  amountFen: bigint;
  amount: string;
  rate: string;
  rateBp: number;
  termMonths: number;
  method: Extract<RepaymentMethod, "EQUAL_PRINCIPAL" | "INTEREST_FIRST">;
  fundraisingDays: number;
}

function loanTerms(title: string, method: LoanTerms["method"]): LoanTerms {
  const rateBp = 500 + Math.floor(Math.random() * 1500); // 5.00 %–19.99 %, hundredths make a clash unlikely
  return {
    title,
    purpose: "采购原材料，用于订单交付 / raw materials for a confirmed order",
    amountFen: 50_000_000n,
    amount: "500,000.00",
    rate: (rateBp / 100).toFixed(2),
    rateBp,
    termMonths: 12,
    method,
    fundraisingDays: 10,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Steps, each as its actor does it, in either language.

async function completeProfileAndSubmit(page: Page, text: Text, database: OpenDatabase, companyId: string) {
  await page.goto("/company/profile");
  const profileForm = formWithButton(page, text.profile.save);
  await waitForHydration(profileForm);
  await profileForm.getByLabel(text.profile.address).fill("上海市浦东新区世纪大道 100 号");
  await profileForm.getByRole("button", { name: text.profile.save }).click();
  await expect(profileForm.getByRole("status")).toHaveText(text.profile.saved);
  expect((await database.prisma.company.findUniqueOrThrow({ where: { id: companyId } })).address).toBe("上海市浦东新区世纪大道 100 号");

  const uploads = [
    { kind: "BUSINESS_LICENCE", file: pdfFile("business-licence.pdf") },
    { kind: "LEGAL_REP_ID", file: pngFile("legal-rep-id.png") },
  ] as const;
  for (const { kind, file } of uploads) {
    const form = formWithButton(page, text.upload.button);
    await waitForHydration(form);
    await form.getByLabel(text.upload.kind).selectOption(kind);
    await form.getByLabel(text.upload.file).setInputFiles(file);
    await form.getByRole("button", { name: text.upload.button }).click();
    await expect(form.getByRole("status")).toHaveText(text.upload.done);
    await expect(page.getByTestId("document-list")).toContainText(`${text.kinds[kind]} · ${file.name}`);
  }
  const documents = await database.prisma.companyDocument.findMany({ where: { companyId }, orderBy: { uploadedAt: "asc" } });
  expect(documents.map((d) => [d.kind, d.mimeType, d.fileName])).toEqual([
    ["BUSINESS_LICENCE", "application/pdf", "business-licence.pdf"],
    ["LEGAL_REP_ID", "image/png", "legal-rep-id.png"],
  ]);

  const submit = formWithButton(page, text.submitVerification);
  await waitForHydration(submit);
  await submit.getByRole("button", { name: text.submitVerification }).click();
  await expect(page.getByTestId("verification-status")).toHaveText(text.awaitingVerification);
  // Locked while staff review it: no upload form, no submit button, the profile fields disabled.
  await expect(page.getByRole("button", { name: text.upload.button, exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: text.submitVerification })).toHaveCount(0);
  await expect(page.getByLabel(text.profile.address)).toBeDisabled();
  const submitted = await database.prisma.company.findUniqueOrThrow({ where: { id: companyId } });
  expect(submitted.status).toBe("INVALID");
  expect(submitted.profileCompletedAt).not.toBeNull();
  return documents;
}

async function fileActivationRequest(cs: Page, text: Text, database: OpenDatabase, companyId: string, csUser: TestUser) {
  const form = cs.getByTestId("request-activation-form");
  await waitForHydration(form);
  await form.getByLabel(text.activation.reason, { exact: true }).fill("营业执照与法定代表人身份证核验无误");
  await form.getByRole("button", { name: text.activation.button }).click();
  await expect(cs.getByText(text.activation.pending).first()).toBeVisible();
  await expect(cs.getByTestId("request-activation-form")).toHaveCount(0);
  const request = await database.prisma.reviewRequest.findFirstOrThrow({ where: { targetId: companyId, action: "ACTIVATE" } });
  expect(request).toMatchObject({ status: "PENDING", makerId: csUser.id, reason: "营业执照与法定代表人身份证核验无误" });
  expect((await database.prisma.company.findUniqueOrThrow({ where: { id: companyId } })).status).toBe("INVALID");
}

async function approveActivation(sup: Page, text: Text, database: OpenDatabase, companyId: string, companyName: string, supUser: TestUser) {
  const row = await findInQueue(sup, "/admin/approvals", "approval-row", companyName);
  const approve = row.getByTestId("approve-form");
  await waitForHydration(approve);
  await approve.getByLabel(text.approve.comment).fill("同意激活");
  await approve.getByRole("button", { name: text.approve.button }).click();
  await expect(sup.getByTestId("approval-row").filter({ hasText: companyName })).toHaveCount(0);

  const company = await database.prisma.company.findUniqueOrThrow({ where: { id: companyId } });
  expect(company.status).toBe("NORMAL");
  expect(company.activatedAt).not.toBeNull();
  expect(await database.prisma.reviewRequest.findFirstOrThrow({ where: { targetId: companyId, action: "ACTIVATE" } })).toMatchObject({
    status: "APPROVED",
    checkerId: supUser.id,
    decisionReason: "同意激活",
  });
  expect(await database.prisma.statusHistory.findMany({ where: { entityType: "COMPANY", entityId: companyId } })).toMatchObject([
    { fromStatus: "INVALID", toStatus: "NORMAL", event: "ACTIVATE", actorId: supUser.id },
  ]);
}

/** Fills the loan form (new or edit), checks the live preview, saves; returns the project id. */
async function fillAndSaveLoan(page: Page, text: Text, locale: Locale, terms: LoanTerms, database: OpenDatabase) {
  const form = formWithButton(page, text.loan.save);
  await waitForHydration(form);
  await form.getByLabel(text.loan.title, { exact: true }).fill(terms.title);
  await form.getByLabel(text.loan.purpose).fill(terms.purpose);
  await form.getByLabel(text.loan.amount).fill(terms.amount);
  await form.getByLabel(text.loan.rate).fill(terms.rate);
  await form.getByLabel(text.loan.term).fill(String(terms.termMonths));
  await form.getByLabel(text.loan.method).selectOption(terms.method);
  await form.getByLabel(text.loan.days).fill(String(terms.fundraisingDays));
  await form.getByLabel(text.loan.minInvestment).fill("100");

  // The live preview computes the schedule in the browser with the server's arithmetic.
  const schedule = buildSchedule({
    principalFen: terms.amountFen,
    annualRateBp: terms.rateBp,
    termMonths: terms.termMonths,
    method: terms.method,
    startDate: businessDateOf(new Date(), DEFAULT_BUSINESS_TIME_ZONE),
  });
  const totals = scheduleTotals(schedule);
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  await expect(page.getByTestId("schedule-preview-totals")).toHaveText(text.loan.totals(money(totals.totalFen), money(totals.interestFen)));
  expect(totals.principalFen).toBe(terms.amountFen);
  await expect(page.getByTestId("schedule-table").locator("tbody tr")).toHaveCount(terms.termMonths);

  await form.getByRole("button", { name: text.loan.save }).click();
  await expect(page).toHaveURL(/\/company\/loans\/[^/?]+\?saved=1$/);
  await expect(page.getByRole("status").filter({ hasText: text.loan.saved })).toBeVisible();
  await expect(page.getByTestId("loan-status")).toHaveText(text.loanStatus.DRAFT);
  const id = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  expect(await database.prisma.loanProject.findUniqueOrThrow({ where: { id } })).toMatchObject({
    status: "DRAFT",
    title: terms.title,
    amountFen: terms.amountFen,
    annualRateBp: terms.rateBp,
    termMonths: terms.termMonths,
    repaymentMethod: terms.method,
    fundraisingDays: terms.fundraisingDays,
    minInvestmentFen: 10_000n,
  });
  return id;
}

async function submitLoan(page: Page, text: Text, database: OpenDatabase, id: string) {
  const form = formWithButton(page, text.loan.submit);
  await waitForHydration(form);
  await form.getByRole("button", { name: text.loan.submit }).click();
  await expect(page.getByTestId("loan-status")).toHaveText(text.loanStatus.PENDING_PRELIMINARY_REVIEW);
  await expect(page.getByRole("button", { name: text.loan.submit })).toHaveCount(0);
  expect((await database.prisma.loanProject.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING_PRELIMINARY_REVIEW");
}

async function passPreliminary(cs: Page, text: Text, database: OpenDatabase, id: string, csUser: TestUser) {
  const pass = cs.getByTestId("pass-form");
  await waitForHydration(pass);
  await pass.getByRole("button", { name: text.review.pass }).click();
  await expect(cs.getByTestId("loan-status")).toHaveText(text.loanStatus.PENDING_FINAL_REVIEW);
  // Customer service takes no decision in final review.
  await expect(cs.getByText(text.review.noDecision)).toBeVisible();
  await expect(cs.getByTestId("publish-form")).toHaveCount(0);
  expect(await database.prisma.loanProject.findUniqueOrThrow({ where: { id } })).toMatchObject({
    status: "PENDING_FINAL_REVIEW",
    passedById: csUser.id,
  });
}

async function publish(sup: Page, text: Text, database: OpenDatabase, id: string, supUser: TestUser, terms: LoanTerms) {
  const form = sup.getByTestId("publish-form");
  await waitForHydration(form);
  await form.getByLabel(text.review.riskGrade).selectOption("A");
  const before = Date.now();
  await form.getByRole("button", { name: text.review.publish }).click();
  await expect(sup.getByTestId("loan-status")).toHaveText(text.loanStatus.FUNDRAISING);
  const published = await database.prisma.loanProject.findUniqueOrThrow({ where: { id } });
  expect(published).toMatchObject({ status: "FUNDRAISING", riskGrade: "A", publishedById: supUser.id });
  const publishedAt = published.publishedAt ?? new Date(0);
  expect(publishedAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
  expect(publishedAt.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);
  // Open through the business day fundraisingDays after publication, closing at the next China midnight.
  expect(published.fundraisingDeadline).toEqual(fundraisingDeadlineOf(publishedAt, terms.fundraisingDays, DEFAULT_BUSINESS_TIME_ZONE));
}

/** A visitor (no account) narrows the public listing to the rate and method, and opens the project. */
async function visitorFindsProject(browser: Browser, text: Text, locale: Locale, id: string, terms: LoanTerms, companyName: string) {
  const visitor = await actorPage(browser);
  await visitor.goto("/loans");
  if (locale === "en") await switchLanguage(visitor, "en");
  const filters = formWithButton(visitor, text.listing.apply);
  await filters.getByLabel(text.listing.minRate).fill(terms.rate);
  await filters.getByLabel(text.listing.maxRate).fill(terms.rate);
  await filters.getByLabel(text.listing.method).selectOption(terms.method);
  await filters.getByRole("button", { name: text.listing.apply }).click();
  await expect(visitor).toHaveURL(/\/loans\?/);
  const query = new URL(visitor.url()).searchParams;
  expect([query.get("minRate"), query.get("maxRate"), query.get("method")]).toEqual([terms.rate, terms.rate, terms.method]);

  const cards = visitor.getByTestId("project-card");
  const ours = cards.filter({ hasText: terms.title });
  await expect(ours).toHaveCount(1);
  await expect(ours.getByTestId("project-rate")).toHaveText(`${terms.rate}%`);
  await expect(ours.getByTestId("project-method")).toHaveText(text.publicMethod[terms.method]);
  // The filter really filtered: every card shown has that rate and method.
  for (const card of await cards.all()) {
    await expect(card).toHaveAttribute("data-rate-bp", String(terms.rateBp));
    await expect(card).toHaveAttribute("data-method", terms.method);
  }

  await ours.getByRole("link", { name: terms.title, exact: true }).click();
  await expect(visitor).toHaveURL(new RegExp(`/loans/${id}$`));
  await expect(visitor.getByTestId("project-title")).toHaveText(terms.title);
  await expect(visitor.getByText(companyName).first()).toBeVisible();
  await expect(visitor.getByTestId("project-terms")).toContainText(text.publicMethod[terms.method]);
  return visitor;
}

// ---------------------------------------------------------------------------------------------------------

test("a company registers, is verified, borrows through both reviews, and a visitor finds its project (中文)", async ({
  page,
  browser,
  makeUser,
  database,
}) => {
  test.setTimeout(180_000);
  const text = TEXT["zh-CN"];
  const tag = uniqueTag();
  const companyName = `旅程测试制造有限公司 ${tag}`;
  const email = uniqueEmail("journey");
  acceptDialogs(page);

  // 1. The company registers itself and lands on its account, not yet activated.
  await page.goto("/register/company");
  const register = page.locator("main form");
  await waitForHydration(register);
  await register.getByLabel("企业名称").fill(companyName);
  await register.getByLabel("统一社会信用代码").fill(validCreditCode());
  await register.getByLabel("法定代表人").fill("王五");
  await register.getByLabel("联系电话").fill("13812345678");
  await register.getByLabel("所属行业").fill("制造业");
  await register.getByLabel("注册资本（元）").fill("1,000,000.00");
  await register.getByLabel("电子邮箱").fill(email);
  await register.getByLabel("密码", { exact: true }).fill("my long passphrase 2026");
  await register.getByLabel("再次输入密码").fill("my long passphrase 2026");
  await register.getByRole("button", { name: "创建账户" }).click();
  // Registration answers neutrally (never whether the e-mail or company was free): log in to go on.
  await expect(page).toHaveURL(/\/login\?registered=company/);
  await loginThroughForm(page, email, "my long passphrase 2026");
  await expect(page).toHaveURL(/\/company$/);
  await expect(page.getByTestId("company-status")).toHaveText(text.companyStatus.INVALID);
  const company = await database.prisma.company.findFirstOrThrow({ where: { user: { email } } });
  expect(company).toMatchObject({ name: companyName, status: "INVALID", profileCompletedAt: null });

  // 2. Profile, the two required documents, submit for verification.
  const documents = await completeProfileAndSubmit(page, text, database, company.id);
  // Its own document opens for it.
  const own = await page.request.get(`/api/documents/${documents[0].id}`);
  expect(own.status()).toBe(200);

  // 3. Customer service opens it from the verification queue, checks the documents, files the activation.
  const csUser = await makeUser("CUSTOMER_SERVICE");
  const cs = await actorPage(browser, csUser);
  const queued = await findInQueue(cs, "/admin/companies", "queue-row", companyName);
  await queued.getByRole("link", { name: companyName }).click();
  await expect(cs).toHaveURL(new RegExp(`/admin/companies/${company.id}$`));
  await expect(cs.getByRole("heading", { level: 1 })).toHaveText(companyName);
  await expect(cs.getByText("营业执照 · business-licence.pdf")).toBeVisible();
  await expect(cs.getByText("法定代表人身份证 · legal-rep-id.png")).toBeVisible();
  const licence = await cs.request.get(`/api/documents/${documents[0].id}`);
  expect(licence.status()).toBe(200);
  expect(licence.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.from(await licence.body()).equals(PDF_BYTES)).toBe(true);
  await fileActivationRequest(cs, text, database, company.id, csUser);

  // 4. A supervisor approves it; the company is now 正常.
  const supUser = await makeUser("SUPERVISOR");
  const sup = await actorPage(browser, supUser);
  await approveActivation(sup, text, database, company.id, companyName, supUser);
  await page.goto("/company");
  await expect(page.getByTestId("company-status")).toHaveText(text.companyStatus.NORMAL);

  // 5. The company writes a loan request (the preview shows the totals as it types), saves and submits it.
  const terms = loanTerms(`流动资金借款 ${tag}`, "EQUAL_PRINCIPAL");
  await page.goto("/company/loans/new");
  await expect(page.getByText(text.loan.previewEmpty)).toBeVisible();
  const id = await fillAndSaveLoan(page, text, "zh-CN", terms, database);
  await submitLoan(page, text, database, id);

  // 6. Customer service returns it for revision with a reason.
  const reason = `请补充订单合同编号 ${tag}`;
  const inPreliminary = await findInQueue(cs, "/admin/reviews/preliminary", "queue-row", terms.title);
  await inPreliminary.getByRole("link", { name: text.review.open }).click();
  await expect(cs).toHaveURL(new RegExp(`/admin/reviews/${id}$`));
  const returnForm = cs.getByTestId("return-form");
  await waitForHydration(returnForm);
  await returnForm.getByLabel(text.review.reason).fill(reason);
  await returnForm.getByRole("button", { name: text.review.returnForRevision }).click();
  await expect(cs.getByTestId("loan-status")).toHaveText(text.loanStatus.DRAFT);
  await expect(cs.getByTestId("status-history")).toContainText(reason);
  expect(await database.prisma.loanProject.findUniqueOrThrow({ where: { id } })).toMatchObject({
    status: "DRAFT",
    lastReviewComment: reason,
  });

  // 7. The company sees the reason, edits the request and submits it again.
  await page.goto(`/company/loans/${id}`);
  await expect(page.getByTestId("review-comment")).toHaveText(`${text.loan.reviewComment}: ${reason}`);
  await expect(page.getByTestId("status-history")).toContainText(reason);
  await page.getByRole("link", { name: text.loan.edit }).click();
  await expect(page).toHaveURL(new RegExp(`/company/loans/${id}/edit$`));
  const edited = { ...terms, purpose: `${terms.purpose}；订单合同编号 HT-${tag}` };
  expect(await fillAndSaveLoan(page, text, "zh-CN", edited, database)).toBe(id);
  await submitLoan(page, text, database, id);
  expect((await database.prisma.loanProject.findUniqueOrThrow({ where: { id } })).purpose).toBe(edited.purpose);

  // 8. Customer service passes it; 9. the supervisor publishes it with risk grade A.
  await cs.goto(`/admin/reviews/${id}`);
  await passPreliminary(cs, text, database, id, csUser);
  const inFinal = await findInQueue(sup, "/admin/reviews/final", "queue-row", terms.title);
  await inFinal.getByRole("link", { name: text.review.open }).click();
  await expect(sup).toHaveURL(new RegExp(`/admin/reviews/${id}$`));
  await publish(sup, text, database, id, supUser, terms);
  expect(
    (await database.prisma.statusHistory.findMany({ where: { entityType: "LOAN_PROJECT", entityId: id }, orderBy: { id: "asc" } })).map(
      (h) => h.event,
    ),
  ).toEqual(["SUBMIT", "RETURN_FOR_REVISION", "SUBMIT", "PASS_PRELIMINARY", "PUBLISH"]);

  // The company sees it fundraising.
  await page.goto(`/company/loans/${id}`);
  await expect(page.getByTestId("loan-status")).toHaveText(text.loanStatus.FUNDRAISING);

  // 10. A visitor finds it with the filters and opens it; the company's documents stay private.
  const visitor = await visitorFindsProject(browser, text, "zh-CN", id, terms, companyName);
  expect((await visitor.request.get(`/api/documents/${documents[0].id}`)).status()).toBe(404);
});

test("the same journey in English: verification, loan request, both reviews, public listing", async ({
  page,
  browser,
  makeUser,
  loginAs,
  database,
}) => {
  test.setTimeout(180_000);
  const text = TEXT.en;
  const tag = uniqueTag();
  const companyUser = await makeUser("COMPANY");
  const company = await database.prisma.company.findUniqueOrThrow({ where: { userId: companyUser.id } });
  acceptDialogs(page);
  await loginAs(companyUser);
  await page.goto("/company");
  await switchLanguage(page, "en");
  await expect(page.getByTestId("company-status")).toHaveText(text.companyStatus.INVALID);

  await completeProfileAndSubmit(page, text, database, company.id);

  const csUser = await makeUser("CUSTOMER_SERVICE");
  const cs = await actorPage(browser, csUser);
  await cs.goto(`/admin/companies/${company.id}`);
  await switchLanguage(cs, "en");
  await expect(cs.getByText(`${text.kinds.BUSINESS_LICENCE} · business-licence.pdf`)).toBeVisible();
  await fileActivationRequest(cs, text, database, company.id, csUser);

  const supUser = await makeUser("SUPERVISOR");
  const sup = await actorPage(browser, supUser);
  await sup.goto("/admin/approvals");
  await switchLanguage(sup, "en");
  await approveActivation(sup, text, database, company.id, company.name, supUser);

  await page.goto("/company");
  await expect(page.getByTestId("company-status")).toHaveText(text.companyStatus.NORMAL);

  const terms = loanTerms(`Working capital ${tag}`, "INTEREST_FIRST");
  await page.goto("/company/loans/new");
  await expect(page.getByText(text.loan.previewEmpty)).toBeVisible();
  const id = await fillAndSaveLoan(page, text, "en", terms, database);
  await submitLoan(page, text, database, id);

  await cs.goto(`/admin/reviews/${id}`);
  await passPreliminary(cs, text, database, id, csUser);
  await sup.goto(`/admin/reviews/${id}`);
  await publish(sup, text, database, id, supUser, terms);

  await visitorFindsProject(browser, text, "en", id, terms, company.name);
});
