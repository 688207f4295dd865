import { luhnValid } from "@/lib/domain/bank-cards";
import { addDays, businessDateOf } from "@/lib/domain/dates";
import { totpCode } from "@/lib/domain/mfa/totp";
import type { Company, PrismaClient, User } from "@/lib/generated/prisma/client";
import type { CompanyStatus, LoanStatus, Role } from "@/lib/generated/prisma/enums";
import { businessToday } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import { storeRepaymentSchedule } from "@/lib/server/disbursement/store-repayment-schedule";
import { placeInvestment } from "@/lib/server/investments";
import { platformGateway, postEntry, userAvailable } from "@/lib/server/ledger";
import { newTotpSecret } from "@/lib/server/mfa/generate";
import { approveOutflow } from "@/lib/server/outflows";
import { quoteEarlyRepayment } from "@/lib/server/repayments/quote-early-repayment";
import { createReviewRequest } from "@/lib/server/review-requests";
import { hashPassword } from "@/lib/server/security/passwords";
import { encryptPii } from "@/lib/server/security/pii";
import { requestWithdrawal } from "@/lib/server/withdrawals";
import { uniqueEmail, validCreditCode, validResidentId } from "../accounts/helpers";
import { failedPayoutProject, fundedProject } from "../disbursement/funded-project";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createFundraisingProject, createInvestor, depositFor, residentIdBornOn } from "../support/investing";
import { createOpenDifference } from "../support/open-difference";

/**
 * For every action row of tests/authz/matrix.ts: a valid-looking submission (the fields of its form), with the
 * records it needs created in the test database. Built afresh for each call, so every caller meets the same
 * state and the allowed roles' calls can succeed.
 */

export interface FormContext {
  db: PrismaClient;
  /** The signed-in caller (null for a visitor). */
  caller: User | null;
  /**
   * The user whose records the submission uses: the caller when it has this role, except in the other-owner
   * case (then, and for callers of other roles, a fresh user of the role; a company user comes with a company).
   */
  ownerOf: (role: Role) => Promise<User>;
}

export type Fields = Record<string, string | File>;

export interface ActionForm {
  fields: (ctx: FormContext) => Promise<Fields>;
  /**
   * The allowed callers' call must succeed (an ok result or a redirect onwards), unless this is false: then
   * getting past authorization (e.g. a domain error such as a wrong one-time code) is enough. Say why.
   */
  expectSuccess?: false;
}

// ---- Records -------------------------------------------------------------------------------------------

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const LOAN_FIELDS = {
  title: "Working capital",
  purpose: "Buy raw materials for the spring orders",
  amount: "100000",
  annualRate: "12",
  termMonths: "12",
  repaymentMethod: "EQUAL_INSTALLMENT",
  fundraisingDays: "10",
  minInvestment: "100",
};

/** The company of a company user, put in the given status (INVALID: not yet submitted for verification). */
async function companyOf(ctx: FormContext, status: CompanyStatus, extra: Partial<Company> = {}) {
  const owner = await ctx.ownerOf("COMPANY");
  return ctx.db.company.update({ where: { userId: owner.id }, data: { status, profileCompletedAt: null, ...extra } });
}

let documentCounter = 0;
function addDocument(db: PrismaClient, companyId: string, kind: "BUSINESS_LICENCE" | "LEGAL_REP_ID") {
  documentCounter += 1;
  return db.companyDocument.create({
    data: {
      companyId,
      kind,
      fileName: "doc.pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF.length,
      storageKey: `authz/${Date.now()}-${documentCounter}`,
    },
  });
}

