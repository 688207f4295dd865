import type { Role } from "@/lib/generated/prisma/enums";
import { rolesWith } from "@/lib/shared/capabilities";
import { ALL_ROLES, STAFF_ROLES } from "@/lib/shared/roles";

/**
 * THE authorization matrix: every page, route handler and server action, and what each kind of caller gets.
 * Rendered to docs/authorization-matrix.md (`npx tsx scripts/render-authz-matrix.ts`) and enforced by
 *  - tests/unit/authz/matrix-completeness.test.ts: every page.tsx, route.ts and "use server" export has a row,
 *    and every row has its code;
 *  - tests/integration/authz/actions-*.test.ts: each action called directly as each caller (and as another
 *    owner), asserting the outcome and, for every refusal, an unchanged database;
 *  - tests/integration/authz/page-guards.test.ts: each guarded page's own check, without the proxy;
 *  - e2e/authorization-matrix.spec.ts: each page and route over HTTP against the production server.
 *  - e2e/phone-layout.spec.ts: each page, opened by a caller it lets in, fits a 390 px phone in both languages.
 *
 * Adding a page, route or action: add one line below (and, for an action, its form in
 * tests/integration/authz/action-forms.ts), then re-render the document.
 */

export const CALLERS = ["ANONYMOUS", ...ALL_ROLES] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * - ok: allowed (page 200; action runs past authorization: succeeds, or answers a validation/domain error)
 * - login: sent to log in (page: redirect to /login?callbackUrl=…; action: UNAUTHENTICATED)
 * - forbidden: refused for the role (page: redirect to /forbidden; action: FORBIDDEN)
 * - notFound: answered as if it did not exist (page/route: 404; action: NOT_FOUND)
 * - redirect: pages only, sent on elsewhere without a refusal (e.g. a step this caller has nothing to do on)
 * - unsigned: routes only, refused 401 without the request signature that is its credential (a session is none)
 */
export type Outcome = "ok" | "login" | "forbidden" | "notFound" | "redirect" | "unsigned";

export type Expectations = Record<Caller, Outcome>;

export interface OtherOwner {
  /** The role that owns such records; the "other owner" is a second user of that role. */
  role: Role;
  /** What that second user gets when using the first one's record. */
  outcome: Outcome;
  /** The owned record, e.g. "loan request". */
  record: string;
}

export interface MatrixRow {
  kind: "page" | "route" | "action";
  /**
   * page: the URL pattern ("/company/loans/[id]", route groups dropped);
   * route: "METHOD /url/pattern";
   * action: "app/…/actions.ts#exportName".
   */
  target: string;
  expect: Expectations;
  otherOwner?: OtherOwner;
  /** Why, where the row is not the obvious one. */
  note?: string;
  /**
   * The route file's pattern ("GET /api/admin/exports/[list]") this row is one concrete URL of, where the
   * callers differ per value of the segment (one row per registry entry); the completeness test matches it.
   */
  instanceOf?: string;
}

// ---- Shapes of rows ------------------------------------------------------------------------------------

/** Anyone, signed in or not. */
const anyone = (): Expectations => ({
  ANONYMOUS: "ok",
  INVESTOR: "ok",
  COMPANY: "ok",
  CUSTOMER_SERVICE: "ok",
  SUPERVISOR: "ok",
  ADMIN: "ok",
});

/** No one: answered 404 whoever asks. */
const nobody = (): Expectations => ({
  ANONYMOUS: "notFound",
  INVESTOR: "notFound",
  COMPANY: "notFound",
  CUSTOMER_SERVICE: "notFound",
  SUPERVISOR: "notFound",
  ADMIN: "notFound",
});

/** Signed-in users with one of these roles; a visitor is sent to log in, any other role is refused. */
const only = (roles: readonly Role[]): Expectations => ({
  ANONYMOUS: "login",
  INVESTOR: roles.includes("INVESTOR") ? "ok" : "forbidden",
  COMPANY: roles.includes("COMPANY") ? "ok" : "forbidden",
  CUSTOMER_SERVICE: roles.includes("CUSTOMER_SERVICE") ? "ok" : "forbidden",
  SUPERVISOR: roles.includes("SUPERVISOR") ? "ok" : "forbidden",
  ADMIN: roles.includes("ADMIN") ? "ok" : "forbidden",
});

