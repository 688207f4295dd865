import type { Browser, Page } from "@playwright/test";
import { addDays, type BusinessDate } from "@/lib/domain/dates";
import { assertLedgerInvariants } from "../tests/integration/support/ledger-invariants";
import { actorPage, findInQueue, uniqueTag } from "./support/company-helpers";
import { expect, type TestUser, test, waitForHydration } from "./support/fixtures";
import { receivedPrincipalByInvestment, repayingLoan, topUpWallet } from "./support/repaying";
import { e2eClock, resetClockAroundSpec, runJobNow, setClock, setClockToBusinessDate } from "./support/test-clock";

/**
 * Issue 12, "Done when", with the test clock. One loan is repaid on time: the clock moves to each due date and the
 * company pays the instalment from its wallet on its loan's page, until the loan is SETTLED. Another is not paid:
 * the daily job (run at each business date the walk reaches) marks it OVERDUE and the company WATCH; at 90 days
 * customer service files the bad-debt declaration and the blacklisting from the overdue queue and a supervisor
 * approves each (BAD_DEBT, BLACKLIST); the company repays everything with the penalty; customer service files
 * the lifting of the blacklist on the company's page and a supervisor approves it (NORMAL). Each investor
 * received exactly their principal; the ledger invariants hold after each walk.
 *
 * The set-up before the payout (funding, disbursement) goes through the services in-process (e2e/support/
 * repaying.ts): money-walk.spec.ts and disbursement.spec.ts walk those steps in the browser.
 */
resetClockAroundSpec();
test.describe.configure({ mode: "serial" });

// Every step crosses days or months of the clock and several actors' logins.
test.setTimeout(240_000);

const TEXT = {
  pay: "还款",
  settled: "已结清",
  watch: "关注",
  blacklist: "黑名单",
  normal: "正常",
  reason: "原因",
  queueReason: "理由（主管可见）",
  fileBadDebt: "提交坏账认定",
  fileBlacklist: "提交企业黑名单申请",
  liftBlacklist: "申请解除黑名单（主管审批）",
  approve: "批准",
};

const dateOf = (instant: Date) => instant.toISOString().slice(0, 10) as BusinessDate;

/** The company's loan page, freshly logged in (the session of a day or a month ago has expired). */
async function companyLoanPage(browser: Browser, company: TestUser, projectId: string): Promise<Page> {
  const page = await actorPage(browser, company);
  await page.goto(`/company/loans/${projectId}`);
  return page;
}

/** The company pays what is due now from its wallet on its loan's page (the amount the form proposes). */
async function payFromWallet(page: Page) {
  const form = page.getByTestId("repay-form");
  await waitForHydration(form);
  await form.getByRole("button", { name: TEXT.pay }).click();
  // The wallet form's outcome stays on the page, also after the payment that settles the loan.
  await expect(page.getByTestId("repay-result")).toBeVisible();
}

/** Customer service files the bad-debt declaration or the blacklisting from the overdue project's card in /admin/overdue. */
async function fileFromOverdueQueue(browser: Browser, cs: TestUser, title: string, which: "bad-debt" | "blacklist") {
  const page = await actorPage(browser, cs);
  const row = await findInQueue(page, "/admin/overdue", "overdue-row", title);
  if (which === "bad-debt") await expect(row.getByTestId("days-overdue")).toHaveText("90 天");
  const card = row.locator("xpath=ancestor::section[1]");
  const form = card.getByTestId(`${which}-form`);
  await waitForHydration(form);
  await form.getByLabel(TEXT.queueReason, { exact: true }).fill(which === "bad-debt" ? "逾期满 90 天，多次催收未果。" : "项目已认定坏账。");
  await form.getByRole("button", { name: which === "bad-debt" ? TEXT.fileBadDebt : TEXT.fileBlacklist }).click();
  await expect(card.getByTestId(`${which}-pending`)).toBeVisible();
  await page.context().close();
}

/** A supervisor approves the pending request about `text` in /admin/approvals. */
async function approveRequest(browser: Browser, supervisor: TestUser, text: string) {
  const sup = await actorPage(browser, supervisor);
  const row = await findInQueue(sup, "/admin/approvals", "approval-row", text);
  const approve = row.first().getByTestId("approve-form");
  await waitForHydration(approve);
  await approve.getByRole("button", { name: TEXT.approve }).click();
  await expect(sup.getByTestId("approval-row").filter({ hasText: text })).toHaveCount(0);
  await sup.context().close();
}

test("a loan repaid on time, each instalment on its due date, is SETTLED; each investor gets back their principal", async ({
  browser,
  database,
  makeUser,
}) => {
  const db = database.prisma;
  setClock("2027-01-04T10:00");
  const loan = await repayingLoan(database, makeUser, e2eClock(), { title: `按期还款 ${uniqueTag()}`, termMonths: 3 });
  // The payout went to the company's bank card: it tops its wallet up for the principal and interest.
  await topUpWallet(database, loan.company.id, 11_000_000n);
  const instalments = await db.repaymentInstalment.findMany({ where: { projectId: loan.projectId }, orderBy: { number: "asc" } });
  expect(instalments).toHaveLength(3);

  for (const instalment of instalments) {
    setClockToBusinessDate(dateOf(instalment.dueDate), 10);
    const page = await companyLoanPage(browser, loan.company, loan.projectId);
    await payFromWallet(page);
    const paid = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: instalment.id } });
    expect(paid.status, `instalment ${instalment.number} paid on its due date`).toBe("PAID");
    expect(paid.penaltyFen).toBe(0n);
    await page.context().close();
  }

  const settled = await db.loanProject.findUniqueOrThrow({ where: { id: loan.projectId } });
  expect(settled.status).toBe("SETTLED");
  const investments = await db.investment.findMany({ where: { projectId: loan.projectId } });
  expect(investments.map((i) => i.status)).toEqual(["SETTLED", "SETTLED", "SETTLED"]);
  const received = await receivedPrincipalByInvestment(database, loan.projectId);
  for (const investor of loan.investors) expect(received.get(investor.investmentId), investor.user.email).toBe(investor.amountFen);
  const page = await companyLoanPage(browser, loan.company, loan.projectId);
  await expect(page.getByTestId("loan-status")).toHaveText(TEXT.settled);
  await page.context().close();
  await assertLedgerInvariants(db);
});