/** A company that submitted its profile and required documents and waits for customer service. */
/** An OVERDUE project whose one instalment fell due 100 days before today's business date (past the 90-day bad-debt mark). */
async function longOverdueProject(db: PrismaClient) {
  const project = await createLoanProject(db, { status: "OVERDUE" });
  const due = addDays(businessToday(), -100);
  await db.repaymentInstalment.create({
    data: {
      projectId: project.id,
      number: 1,
      dueDate: new Date(`${due}T00:00:00Z`),
      principalFen: 100_000n,
      interestFen: 1_000n,
      overdueSince: new Date(`${addDays(due, 4)}T00:00:00Z`),
    },
  });
  return project;
}

/** A WATCH company with a BAD_DEBT project: BLACKLIST may be requested. */
async function watchCompanyWithBadDebt(db: PrismaClient) {
  const company = await createCompany(db, { status: "WATCH" });
  await createLoanProject(db, { companyId: company.id, status: "BAD_DEBT" });
  return company;
}

async function companyAwaitingVerification(db: PrismaClient) {
  const company = await createCompany(db, { status: "INVALID", address: "1 Century Avenue", profileCompletedAt: new Date() });
  await addDocument(db, company.id, "BUSINESS_LICENCE");
  await addDocument(db, company.id, "LEGAL_REP_ID");
  return company;
}

async function loanOf(ctx: FormContext, status: LoanStatus) {
  const company = await companyOf(ctx, "NORMAL");
  return createLoanProject(ctx.db, { companyId: company.id, status, submittedAt: status === "DRAFT" ? null : new Date() });
}

/**
 * A loan of the owner company in REPAYING: paid out today to one investor (its schedule and claims stored as at
 * disbursement), the company's wallet holding ¥200,000.00 to repay with.
 */
async function repayingLoanOf(ctx: FormContext) {
  const company = await companyOf(ctx, "NORMAL");
  const project = await createLoanProject(ctx.db, {
    companyId: company.id,
    status: "REPAYING",
    disbursedAt: new Date(),
    fundedFen: 10_000_000n,
  });
  const investor = await createUser(ctx.db);
  const investment = await ctx.db.investment.create({
    data: { projectId: project.id, investorId: investor.id, amountFen: project.amountFen, status: "HOLDING" },
  });
  await withTransaction(ctx.db, (tx) => storeRepaymentSchedule(tx, project, [investment], businessDateOf(new Date(), "Asia/Shanghai")));
  await depositFor(ctx.db, company.userId, 20_000_000n);
  return project;
}

/** A loan project of some company at a review stage, for staff. */
async function loanUnderReview(db: PrismaClient, status: "PENDING_PRELIMINARY_REVIEW" | "PENDING_FINAL_REVIEW") {
  const company = await createCompany(db, { status: "NORMAL" });
  const passedById = status === "PENDING_FINAL_REVIEW" ? (await createUser(db, { role: "CUSTOMER_SERVICE" })).id : null;
  return createLoanProject(db, { companyId: company.id, status, submittedAt: new Date(), passedById });
}

/** A pending review request (deactivate a company) made by the given customer-service member. */
async function pendingReviewRequest(db: PrismaClient, maker: User) {
  const company = await createCompany(db, { status: "NORMAL" });
  return createReviewRequest(db, {
    maker: { id: maker.id, role: "CUSTOMER_SERVICE" },
    targetType: "COMPANY",
    targetId: company.id,
    action: "DEACTIVATE",
    reason: "stopped trading",
  });
}

/** The owner investor, verified and with ¥1,000.00 available, ready to invest. */
async function readyInvestor(ctx: FormContext) {
  const owner = await ctx.ownerOf("INVESTOR");
  const idNumber = residentIdBornOn("19900101");
  await ctx.db.investorProfile.upsert({
    where: { userId: owner.id },
    create: {
      userId: owner.id,
      realName: "Li Si",
      idNumberCipher: encryptPii(idNumber),
      idNumberHash: `authz-${owner.id}`,
      idNumberLast4: idNumber.slice(-4),
      verifiedAt: new Date(),
    },
    update: { verifiedAt: new Date() },
  });
  await depositFor(ctx.db, owner.id, 1_000_00n);
  return owner;
}