/** The generic queue page (components/admin/queue-page.tsx) guards with its registry entry's roles. */
const QUEUE_PAGE = "the generic queue page: its roles are the queue registry entry's (lib/server/admin/queues/registry.ts)";

const REVIEWERS = ["CUSTOMER_SERVICE", "SUPERVISOR"] as const satisfies readonly Role[];

const page = (target: string, expect: Expectations, extra: Partial<MatrixRow> = {}): MatrixRow => ({
  kind: "page",
  target,
  expect,
  ...extra,
});
const route = (target: string, expect: Expectations, extra: Partial<MatrixRow> = {}): MatrixRow => ({
  kind: "route",
  target,
  expect,
  ...extra,
});
const action = (module: string, name: string, expect: Expectations, extra: Partial<MatrixRow> = {}): MatrixRow => ({
  kind: "action",
  target: `${module}#${name}`,
  expect,
  ...extra,
});

const ownLoanRequest: OtherOwner = { role: "COMPANY", outcome: "notFound", record: "loan request" };
const ownLoan: OtherOwner = { role: "COMPANY", outcome: "notFound", record: "loan being repaid" };

// ---- The matrix ----------------------------------------------------------------------------------------

export const MATRIX: readonly MatrixRow[] = [
  // Public pages
  page("/", anyone()),
  page("/calculator", anyone()),
  page("/terms", anyone()),
  page("/privacy", anyone()),
  page("/loans", anyone()),
  page("/loans/[id]", anyone(), { note: "published projects only; any other id is 404 for everyone" }),
  page("/loans/q/[query]", anyone(), { note: "/loans?<query>: proxy.ts carries the query here; not a URL of its own (404)" }),
  page("/calculator/q/[query]", anyone(), { note: "/calculator?<query>, the same way" }),
  page("/[...missing]", nobody(), { note: "any URL no page answers: the site's 404 page" }),
  page("/login", anyone()),
  page("/register", anyone()),
  page("/register/investor", anyone()),
  page("/register/company", anyone()),
  page("/forbidden", anyone()),
  page("/activate/[token]", anyone(), { note: "the token is the credential; a dead link says why" }),
  page(
    "/login/mfa",
    {
      ANONYMOUS: "login",
      INVESTOR: "redirect",
      COMPANY: "redirect",
      CUSTOMER_SERVICE: "redirect",
      SUPERVISOR: "redirect",
      ADMIN: "redirect",
    },
    { note: "only a staff session that still owes its code stays; everyone else is sent on" },
  ),

  // Every signed-in user
  page("/account/password", only(ALL_ROLES)),
  page("/notifications", only(ALL_ROLES), { note: "the caller's own notices only" }),
  page("/account/mfa", only(STAFF_ROLES), { note: "also open to a staff session still owing its enrolment" }),

  // Investor
  page("/investor", only(["INVESTOR"])),
  page("/investor/verification", only(["INVESTOR"])),
  page("/investor/deposit", only(["INVESTOR"]), { note: "?orderNo= shows only the caller's own deposit (another's: \"no such deposit\")" }),
  page("/investor/bank-cards", only(["INVESTOR"]), { note: "the caller's own cards only" }),
  page("/investor/withdraw", only(["INVESTOR"]), { note: "the caller's own wallet, cards and withdrawals only" }),
  page("/investor/investments", only(["INVESTOR"]), { note: "lists only the caller's own investments" }),
  page("/investor/transactions", only(["INVESTOR"]), { note: "the caller's own transactions only" }),
  page("/investor/calendar", only(["INVESTOR"]), { note: "the caller's own claims and repayments only" }),
  page("/investor/investments/[id]", only(["INVESTOR"]), { note: "the caller's own investment only; anyone else's id is 404" }),

  // Company
  page("/company", only(["COMPANY"])),
  page("/company/profile", only(["COMPANY"])),
  page("/company/deposit", only(["COMPANY"]), { note: "?orderNo= shows only the caller's own deposit" }),
  page("/company/bank-cards", only(["COMPANY"]), { note: "the caller's own cards only" }),
  page("/company/withdraw", only(["COMPANY"]), { note: "the caller's own wallet, cards and withdrawals only" }),
  page("/company/loans", only(["COMPANY"])),
  page("/company/wallet", only(["COMPANY"]), { note: "the caller's own balances, payouts and transactions only" }),
  page("/company/loans/new", only(["COMPANY"])),
  page("/company/loans/[id]", only(["COMPANY"]), { otherOwner: ownLoanRequest }),
  page("/company/loans/[id]/edit", only(["COMPANY"]), {
    otherOwner: ownLoanRequest,
    note: "a draft; any other status redirects to the request",
  }),

  // Staff
  page("/admin", only(STAFF_ROLES)),
  page("/admin/companies", only(REVIEWERS)),
  page("/admin/companies/[id]", only(REVIEWERS)),
  page("/admin/reviews/preliminary", only(["CUSTOMER_SERVICE"]), { note: QUEUE_PAGE }),
  page("/admin/reviews/final", only(["SUPERVISOR"]), { note: QUEUE_PAGE }),
  page("/admin/reviews/[id]", only(REVIEWERS)),
  page("/admin/fundraising", only(REVIEWERS), { note: QUEUE_PAGE }),
  page("/admin/overdue", only(REVIEWERS), {
    note: "the overdue queue: its roles are the registry entry's; customer service files from it",
  }),
  page("/admin/disbursements", only(["SUPERVISOR"]), { note: "the full-subscription review queue (满标复审)" }),
  page("/admin/disbursements/[id]", only(["SUPERVISOR"])),
  page("/admin/requests", only(["CUSTOMER_SERVICE"]), { note: "lists only the caller's own review requests" }),
  page("/admin/approvals", only(["SUPERVISOR"])),
  page("/admin/outflows/approvals", only(["SUPERVISOR"])),
  page("/admin/outflows/execute", only(["CUSTOMER_SERVICE"]), { note: "full card numbers only on request, one at a time, audited" }),
  page("/admin/investments", only(["CUSTOMER_SERVICE"]), { note: "the investment-review queue: its roles are the registry entry's" }),
  // Staff record pages (issue 13 §4): read only, capability "records.view"; an unknown id is 404.
  page("/admin/projects/[id]", only(rolesWith("records.view")), { note: "read only; decisions stay on /admin/reviews/[id]" }),
  page("/admin/investments/[id]", only(rolesWith("records.view")), { note: "read only" }),
  page("/admin/deposits", only(rolesWith("records.view")), { note: "every deposit order, filtered by status and purpose" }),
  page("/admin/deposits/[id]", only(rolesWith("records.view")), { note: "read only" }),
  page("/admin/outflows/[id]", only(rolesWith("records.view")), {
    note: "read only; the card masked (the full number only on the transfer queue)",
  }),
  page("/admin/staff", only(["ADMIN"])),
  page("/admin/settings", only(["ADMIN"])),
  page("/admin/audit", only(["ADMIN"])),
  page("/admin/outbox", only(["ADMIN"]), {
    note: "development outbox: 404 for everyone when SMTP_URL is set or on a real production deployment (it holds activation links)",
  }),
  page("/admin/reconciliation", only(["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"]), {
    note: "reconciliation (对账): everyone reads; only customer service sees the import forms",
  }),
  page("/admin/reconciliation/differences/[id]", only(["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"]), {
    note: "only customer service sees the resolution forms; an unknown id is 404",
  }),
  page("/admin/reconciliation/report", only(["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"])),

  // Route handlers
  route("GET /api/health", anyone()),
  route("POST /api/test/public-cache", anyone(), {
    note: "test deployments only (the test clock's guard); 404 in production: e2e tests refresh cached pages after writing to the database",
  }),
  route("GET /api/viewer", anyone(), { note: "who is looking, for the header: the caller's own name and role only" }),
  route("GET /api/auth/[...nextauth]", anyone(), { note: "Auth.js endpoints (csrf, session, providers)" }),
  route("POST /api/auth/[...nextauth]", anyone(), { note: "Auth.js endpoints (credentials callback, sign-out)" }),
  route(
    "GET /api/documents/[id]",
    { ANONYMOUS: "notFound", INVESTOR: "notFound", COMPANY: "ok", CUSTOMER_SERVICE: "ok", SUPERVISOR: "ok", ADMIN: "notFound" },
    {
      otherOwner: { role: "COMPANY", outcome: "notFound", record: "company document" },
      note: "the owning company and the reviewers; everyone else gets 404, as for an id that does not exist",
    },
  ),
  route(
    "GET /api/loans/[id]/investing",
    { ANONYMOUS: "notFound", INVESTOR: "ok", COMPANY: "notFound", CUSTOMER_SERVICE: "notFound", SUPERVISOR: "notFound", ADMIN: "notFound" },
    {
      note: "the invest form's own figures (the caller's available balance, the exact remaining amount); 404 for anyone else or a project not open for funding",
    },
  ),
  route("GET /api/loans/[id]/investments", anyone(), {
    note: "a published project's masked investment records, one page (?page=N) for the project page's pager; 404 for a project the public cannot see, as the page",
  }),
  route("GET /api/wallet/transactions.csv", only(["INVESTOR", "COMPANY"]), {
    note: "the caller's own transactions as CSV (capability wallet.own); a visitor is sent to log in, staff to the no-access page, as for a page",
  }),
  route(
    "POST /api/payments/notifications",
    {
      ANONYMOUS: "unsigned",
      INVESTOR: "unsigned",
      COMPANY: "unsigned",
      CUSTOMER_SERVICE: "unsigned",
      SUPERVISOR: "unsigned",
      ADMIN: "unsigned",
    },
    {
      note: "the payment gateway's notifications, for no user: public, protected by its Standard Webhooks signature (PAYMENT_WEBHOOK_SECRET) verified over the raw body; no session, cookie or redirect. Refusals: 401 bad signature or timestamp, 400 malformed, 404 unknown order, 422 amount/currency, 409 second payment (lib/server/deposits/receive-notification.ts)",
    },
  ),
  // Staff lists as CSV (lib/server/exports/registry.ts): one route, one row per list, each the roles of its page.
  ...(
    [
      ["companies", REVIEWERS],
      ["preliminaryReviews", ["CUSTOMER_SERVICE"]],
      ["finalReviews", ["SUPERVISOR"]],
      ["fundraisingProjects", REVIEWERS],
      ["investmentReviews", ["CUSTOMER_SERVICE"]],
      ["fullSubscriptionReviews", ["SUPERVISOR"]],
      ["outflowApprovals", ["SUPERVISOR"]],
      ["outflowsToExecute", ["CUSTOMER_SERVICE"]],
      ["overdueProjects", REVIEWERS],
      ["statusChangeApprovals", ["SUPERVISOR"]],
      ["ownRequests", ["CUSTOMER_SERVICE"]],
      ["staff", ["ADMIN"]],
      ["auditLog", ["ADMIN"]],
      ["deposits", rolesWith("records.view")],
    ] as const satisfies readonly (readonly [string, readonly Role[]])[]
  ).map(([list, roles]) =>
    route(`GET /api/admin/exports/${list}`, only(roles), {
      instanceOf: "GET /api/admin/exports/[list]",
      note: "the list as CSV, whole (up to 1,000 rows) with the page's filters; a visitor is sent to log in, another role to the no-access page, as for its page",
    }),
  ),
  route("POST /api/jobs/[name]", nobody(), {
    note: "for an external scheduler, not for users (docs/jobs.md): no session opens it. With JOBS_SECRET set, `Authorization: Bearer <JOBS_SECRET>` runs the job and anything else gets 401; with none set (as in e2e), 404 for everyone",
  }),

  // Session actions
  action("app/_actions/session-actions.ts", "loginAction", anyone()),
  action("app/_actions/session-actions.ts", "logoutAction", anyone()),
  action("app/_actions/session-actions.ts", "switchLocaleAction", anyone()),

  // Deposits (充值): verified investors and companies (capability deposit.create; the service checks verification)
  action("app/_actions/deposit-actions.ts", "createDepositAction", only(["INVESTOR", "COMPANY"])),
  action("app/_actions/deposit-actions.ts", "checkDepositStatusAction", only(["INVESTOR", "COMPANY"]), {
    otherOwner: { role: "INVESTOR", outcome: "notFound", record: "deposit" },
  }),

  // Registration (public: a signed-in user who registers is signed in as the new account)
  action("app/[locale]/(per-user)/(auth)/register/actions.ts", "registerInvestorAction", anyone()),
  action("app/[locale]/(per-user)/(auth)/register/actions.ts", "registerCompanyAction", anyone()),

  // Staff activation and second factor
  action("app/[locale]/(per-user)/activate/[token]/actions.ts", "activateStaffAction", anyone(), { note: "the token is the credential" }),
  action("app/[locale]/(per-user)/(auth)/login/mfa/actions.ts", "verifyMfaAction", only(STAFF_ROLES), {
    note: "also a staff session still owing its code",
  }),
  action("app/[locale]/(per-user)/account/mfa/actions.ts", "confirmMfaEnrolmentAction", only(STAFF_ROLES), {
    note: "also a staff session still owing its enrolment",
  }),

  // Account
  action("app/[locale]/(per-user)/account/password/actions.ts", "changePasswordAction", only(ALL_ROLES), {
    note: "the caller's own password only",
  }),
  action("app/[locale]/(per-user)/notifications/actions.ts", "markNotificationReadAction", only(ALL_ROLES), {
    note: "the caller's own notices only: another user's id changes nothing",
  }),
  action("app/[locale]/(per-user)/notifications/actions.ts", "markAllNotificationsReadAction", only(ALL_ROLES), {
    note: "the caller's own notices only",
  }),

  // Investor
  action("app/[locale]/(per-user)/investor/actions.ts", "verifyInvestorAction", only(["INVESTOR"]), {
    note: "the caller's own account only",
  }),

  // Bank cards (investors and companies): the caller's own cards; another user's card answers NOT_FOUND
  action("app/_actions/bank-card-actions.ts", "bindBankCardAction", only(["INVESTOR", "COMPANY"]), {
    note: "a verified investor, or a company in good standing; the holder is the verified name",
  }),
  action("app/_actions/bank-card-actions.ts", "unbindBankCardAction", only(["INVESTOR", "COMPANY"]), {
    otherOwner: { role: "INVESTOR", outcome: "notFound", record: "bank card" },
  }),
  action("app/[locale]/(per-user)/investor/investments/actions.ts", "placeInvestmentAction", only(["INVESTOR"]), {
    note: "with the caller's own money only",
  }),
  action("app/[locale]/(per-user)/investor/investments/actions.ts", "cancelInvestmentAction", only(["INVESTOR"]), {
    otherOwner: { role: "INVESTOR", outcome: "notFound", record: "investment" },
  }),

  action("app/_actions/withdrawal-actions.ts", "requestWithdrawalAction", only(["INVESTOR", "COMPANY"]), {
    otherOwner: { role: "INVESTOR", outcome: "notFound", record: "bank card" },
    note: "from the caller's own available balance to one of the caller's own bound cards",
  }),

  // Company: every action works on the caller's own company; ids of another company's records answer NOT_FOUND
  action("app/[locale]/(per-user)/company/actions.ts", "updateCompanyProfileAction", only(["COMPANY"])),
  action("app/[locale]/(per-user)/company/actions.ts", "uploadCompanyDocumentAction", only(["COMPANY"])),
  action("app/[locale]/(per-user)/company/actions.ts", "deleteCompanyDocumentAction", only(["COMPANY"]), {
    otherOwner: { role: "COMPANY", outcome: "notFound", record: "company document" },
  }),
  action("app/[locale]/(per-user)/company/actions.ts", "submitCompanyVerificationAction", only(["COMPANY"])),
  action("app/[locale]/(per-user)/company/loans/actions.ts", "saveLoanDraftAction", only(["COMPANY"]), { otherOwner: ownLoanRequest }),
  action("app/[locale]/(per-user)/company/loans/actions.ts", "submitLoanRequestAction", only(["COMPANY"]), { otherOwner: ownLoanRequest }),
  action("app/[locale]/(per-user)/company/loans/actions.ts", "withdrawLoanRequestAction", only(["COMPANY"]), {
    otherOwner: ownLoanRequest,
  }),
  // Repayments (还款): the company's own loan only (capability loan.repay)
  action("app/[locale]/(per-user)/company/loans/[id]/repayment-actions.ts", "repayFromWalletAction", only(["COMPANY"]), {
    otherOwner: ownLoan,
  }),
  action("app/[locale]/(per-user)/company/loans/[id]/repayment-actions.ts", "repayThroughCheckoutAction", only(["COMPANY"]), {
    otherOwner: ownLoan,
  }),
  action("app/[locale]/(per-user)/company/loans/[id]/repayment-actions.ts", "repayEarlyAction", only(["COMPANY"]), {
    otherOwner: ownLoan,
    note: "for the quote's total the company confirmed; CONFLICT if it changed since",
  }),

  // Staff: customer service makes, the supervisor checks, the admin runs accounts and settings
  action("app/[locale]/(per-user)/admin/companies/actions.ts", "requestActivationAction", only(["CUSTOMER_SERVICE"])),
  action("app/[locale]/(per-user)/admin/companies/actions.ts", "returnVerificationAction", only(["CUSTOMER_SERVICE"])),
  action("app/[locale]/(per-user)/admin/companies/actions.ts", "requestCompanyStatusAction", only(["CUSTOMER_SERVICE"]), {
    note: "opens a review request for CLEAR_WATCH, UPGRADE, BLACKLIST, LIFT_BLACKLIST or DEACTIVATE; a supervisor approves it",
  }),
  action("app/[locale]/(per-user)/admin/reviews/actions.ts", "passPreliminaryAction", only(["CUSTOMER_SERVICE"])),
  action("app/[locale]/(per-user)/admin/reviews/actions.ts", "returnForRevisionAction", only(REVIEWERS), {
    note: "customer service at the preliminary stage, the supervisor at the final one",
  }),
  action("app/[locale]/(per-user)/admin/reviews/actions.ts", "rejectLoanProjectAction", only(REVIEWERS), {
    note: "customer service at the preliminary stage, the supervisor at the final one",
  }),
  action("app/[locale]/(per-user)/admin/reviews/actions.ts", "publishLoanProjectAction", only(["SUPERVISOR"])),
  action("app/[locale]/(per-user)/admin/reviews/cancel-actions.ts", "requestProjectCancelAction", only(["CUSTOMER_SERVICE"]), {
    note: "opens a review request; a supervisor approves the CANCEL",
  }),
  action("app/[locale]/(per-user)/admin/overdue/actions.ts", "requestBadDebtDeclarationAction", only(["CUSTOMER_SERVICE"]), {
    note: "opens a review request; a supervisor approves the DECLARE_BAD_DEBT (90 days overdue, checked at both)",
  }),
  action("app/[locale]/(per-user)/admin/overdue/actions.ts", "requestCompanyBlacklistAction", only(["CUSTOMER_SERVICE"]), {
    note: "opens a review request; a supervisor approves the BLACKLIST (a BAD_DEBT project)",
  }),
  action("app/[locale]/(per-user)/admin/disbursements/actions.ts", "approveDisbursementAction", only(["SUPERVISOR"])),
  action("app/[locale]/(per-user)/admin/disbursements/actions.ts", "rejectDisbursementAction", only(["SUPERVISOR"])),
  action("app/[locale]/(per-user)/admin/disbursements/actions.ts", "reissuePayoutAction", only(["SUPERVISOR"]), {
    note: "a new payout after the approved one failed before its transfer",
  }),
  action("app/[locale]/(per-user)/admin/investments/actions.ts", "confirmInvestmentAction", only(["CUSTOMER_SERVICE"])),
  action("app/[locale]/(per-user)/admin/investments/actions.ts", "rejectInvestmentAction", only(["CUSTOMER_SERVICE"])),
  action("app/[locale]/(per-user)/admin/requests/actions.ts", "cancelOwnRequestAction", only(["CUSTOMER_SERVICE"]), {
    otherOwner: { role: "CUSTOMER_SERVICE", outcome: "notFound", record: "review request" },
  }),
  action("app/[locale]/(per-user)/admin/approvals/actions.ts", "approveRequestAction", only(["SUPERVISOR"]), {
    note: "never the request's maker",
  }),
  action("app/[locale]/(per-user)/admin/approvals/actions.ts", "rejectRequestAction", only(["SUPERVISOR"]), {
    note: "never the request's maker",
  }),
  action("app/[locale]/(per-user)/admin/outflows/actions.ts", "approveOutflowAction", only(["SUPERVISOR"])),
  action("app/[locale]/(per-user)/admin/outflows/actions.ts", "rejectOutflowAction", only(["SUPERVISOR"])),
  action("app/[locale]/(per-user)/admin/outflows/actions.ts", "recordOutflowTransferAction", only(["CUSTOMER_SERVICE"]), {
    note: "never the supervisor who approved it",
  }),
  action("app/[locale]/(per-user)/admin/outflows/actions.ts", "requestOutflowFailureAction", only(["CUSTOMER_SERVICE"]), {
    note: "a review request: a supervisor approves the failure",
  }),
  action("app/[locale]/(per-user)/admin/outflows/actions.ts", "revealOutflowCardAction", only(["CUSTOMER_SERVICE"]), {
    note: "an approved outflow's card, audited",
  }),
  action("app/[locale]/(per-user)/admin/reconciliation/actions.ts", "importStatementAction", only(["CUSTOMER_SERVICE"])),
  action("app/[locale]/(per-user)/admin/reconciliation/actions.ts", "fetchStatementAction", only(["CUSTOMER_SERVICE"]), {
    note: "fetches the statement from the payment gateway, then imports it",
  }),
  action("app/[locale]/(per-user)/admin/reconciliation/actions.ts", "requestResolutionAction", only(["CUSTOMER_SERVICE"]), {
    note: "a review request: a supervisor approves the resolution",
  }),
  action("app/[locale]/(per-user)/admin/staff/actions.ts", "createStaffAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/staff/actions.ts", "updateStaffAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/staff/actions.ts", "resendInvitationAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/staff/actions.ts", "resetStaffMfaAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/settings/invitation-actions.ts", "updateInvitationLifetimeAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/settings/actions.ts", "updateLoanLimitsAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/settings/site-footer-actions.ts", "updateSiteFooterAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/settings/service-fee-actions.ts", "updateServiceFeeAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/settings/investment-actions.ts", "updateInvestmentSettingsAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/settings/overdue-actions.ts", "updateOverdueSettingsAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/settings/company-status-actions.ts", "updateCompanyStatusSettingsAction", only(["ADMIN"])),
  action("app/[locale]/(per-user)/admin/settings/repayment-settings-actions.ts", "updateRepaymentSettingsAction", only(["ADMIN"])),
];

/** The action rows' module path and export name. */
export function splitActionTarget(target: string): { module: string; name: string } {
  const [module, name] = target.split("#");
  return { module, name };
}