test("an unpaid loan goes overdue, is declared bad debt at 90 days (company blacklisted), is repaid with penalty, and the blacklist is lifted", async ({
  browser,
  database,
  makeUser,
}) => {
  const db = database.prisma;
  setClock("2027-05-06T10:00");
  const loan = await repayingLoan(database, makeUser, e2eClock(), { title: `逾期坏账 ${uniqueTag()}`, termMonths: 3 });
  const company = await db.company.findUniqueOrThrow({ where: { userId: loan.company.id } });
  const first = await db.repaymentInstalment.findFirstOrThrow({ where: { projectId: loan.projectId, number: 1 } });
  const due = dateOf(first.dueDate);
  const cs = await makeUser("CUSTOMER_SERVICE");
  const supervisor = await makeUser("SUPERVISOR");
  const statusOf = async () => ({
    project: (await db.loanProject.findUniqueOrThrow({ where: { id: loan.projectId } })).status,
    company: (await db.company.findUniqueOrThrow({ where: { id: company.id } })).status,
  });

  // Within the grace days (3 by default) nothing happens; the day after, the job marks it overdue.
  setClockToBusinessDate(addDays(due, 3), 0);
  await runJobNow(db, "mark-overdue");
  expect(await statusOf()).toEqual({ project: "REPAYING", company: "NORMAL" });
  setClockToBusinessDate(addDays(due, 4), 0);
  await runJobNow(db, "mark-overdue");
  expect(await statusOf()).toEqual({ project: "OVERDUE", company: "WATCH" });
  const accrued = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
  expect(accrued.penaltyFen).toBeGreaterThan(0n);
  // The same business day again: nothing changes.
  await runJobNow(db, "mark-overdue");
  expect((await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } })).penaltyFen).toBe(accrued.penaltyFen);

  const csPage = await actorPage(browser, cs);
  await csPage.goto(`/admin/companies/${company.id}`);
  await expect(csPage.getByTestId("company-status")).toHaveText(TEXT.watch);
  await csPage.context().close();

  // 90 days overdue: the project is in customer service's queue, which files the bad-debt declaration from there;
  // once a supervisor has approved it, the company's blacklisting.
  // A day before, the project is in the queue but offers no declaration yet.
  setClockToBusinessDate(addDays(due, 89), 9);
  await runJobNow(db, "mark-overdue");
  const early = await actorPage(browser, cs);
  const earlyRow = await findInQueue(early, "/admin/overdue", "overdue-row", loan.title);
  await expect(earlyRow.getByTestId("days-overdue")).toHaveText("89 天");
  await expect(earlyRow.locator("xpath=ancestor::section[1]").getByTestId("bad-debt-form")).toHaveCount(0);
  await early.context().close();
  setClockToBusinessDate(addDays(due, 90), 9);
  await runJobNow(db, "mark-overdue");
  await fileFromOverdueQueue(browser, cs, loan.title, "bad-debt");
  await approveRequest(browser, supervisor, loan.title);
  expect(await statusOf()).toEqual({ project: "BAD_DEBT", company: "WATCH" });
  await fileFromOverdueQueue(browser, cs, loan.title, "blacklist");
  await approveRequest(browser, supervisor, company.name);
  expect(await statusOf()).toEqual({ project: "BAD_DEBT", company: "BLACKLIST" });

  // The company repays everything it owes, penalty included, from its wallet.
  setClockToBusinessDate(addDays(due, 95), 10);
  await runJobNow(db, "mark-overdue");
  await topUpWallet(database, loan.company.id, 20_000_000n);
  const page = await companyLoanPage(browser, loan.company, loan.projectId);
  await payFromWallet(page);
  await page.context().close();
  const instalments = await db.repaymentInstalment.findMany({ where: { projectId: loan.projectId } });
  expect(instalments.map((i) => i.status)).toEqual(["PAID", "PAID", "PAID"]);
  expect(instalments.reduce((sum, i) => sum + i.paidPenaltyFen, 0n)).toBeGreaterThan(0n);
  expect(await statusOf()).toEqual({ project: "SETTLED", company: "BLACKLIST" });

  // Customer service files the lifting on the company's page; the supervisor approves it.
  const lift = await actorPage(browser, cs);
  await lift.goto(`/admin/companies/${company.id}`);
  const form = lift.getByTestId("request-lift-blacklist-form");
  await waitForHydration(form);
  await form.getByLabel(TEXT.reason, { exact: true }).fill("欠款及罚息已全部还清。");
  await form.getByRole("button", { name: TEXT.liftBlacklist }).click();
  await expect(lift.getByTestId("request-lift-blacklist-form")).toHaveCount(0);
  await lift.context().close();
  await approveRequest(browser, supervisor, company.name);
  expect((await statusOf()).company).toBe("NORMAL");

  const received = await receivedPrincipalByInvestment(database, loan.projectId);
  for (const investor of loan.investors) expect(received.get(investor.investmentId), investor.user.email).toBe(investor.amountFen);
  await assertLedgerInvariants(db);
});