/** A PENDING investment of the owner investor (placed directly: the rules are the service's tests). */
async function pendingInvestment(ctx: FormContext) {
  const owner = await readyInvestor(ctx);
  const project = await createFundraisingProject(ctx.db);
  return placeInvestment(ctx.db, { investorId: owner.id, projectId: project.id, amountFen: 100_00n, riskNoticeAccepted: true });
}

/** Someone's PENDING investment, for customer service's review. */
async function investmentToReview(ctx: FormContext) {
  const investor = await createInvestor(ctx.db, { moneyFen: 1_000_00n });
  const project = await createFundraisingProject(ctx.db);
  return placeInvestment(ctx.db, { investorId: investor.id, projectId: project.id, amountFen: 100_00n, riskNoticeAccepted: true });
}

/** A TOTP secret for the caller (confirmed, or a pending enrolment with `confirmedAt` null) and its current code. */
async function totpFor(ctx: FormContext, confirmedAt: Date | null) {
  const secret = newTotpSecret();
  if (ctx.caller) await ctx.db.staffMfa.create({ data: { userId: ctx.caller.id, secretEncrypted: encryptPii(secret), confirmedAt } });
  return totpCode(secret, Date.now());
}

const OLD_PASSWORD = "an old passphrase 2026";
let oldPasswordHash: Promise<string> | undefined;

/** Final review stage belongs to the supervisor, the preliminary one to customer service. */
const stageFor = (caller: User | null) => (caller?.role === "SUPERVISOR" ? "PENDING_FINAL_REVIEW" : "PENDING_PRELIMINARY_REVIEW");

/** A verified investor or a NORMAL company of the caller's role (an investor for other callers), ready to bind cards. */
async function cardOwner(ctx: FormContext): Promise<{ user: User; name: string }> {
  if (ctx.caller?.role === "COMPANY") {
    const company = await companyOf(ctx, "NORMAL");
    return { user: await ctx.db.user.findUniqueOrThrow({ where: { id: company.userId } }), name: company.name };
  }
  const user = await ctx.ownerOf("INVESTOR");
  const realName = "Zhang San";
  await ctx.db.investorProfile.upsert({
    where: { userId: user.id },
    create: {
      userId: user.id,
      realName,
      idNumberCipher: "x",
      idNumberHash: `hash-${user.id}`,
      idNumberLast4: "0000",
      verifiedAt: new Date(),
    },
    update: {},
  });
  return { user, name: realName };
}

let cardCounter = 0;
/** A Luhn-valid 16-digit number, different on every call. */
function cardNumber(): string {
  cardCounter += 1;
  const body = `6222${String(Date.now() % 1e8).padStart(8, "0")}${String(cardCounter % 1000).padStart(3, "0")}`;
  for (let check = 0; check < 10; check++) if (luhnValid(`${body}${check}`)) return `${body}${check}`;
  throw new Error("unreachable");
}

/** A bound card of the caller's role's owner (see cardOwner). */
async function boundCard(ctx: FormContext) {
  const { user, name } = await cardOwner(ctx);
  const number = cardNumber();
  return ctx.db.bankCard.create({
    data: {
      userId: user.id,
      holderName: name,
      bankName: "招商银行",
      numberCipher: encryptPii(number),
      numberHash: `hash-${number}`,
      numberLast4: number.slice(-4),
    },
  });
}

/** A bound card (see boundCard) whose owner has ¥10 available, deposited as the gateway would. */
async function fundedCard(ctx: FormContext) {
  const card = await boundCard(ctx);
  await withTransaction(ctx.db, (tx) =>
    postEntry(tx, {
      idempotencyKey: `authz-deposit:${card.id}`,
      kind: "DEPOSIT",
      postings: [
        { account: platformGateway(), amountFen: -10_00n },
        { account: userAvailable(card.userId), amountFen: 10_00n },
      ],
    }),
  );
  return card;
}

