import { addDays, addMonths, type BusinessDate, businessDateOf, calendarMonthOf } from "@/lib/domain/dates";
import { fixedClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import { platformGateway, postEntry, userAvailable } from "@/lib/server/ledger";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { expect, type TestUser, test } from "./support/fixtures";
import { fitsThePhone, investorAndCompanyOnPhone, PHONE } from "./support/phone";
import { insertProject } from "./support/projects";

/**
 * Issue 12, item 5: what an investor sees of a loan being repaid (the calendar with an upcoming amount, the
 * investment's schedule) and the home page's repayment figures, on a 390 px phone. The loan is written straight
 * into the database (disbursement has its own tests): one HOLDING investment of the whole ¥100,000 with its claims
 * on two instalments, the first due today (upcoming this month), the second a month later; then the company repays
 * the first through the real service and it shows as received.
 */

type Database = Parameters<Parameters<typeof test>[2]>[0]["database"];
const NOT_FOUND = "未找到相关内容。";

async function holdingInvestment(database: Database, investor: TestUser, company: TestUser, today: BusinessDate) {
  const project = await insertProject(database, company, {
    title: "回款日历测试项目",
    rateBp: 1200,
    method: "EQUAL_PRINCIPAL",
    termMonths: 2,
    status: "REPAYING",
    fundedFen: 100_000_00n,
  });
  const investment = await database.prisma.investment.create({
    data: { projectId: project.id, investorId: investor.id, amountFen: 100_000_00n, status: "HOLDING" },
  });
  // ¥100,000 over two months at 12 %: ¥50,000 of principal each, ¥1,000 then ¥500 of interest, all of it ours.
  const dueDates = [today, addMonths(today, 1)];
  const parts = [
    { principalFen: 50_000_00n, interestFen: 1_000_00n },
    { principalFen: 50_000_00n, interestFen: 500_00n },
  ];
  for (const [index, part] of parts.entries()) {
    const instalment = await database.prisma.repaymentInstalment.create({
      data: {
        projectId: project.id,
        number: index + 1,
        dueDate: new Date(`${dueDates[index]}T00:00:00Z`),
        principalFen: part.principalFen,
        interestFen: part.interestFen,
      },
    });
    await database.prisma.claimInstalment.create({
      data: {
        instalmentId: instalment.id,
        investmentId: investment.id,
        principalFen: part.principalFen,
        interestFen: part.interestFen,
      },
    });
  }
  return investment;
}

/** The company tops its wallet up by ¥51,000 and pays instalment 1 with it, through repayFromWallet, now. */
async function repayFirstInstalment(database: Database, company: TestUser, projectId: string) {
  await withTransaction(database.prisma, (tx) =>
    postEntry(tx, {
      idempotencyKey: `e2e-repayment-screens-topup-${projectId}`,
      kind: "DEPOSIT",
      postings: [
        { account: platformGateway(), amountFen: -51_000_00n },
        { account: userAvailable(company.id), amountFen: 51_000_00n },
      ],
    }),
  );
  await repayFromWallet(
    database.prisma,
    { id: company.id, role: "COMPANY" },
    { projectId, amountFen: 51_000_00n },
    { clock: fixedClock(new Date(), "Asia/Shanghai") },
  );
}

test("an investor sees this month's upcoming repayment, the investment's schedule, then the repayment received · 390 px", async ({
  page,
  makeUser,
  loginAs,
  database,
  baseURL,
}) => {
  const { investor, company } = await investorAndCompanyOnPhone({ page, makeUser, baseURL }, "zh-CN");
  const today = businessDateOf(new Date(), "Asia/Shanghai");
  const investment = await holdingInvestment(database, investor, company, today);
  await loginAs(investor);

  await page.goto("/investor");
  await page.getByRole("link", { name: "回款日历" }).click();
  await expect(page).toHaveURL(/\/investor\/calendar$/);
  await expect(page.getByTestId("calendar-month")).toContainText(today.slice(0, 4));
  // ¥50,000 + ¥1,000 of interest less the 10 % fee (¥100): ¥50,900.00 due today.
  await expect(page.getByTestId("month-upcoming-net")).toHaveText("¥50,900.00");
  await expect(page.getByTestId("month-received-net")).toHaveText("¥0.00");
  // Under 640 px the grid gives way to the day list.
  await expect(page.getByTestId("calendar-grid")).toBeHidden();
  const day = page.getByTestId(`calendar-list-${today}`);
  await expect(day).toContainText("回款日历测试项目");
  await expect(day).toContainText("¥50,900.00");
  await fitsThePhone(page);
  // From 640 px the month grid shows the day's amount too.
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(page.getByTestId(`calendar-day-${today}`)).toContainText("¥50,900.00");
  await page.setViewportSize(PHONE);

  // The next month holds the second instalment; the one before holds nothing.
  await page.getByTestId("calendar-next").click();
  await expect(page).toHaveURL(new RegExp(`month=${calendarMonthOf(addMonths(today, 1))}`));
  await expect(page.getByTestId("month-upcoming-net")).toHaveText("¥50,450.00");
  await page.goto(`/investor/calendar?month=${calendarMonthOf(addDays(`${calendarMonthOf(today)}-01` as BusinessDate, -1))}`);
  await expect(page.getByText("本月没有回款。")).toBeVisible();

  // From the investments list to the schedule.
  await page.goto("/investor/investments");
  await page.getByTestId("investment-schedule-link").first().click();
  await expect(page).toHaveURL(`${baseURL}/investor/investments/${investment.id}`);
  const lines = page.getByTestId("schedule-line");
  await expect(lines).toHaveCount(2);
  await expect(lines.first()).toContainText(today);
  await expect(lines.first()).toContainText("¥50,000.00");
  await expect(page.getByTestId("schedule-standing").first()).toHaveText("待回款");
  // Issue 14: the last instalment absorbs the rounding; the interest actually paid on this claim is ¥1,500.
  await expect(page.getByTestId("schedule-rounding-note")).toContainText("尾差由最后一期承担");
  await expect(page.getByTestId("schedule-rounding-note")).toContainText("¥1,500.00");
  await fitsThePhone(page);

  // The company repays the first instalment from its wallet (the real service): it is received today.
  await repayFirstInstalment(database, company, investment.projectId);
  await page.goto("/investor/calendar");
  await expect(page.getByTestId("month-received-net")).toHaveText("¥50,900.00");
  await expect(page.getByTestId("month-upcoming-net")).toHaveText("¥0.00");
  await expect(page.getByTestId(`calendar-list-${today}`).getByTestId("calendar-item-received")).toContainText("¥50,900.00");
  // The returns by month: ¥1,000 of interest less ¥100 of fee this month.
  await expect(page.getByTestId(`returns-${calendarMonthOf(today)}`)).toContainText("¥900.00");
  await fitsThePhone(page);
  await page.goto(`/investor/investments/${investment.id}`);
  await expect(page.getByTestId("schedule-standing").first()).toHaveText("已回款");
  await expect(page.getByTestId("schedule-received-total")).toHaveText("¥50,900.00");

  // Someone else's investment is not there at all.
  const other = await makeUser("INVESTOR");
  const theirs = await database.prisma.investment.create({
    data: { projectId: investment.projectId, investorId: other.id, amountFen: 10_000n, status: "HOLDING" },
  });
  // The not-found page (status 200: the investor pages stream behind investor/loading.tsx, so the status is
  // sent before the page finds the investment is not the caller's; Next.js marks it noindex).
  await page.goto(`/investor/investments/${theirs.id}`);
  await expect(page.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
  await expect(page.getByTestId("investment-schedule")).toHaveCount(0);
  await expect(page.getByTestId("schedule-summary")).toHaveCount(0);
});

test("a company's loans list shows the next instalment, what is owed now and the days overdue · English · 390 px", async ({
  page,
  makeUser,
  loginAs,
  database,
  baseURL,
}) => {
  await page.setViewportSize(PHONE);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL as string }]);
  const today = businessDateOf(new Date(), "Asia/Shanghai");
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const project = await insertProject(database, company, {
    title: "Overdue loan list test",
    rateBp: 1200,
    method: "EQUAL_PRINCIPAL",
    termMonths: 2,
    status: "OVERDUE",
    fundedFen: 100_000_00n,
  });
  // Instalment 1 was due ten days ago and is overdue with ¥25.50 of penalty; instalment 2 is due in a month.
  const due = [addDays(today, -10), addMonths(today, 1)];
  await database.prisma.repaymentInstalment.create({
    data: {
      projectId: project.id,
      number: 1,
      dueDate: new Date(`${due[0]}T00:00:00Z`),
      principalFen: 50_000_00n,
      interestFen: 1_000_00n,
      penaltyFen: 25_50n,
      overdueSince: new Date(`${addDays(today, -6)}T00:00:00Z`),
      penaltyAccruedOn: new Date(`${today}T00:00:00Z`),
    },
  });
  await database.prisma.repaymentInstalment.create({
    data: { projectId: project.id, number: 2, dueDate: new Date(`${due[1]}T00:00:00Z`), principalFen: 50_000_00n, interestFen: 500_00n },
  });
  await loginAs(company);
  await page.goto("/company/loans");
  const standing = page.getByTestId("loan-request-row").filter({ hasText: "Overdue loan list test" }).getByTestId("loan-standing");
  await expect(standing).toContainText(`Next due ${due[1]}: ¥50,500.00`);
  await expect(standing).toContainText("Owed now: ¥51,025.50");
  await expect(standing.getByTestId("loan-overdue-days")).toHaveText("Overdue 10 days");
  await fitsThePhone(page);
  // Issue 14: the loan's own schedule says the last instalment absorbs the rounding, with the interest paid.
  await page.goto(`/company/loans/${project.id}`);
  await expect(page.getByTestId("repayment-row")).toHaveCount(2);
  // The note under the repayment table (the page shows the loan's schedule with its own note too).
  const note = page.getByTestId("repayment-schedule").locator("xpath=ancestor::div[1]").getByTestId("schedule-rounding-note");
  await expect(note).toContainText("The last instalment absorbs the rounding");
  await expect(note).toContainText("Interest actually paid: ¥1,500.00");
  await fitsThePhone(page);
});

test("the home page shows the total repaid and the overdue rate with its definition · English · 390 px", async ({ page, baseURL }) => {
  await page.setViewportSize(PHONE);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL as string }]);
  await page.goto("/");
  const repaid = page.getByTestId("stat-total-repaid");
  await expect(repaid).toHaveText(/^¥[\d,]+\.\d\d$/);
  await expect(page.getByText("Total repaid")).toBeVisible();
  await expect(page.getByText("Principal and interest paid back to investors, after the platform's interest fee")).toBeVisible();
  await expect(page.getByTestId("stat-overdue-rate")).toHaveText(/^\d+\.\d\d%$/);
  await expect(
    page.getByText("Owed now on overdue instalments (penalty included) ÷ principal still outstanding on all loans"),
  ).toBeVisible();
  await fitsThePhone(page);
});
