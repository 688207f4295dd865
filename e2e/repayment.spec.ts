import { fenToYuanString } from "@/lib/domain/money";
import { systemClock } from "@/lib/server/clock";
import { assertLedgerInvariants } from "../tests/integration/support/ledger-invariants";
import { actorPage, uniqueTag } from "./support/company-helpers";
import { expect, test, waitForHydration } from "./support/fixtures";
import { receivedPrincipalByInvestment, repayingLoan, topUpWallet } from "./support/repaying";

/**
 * The company's repayment section on its loan's page (issue 12 item 1), on the real clock: the loan was paid out
 * today, so nothing is due yet and "pay" proposes the first instalment (it may be prepaid). The company pays it
 * from its wallet, confirming; the schedule shows it paid. Then at 390 px it repays the rest early for the quote
 * shown, and the loan is settled with every investor's principal back.
 */
test("a company pays an instalment from its wallet, then repays the rest early at 390 px", async ({ browser, database, makeUser }) => {
  const db = database.prisma;
  const loan = await repayingLoan(database, makeUser, systemClock("Asia/Shanghai"), { title: `还款 ${uniqueTag()}`, termMonths: 3 });
  await topUpWallet(database, loan.company.id, 20_000_000n);
  const first = await db.repaymentInstalment.findFirstOrThrow({ where: { projectId: loan.projectId, number: 1 } });

  const page = await actorPage(browser, loan.company);
  await page.goto(`/company/loans/${loan.projectId}`);
  const rows = page.getByTestId("repayment-schedule").getByTestId("repayment-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toHaveAttribute("data-standing", "UPCOMING");
  await expect(page.getByTestId("repayment-history-empty")).toBeVisible();

  const form = page.getByTestId("repay-form");
  await waitForHydration(form);
  // Proposed: the first instalment, principal and interest.
  await expect(form.getByRole("textbox")).toHaveValue(fenToYuanString(first.principalFen + first.interestFen));
  await form.getByRole("button", { name: "还款" }).click();
  await expect(page.getByTestId("repay-result")).toBeVisible();
  await expect(rows.first()).toHaveAttribute("data-standing", "PAID");
  await expect(page.getByTestId("repayment-history").locator("li")).toHaveCount(1);
  expect((await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("PAID");
  await assertLedgerInvariants(db);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  const quote = page.getByTestId("repay-early-quote");
  await expect(quote).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  const early = page.getByTestId("repay-early-form");
  await waitForHydration(early);
  await early.getByRole("button").click();
  await expect(page.getByTestId("repay-settled")).toBeVisible();
  await expect(page.getByTestId("loan-status")).toHaveText("已结清");
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) await expect(row).toHaveAttribute("data-standing", "PAID");

  const received = await receivedPrincipalByInvestment(database, loan.projectId);
  for (const investor of loan.investors) expect(received.get(investor.investmentId)).toBe(investor.amountFen);
  await assertLedgerInvariants(db);
  await page.context().close();
});

test("a company pays an instalment through the sandbox checkout; the credited payment repays it", async ({
  browser,
  database,
  makeUser,
}) => {
  const db = database.prisma;
  const loan = await repayingLoan(database, makeUser, systemClock("Asia/Shanghai"), { title: `收银台还款 ${uniqueTag()}`, termMonths: 3 });
  const first = await db.repaymentInstalment.findFirstOrThrow({ where: { projectId: loan.projectId, number: 1 } });
  const page = await actorPage(browser, loan.company);
  await page.goto(`/company/loans/${loan.projectId}`);
  const form = page.getByTestId("repay-checkout-form");
  await waitForHydration(form);
  await form.getByRole("button", { name: "前往收银台支付" }).click();
  await expect(page.getByTestId("checkout-amount")).toBeVisible();
  await page.getByRole("button", { name: "支付 Pay" }).click();
  await page.waitForURL((url) => url.pathname === `/company/loans/${loan.projectId}` && url.searchParams.has("orderNo"));

  await expect
    .poll(async () => (await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } })).status, { timeout: 20_000 })
    .toBe("PAID");
  await page.reload();
  await expect(page.getByTestId("repay-checkout-status")).toBeVisible();
  await expect(page.getByTestId("repayment-schedule").getByTestId("repayment-row").first()).toHaveAttribute("data-standing", "PAID");
  const repayment = await db.repayment.findFirstOrThrow({ where: { projectId: loan.projectId } });
  expect(repayment.depositId).not.toBeNull();
  expect(repayment.amountFen).toBe(first.principalFen + first.interestFen);
  await assertLedgerInvariants(db);
  await page.context().close();
});