/** A withdrawal of ¥10 from a bound card whose owner has ¥10 available, in the given status (decided by a supervisor past REQUESTED). */
async function withdrawalOf(ctx: FormContext, status: "REQUESTED" | "APPROVED") {
  const card = await fundedCard(ctx);
  const outflow = await requestWithdrawal(ctx.db, { userId: card.userId, amountFen: 10_00n, bankCardId: card.id });
  if (status === "APPROVED") {
    const supervisor = await createUser(ctx.db, { role: "SUPERVISOR" });
    await approveOutflow(ctx.db, { id: supervisor.id, role: "SUPERVISOR" }, outflow.id);
  }
  return outflow;
}

let serialCounter = 0;

const EMPTY_STATEMENT = JSON.stringify({
  from: "2020-01-01T00:00:00.000+08:00",
  to: "2020-01-02T00:00:00.000+08:00",
  currency: "CNY",
  movements: [],
  totals: { inFen: "0", outFen: "0", netFen: "0" },
});

// ---- The forms -----------------------------------------------------------------------------------------

export const ACTION_FORMS: Record<string, ActionForm> = {
  "app/_actions/session-actions.ts#loginAction": {
    fields: async (ctx) => ({ email: (await createUser(ctx.db)).email, password: "whatever the password" }),
  },
  "app/_actions/session-actions.ts#logoutAction": { fields: async () => ({}) },
  "app/_actions/session-actions.ts#switchLocaleAction": { fields: async () => ({ locale: "en", returnTo: "/loans" }) },

  "app/[locale]/(per-user)/(auth)/register/actions.ts#registerInvestorAction": {
    fields: async () => ({ email: uniqueEmail("inv"), password: "a fresh passphrase 2026", confirmPassword: "a fresh passphrase 2026" }),
  },
  "app/[locale]/(per-user)/(auth)/register/actions.ts#registerCompanyAction": {
    fields: async () => ({
      email: uniqueEmail("co"),
      password: "a fresh passphrase 2026",
      confirmPassword: "a fresh passphrase 2026",
      companyName: "Hengda Trading",
      creditCode: validCreditCode(),
      legalRepresentative: "Li Si",
      contactPhone: "13800138000",
      industry: "Trade",
      registeredCapital: "1000000",
    }),
  },

  "app/[locale]/(per-user)/account/password/actions.ts#changePasswordAction": {
    async fields(ctx) {
      if (ctx.caller) {
        oldPasswordHash ??= hashPassword(OLD_PASSWORD);
        await ctx.db.user.update({ where: { id: ctx.caller.id }, data: { passwordHash: await oldPasswordHash } });
      }
      return { currentPassword: OLD_PASSWORD, password: "a brand new passphrase 2026", confirmPassword: "a brand new passphrase 2026" };
    },
  },

  "app/[locale]/(per-user)/notifications/actions.ts#markNotificationReadAction": {
    async fields(ctx) {
      const owner = ctx.caller ?? (await ctx.ownerOf("INVESTOR"));
      const notice = await ctx.db.notification.create({
        data: { userId: owner.id, kind: "DEPOSIT_CREDITED", params: { amountFen: "100" } },
      });
      return { id: notice.id, page: "1" };
    },
  },

  "app/[locale]/(per-user)/notifications/actions.ts#markAllNotificationsReadAction": {
    fields: async () => ({ page: "1" }),
  },

  "app/[locale]/(per-user)/investor/actions.ts#verifyInvestorAction": {
    fields: async () => ({ realName: "Zhang San", idNumber: validResidentId(), phone: "13800138000" }),
  },

  "app/_actions/bank-card-actions.ts#bindBankCardAction": {
    async fields(ctx) {
      const { name } = await cardOwner(ctx);
      return { holderName: name, bank: "CMB", cardNumber: cardNumber() };
    },
  },
  "app/_actions/bank-card-actions.ts#unbindBankCardAction": {
    fields: async (ctx) => ({ bankCardId: (await boundCard(ctx)).id }),
  },

  // The gateway is a stand-in here (actions-others.test.ts mocks getPaymentGateway).
  "app/_actions/deposit-actions.ts#createDepositAction": {
    async fields(ctx) {
      await cardOwner(ctx);
      return { amount: "100" };
    },
  },
  "app/_actions/deposit-actions.ts#checkDepositStatusAction": {
    async fields(ctx) {
      const { user } = await cardOwner(ctx);
      const deposit = await ctx.db.deposit.create({
        data: { userId: user.id, amountFen: 100_00n, expiresAt: new Date(Date.now() + 30 * 60_000) },
      });
      return { depositId: deposit.id };
    },
  },
  "app/_actions/withdrawal-actions.ts#requestWithdrawalAction": {
    async fields(ctx) {
      const card = await fundedCard(ctx);
      return { amount: "10", bankCardId: card.id };
    },
  },

  "app/[locale]/(per-user)/company/actions.ts#updateCompanyProfileAction": {
    async fields(ctx) {
      await companyOf(ctx, "INVALID");
      return { contactPhone: "13800138000", industry: "Trade", address: "1 Century Avenue", description: "We trade." };
    },
  },
  "app/[locale]/(per-user)/company/actions.ts#uploadCompanyDocumentAction": {
    async fields(ctx) {
      await companyOf(ctx, "INVALID");
      return { kind: "BUSINESS_LICENCE", file: new File([PDF], "licence.pdf", { type: "application/pdf" }) };
    },
  },
  "app/[locale]/(per-user)/company/actions.ts#deleteCompanyDocumentAction": {
    async fields(ctx) {
      const company = await companyOf(ctx, "INVALID");
      return { documentId: (await addDocument(ctx.db, company.id, "BUSINESS_LICENCE")).id };
    },
  },
  "app/[locale]/(per-user)/company/actions.ts#submitCompanyVerificationAction": {
    async fields(ctx) {
      const company = await companyOf(ctx, "INVALID", { address: "1 Century Avenue" });
      await addDocument(ctx.db, company.id, "BUSINESS_LICENCE");
      await addDocument(ctx.db, company.id, "LEGAL_REP_ID");
      return {};
    },
  },
  "app/[locale]/(per-user)/company/loans/actions.ts#saveLoanDraftAction": {
    fields: async (ctx) => ({ projectId: (await loanOf(ctx, "DRAFT")).id, ...LOAN_FIELDS }),
  },
  "app/[locale]/(per-user)/company/loans/actions.ts#submitLoanRequestAction": {
    fields: async (ctx) => ({ projectId: (await loanOf(ctx, "DRAFT")).id }),
  },
  "app/[locale]/(per-user)/company/loans/actions.ts#withdrawLoanRequestAction": {
    fields: async (ctx) => ({ projectId: (await loanOf(ctx, "PENDING_PRELIMINARY_REVIEW")).id }),
  },

  "app/[locale]/(per-user)/company/loans/[id]/repayment-actions.ts#repayFromWalletAction": {
    fields: async (ctx) => ({ projectId: (await repayingLoanOf(ctx)).id, amount: "100" }),
  },
  // The gateway is a stand-in here (actions-company.test.ts mocks getPaymentGateway).
  "app/[locale]/(per-user)/company/loans/[id]/repayment-actions.ts#repayThroughCheckoutAction": {
    fields: async (ctx) => ({ projectId: (await repayingLoanOf(ctx)).id, amount: "100" }),
  },
  "app/[locale]/(per-user)/company/loans/[id]/repayment-actions.ts#repayEarlyAction": {
    async fields(ctx) {
      const project = await repayingLoanOf(ctx);
      const company = await ctx.db.company.findUniqueOrThrow({ where: { id: project.companyId } });
      const quote = await quoteEarlyRepayment(ctx.db, { id: company.userId, role: "COMPANY" }, project.id);
      return { projectId: project.id, expectedTotalFen: quote.totalFen.toString() };
    },
  },

  "app/[locale]/(per-user)/admin/companies/actions.ts#requestActivationAction": {
    fields: async (ctx) => ({ companyId: (await companyAwaitingVerification(ctx.db)).id, reason: "documents check out" }),
  },
  "app/[locale]/(per-user)/admin/companies/actions.ts#returnVerificationAction": {
    fields: async (ctx) => ({ companyId: (await companyAwaitingVerification(ctx.db)).id, reason: "the licence is unreadable" }),
  },
  "app/[locale]/(per-user)/admin/companies/actions.ts#requestCompanyStatusAction": {
    // A company that has never borrowed may be deactivated (no outstanding loan).
    fields: async (ctx) => ({
      companyId: (await createCompany(ctx.db, { status: "NORMAL" })).id,
      event: "DEACTIVATE",
      reason: "closing its account",
    }),
  },
  "app/[locale]/(per-user)/admin/reviews/actions.ts#passPreliminaryAction": {
    fields: async (ctx) => ({ projectId: (await loanUnderReview(ctx.db, "PENDING_PRELIMINARY_REVIEW")).id, comment: "fine" }),
  },
  "app/[locale]/(per-user)/admin/reviews/actions.ts#returnForRevisionAction": {
    fields: async (ctx) => ({ projectId: (await loanUnderReview(ctx.db, stageFor(ctx.caller))).id, reason: "state the purpose" }),
  },
  "app/[locale]/(per-user)/admin/reviews/actions.ts#rejectLoanProjectAction": {
    fields: async (ctx) => ({ projectId: (await loanUnderReview(ctx.db, stageFor(ctx.caller))).id, reason: "too risky" }),
  },
  "app/[locale]/(per-user)/admin/reviews/actions.ts#publishLoanProjectAction": {
    fields: async (ctx) => ({ projectId: (await loanUnderReview(ctx.db, "PENDING_FINAL_REVIEW")).id, riskGrade: "B", comment: "publish" }),
  },
  "app/[locale]/(per-user)/admin/requests/actions.ts#cancelOwnRequestAction": {
    async fields(ctx) {
      const request = await pendingReviewRequest(ctx.db, await ctx.ownerOf("CUSTOMER_SERVICE"));
      return { requestId: request.id, reason: "made by mistake" };
    },
  },
  "app/[locale]/(per-user)/admin/approvals/actions.ts#approveRequestAction": {
    async fields(ctx) {
      const request = await pendingReviewRequest(ctx.db, await createUser(ctx.db, { role: "CUSTOMER_SERVICE" }));
      return { requestId: request.id, reason: "agreed" };
    },
  },
  "app/[locale]/(per-user)/admin/approvals/actions.ts#rejectRequestAction": {
    async fields(ctx) {
      const request = await pendingReviewRequest(ctx.db, await createUser(ctx.db, { role: "CUSTOMER_SERVICE" }));
      return { requestId: request.id, reason: "not agreed" };
    },
  },
  "app/[locale]/(per-user)/admin/outflows/actions.ts#approveOutflowAction": {
    fields: async (ctx) => ({ outflowId: (await withdrawalOf(ctx, "REQUESTED")).id }),
  },
  "app/[locale]/(per-user)/admin/outflows/actions.ts#rejectOutflowAction": {
    fields: async (ctx) => ({ outflowId: (await withdrawalOf(ctx, "REQUESTED")).id, reason: "the card is frozen" }),
  },
  "app/[locale]/(per-user)/admin/outflows/actions.ts#recordOutflowTransferAction": {
    fields: async (ctx) => ({
      outflowId: (await withdrawalOf(ctx, "APPROVED")).id,
      externalSerial: `AUTHZ${Date.now()}${++serialCounter}`,
    }),
  },
  "app/[locale]/(per-user)/admin/outflows/actions.ts#requestOutflowFailureAction": {
    fields: async (ctx) => ({ outflowId: (await withdrawalOf(ctx, "APPROVED")).id, reason: "the bank refused the account" }),
  },
  "app/[locale]/(per-user)/admin/outflows/actions.ts#revealOutflowCardAction": {
    fields: async (ctx) => ({ outflowId: (await withdrawalOf(ctx, "APPROVED")).id }),
  },
  "app/[locale]/(per-user)/admin/staff/actions.ts#createStaffAction": {
    fields: async () => ({
      email: uniqueEmail("staff"),
      displayName: "Wang Wu",
      role: "CUSTOMER_SERVICE",
      password: "a long staff passphrase 2026",
    }),
  },
  "app/[locale]/(per-user)/admin/staff/actions.ts#updateStaffAction": {
    fields: async (ctx) => ({ userId: (await createUser(ctx.db, { role: "CUSTOMER_SERVICE" })).id, disabled: "true" }),
  },
  "app/[locale]/(per-user)/activate/[token]/actions.ts#activateStaffAction": {
    // A dead link sends the person back to the link's page: an answer, not a refusal.
    fields: async () => ({ token: "no-such-token", password: "a fresh passphrase 2026", confirmPassword: "a fresh passphrase 2026" }),
  },
  "app/[locale]/(per-user)/(auth)/login/mfa/actions.ts#verifyMfaAction": {
    fields: async (ctx) => ({ code: await totpFor(ctx, new Date()) }),
  },
  "app/[locale]/(per-user)/account/mfa/actions.ts#confirmMfaEnrolmentAction": {
    fields: async (ctx) => ({ code: await totpFor(ctx, null) }),
  },
  "app/[locale]/(per-user)/admin/staff/actions.ts#resendInvitationAction": {
    fields: async (ctx) => ({ userId: (await createUser(ctx.db, { role: "CUSTOMER_SERVICE", passwordHash: null })).id }),
  },
  "app/[locale]/(per-user)/admin/staff/actions.ts#resetStaffMfaAction": {
    fields: async (ctx) => ({ userId: (await createUser(ctx.db, { role: "SUPERVISOR" })).id }),
  },
  "app/[locale]/(per-user)/admin/disbursements/actions.ts#approveDisbursementAction": {
    fields: async (ctx) => ({ projectId: (await fundedProject(ctx.db)).project.id }),
  },
  "app/[locale]/(per-user)/admin/disbursements/actions.ts#rejectDisbursementAction": {
    fields: async (ctx) => ({ projectId: (await fundedProject(ctx.db)).project.id, reason: "The collateral fell through" }),
  },
  "app/[locale]/(per-user)/admin/disbursements/actions.ts#reissuePayoutAction": {
    fields: async (ctx) => ({ projectId: await failedPayoutProject(ctx.db) }),
  },
  "app/[locale]/(per-user)/admin/reviews/cancel-actions.ts#requestProjectCancelAction": {
    fields: async (ctx) => ({
      projectId: (await fundedProject(ctx.db, { status: "FUNDRAISING", amounts: [100_000n], amountFen: 10_000_000n })).project.id,
      reason: "The company no longer needs the loan",
    }),
  },
  "app/[locale]/(per-user)/admin/settings/repayment-settings-actions.ts#updateRepaymentSettingsAction": {
    fields: async () => ({ managementFee: "10", allocationOrder: "INTEREST_PRINCIPAL_PENALTY" }),
  },
  "app/[locale]/(per-user)/admin/overdue/actions.ts#requestBadDebtDeclarationAction": {
    fields: async (ctx) => ({ projectId: (await longOverdueProject(ctx.db)).id, reason: "100 days overdue, no answer" }),
  },
  "app/[locale]/(per-user)/admin/overdue/actions.ts#requestCompanyBlacklistAction": {
    fields: async (ctx) => ({ companyId: (await watchCompanyWithBadDebt(ctx.db)).id, reason: "bad debt declared" }),
  },
  "app/[locale]/(per-user)/admin/reconciliation/actions.ts#importStatementAction": {
    // A statement with no movement: imported the first time, "already imported" afterwards (both succeed).
    fields: async () => ({ file: new File([EMPTY_STATEMENT], "statement.json", { type: "application/json" }) }),
  },
  "app/[locale]/(per-user)/admin/reconciliation/actions.ts#fetchStatementAction": {
    fields: async () => ({ from: "2020-01-01", to: "2020-01-01" }),
    expectSuccess: false, // no payment gateway runs beside the integration tests: past authorization is enough
  },
  "app/[locale]/(per-user)/admin/reconciliation/actions.ts#requestResolutionAction": {
    fields: async (ctx) => ({
      differenceId: (await createOpenDifference(ctx.db, (await createUser(ctx.db, { role: "CUSTOMER_SERVICE" })).id)).id,
      resolution: "EXPLAIN",
      note: "listed twice by the gateway",
      reason: "the gateway's statement repeats the line",
    }),
  },
  "app/[locale]/(per-user)/admin/settings/overdue-actions.ts#updateOverdueSettingsAction": {
    fields: async () => ({ graceDays: "3", penaltyDaily: "0.05" }),
  },
  "app/[locale]/(per-user)/admin/settings/service-fee-actions.ts#updateServiceFeeAction": {
    fields: async () => ({ serviceFee: "1.5" }),
  },
  "app/[locale]/(per-user)/admin/settings/invitation-actions.ts#updateInvitationLifetimeAction": {
    fields: async () => ({ lifetimeHours: "48" }),
  },
  "app/[locale]/(per-user)/investor/investments/actions.ts#placeInvestmentAction": {
    async fields(ctx) {
      await readyInvestor(ctx);
      return { projectId: (await createFundraisingProject(ctx.db)).id, amount: "100", riskNotice: "on" };
    },
  },
  "app/[locale]/(per-user)/investor/investments/actions.ts#cancelInvestmentAction": {
    fields: async (ctx) => ({ investmentId: (await pendingInvestment(ctx)).id }),
  },
  "app/[locale]/(per-user)/admin/investments/actions.ts#confirmInvestmentAction": {
    fields: async (ctx) => ({ investmentId: (await investmentToReview(ctx)).id }),
  },
  "app/[locale]/(per-user)/admin/investments/actions.ts#rejectInvestmentAction": {
    fields: async (ctx) => ({ investmentId: (await investmentToReview(ctx)).id, reason: "source of funds unclear" }),
  },
  "app/[locale]/(per-user)/admin/settings/investment-actions.ts#updateInvestmentSettingsAction": {
    fields: async () => ({ autoConfirm: "on" }),
  },
  "app/[locale]/(per-user)/admin/settings/company-status-actions.ts#updateCompanyStatusSettingsAction": {
    fields: async () => ({ upgradeMinMonths: "18" }),
  },
  "app/[locale]/(per-user)/admin/settings/site-footer-actions.ts#updateSiteFooterAction": {
    fields: async () => ({
      icpLine: "京ICP备12345678号",
      servicePhone: "400-000-0000",
      serviceEmail: "service@example.com",
      serviceHours: "9:00–18:00",
    }),
  },
  "app/[locale]/(per-user)/admin/settings/actions.ts#updateLoanLimitsAction": {
    fields: async () => ({
      minAmount: "10000",
      maxAmount: "10000000",
      minRate: "1",
      maxRate: "24",
      minTermMonths: "1",
      maxTermMonths: "36",
      minFundraisingDays: "1",
      maxFundraisingDays: "30",
      minInvestmentUnit: "100",
    }),
  },
};

/** A submission as the browser sends it. */
export function toFormData(fields: Fields): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}
