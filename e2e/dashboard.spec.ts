import type { Locator, Page } from "@playwright/test";
import { addDays, type BusinessDate, businessDateOf, calendarMonthOf, firstDayOf, shiftCalendarMonth } from "@/lib/domain/dates";
import { actorPage, uniqueTag } from "./support/company-helpers";
import { expect, test } from "./support/fixtures";
import { insertProject } from "./support/projects";

/**
 * Issue 13 item 3: every staff role lands on /admin with its queues' counts and the age of each oldest item; the
 * supervisor and the admin also see four charts whose tables carry the figures. The e2e database is shared by
 * parallel specs: the figures asserted are deltas in months and buckets no other spec writes to (nine and ten
 * months back, 31–60 days overdue), read before and after this spec's own rows. Texts are zh-CN
 * (messages/zh-CN/dashboard.json).
 */

const ZONE = "Asia/Shanghai";
const today = () => businessDateOf(new Date(), ZONE);
const monthsAgo = (n: number) => shiftCalendarMonth(calendarMonthOf(today()), -n);
const HOUR = 3_600_000;

/** "¥1,234.56" → 123456n (fen), "-¥0.50" → -50n. */
function fenOf(text: string): bigint {
  const match = text.replace(/,/g, "").match(/(-?)¥(\d+)\.(\d{2})/);
  if (!match) throw new Error(`no amount in ${text}`);
  return (match[1] ? -1n : 1n) * (BigInt(match[2] ?? "0") * 100n + BigInt(match[3] ?? "0"));
}

/** A table row's cells (the row header first) as text. */
async function cells(row: Locator): Promise<string[]> {
  return row.locator("th, td").allInnerTexts();
}

/** The age shown under a queue's count, in days ("最早：3 天"), or the unit when shorter. */
async function oldestDays(page: Page, queue: string): Promise<number> {
  const text = (await page.getByTestId(`queue-${queue}-oldest`).textContent()) ?? "";
  const match = text.match(/最早：(\d+) 天/);
  if (!match) throw new Error(`oldest of ${queue} is not in days: ${text}`);
  return Number(match[1]);
}

test("each staff role lands on its queues with counts and the age of the oldest item; only the supervisor and the admin get charts", async ({
  browser,
  makeUser,
  database,
}) => {
  test.setTimeout(180_000); // three staff logins, each with its second factor
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const tag = uniqueTag();
  const preliminary = await insertProject(database, company, {
    title: `待初审 ${tag}`,
    rateBp: 1000,
    method: "BULLET",
    status: "PENDING_PRELIMINARY_REVIEW",
  });
  await database.prisma.loanProject.update({
    where: { id: preliminary.id },
    data: { submittedAt: new Date(Date.now() - 3 * 24 * HOUR - HOUR) },
  });
  const final = await insertProject(database, company, {
    title: `待复审 ${tag}`,
    rateBp: 1000,
    method: "BULLET",
    status: "PENDING_FINAL_REVIEW",
  });
  await database.prisma.loanProject.update({ where: { id: final.id }, data: { submittedAt: new Date(Date.now() - 2 * 24 * HOUR - HOUR) } });

  const cs = await actorPage(browser, await makeUser("CUSTOMER_SERVICE"));
  await cs.goto("/admin");
  await expect(cs.getByTestId("queue-preliminaryReviews")).toHaveText(/^\d+$/);
  expect(Number(await cs.getByTestId("queue-preliminaryReviews").textContent())).toBeGreaterThanOrEqual(1);
  // At least as old as this spec's own project (older ones of other specs may lead the queue).
  expect(await oldestDays(cs, "preliminaryReviews")).toBeGreaterThanOrEqual(3);
  // The card links to its queue.
  await expect(cs.getByTestId("queue-preliminaryReviews").locator("xpath=..").getByRole("link")).toHaveAttribute(
    "href",
    "/admin/reviews/preliminary",
  );
  await expect(cs.getByTestId("chart-financed")).toHaveCount(0);
  await expect(cs.getByTestId("financed-table")).toHaveCount(0);
  await cs.context().close();

  const sup = await actorPage(browser, await makeUser("SUPERVISOR"));
  await sup.goto("/admin");
  expect(Number(await sup.getByTestId("queue-finalReviews").textContent())).toBeGreaterThanOrEqual(1);
  expect(await oldestDays(sup, "finalReviews")).toBeGreaterThanOrEqual(2);
  for (const table of ["financed-table", "repayments-table", "overdue-table", "aging-table"])
    await expect(sup.getByTestId(table)).toBeVisible();
  await sup.context().close();

  const admin = await actorPage(browser, await makeUser("ADMIN"));
  await admin.goto("/admin");
  expect(Number(await admin.getByTestId("queue-staff").textContent())).toBeGreaterThanOrEqual(1);
  // Staff accounts do not wait: no age.
  await expect(admin.getByTestId("queue-staff-oldest")).toHaveCount(0);
  await expect(admin.getByTestId("aging-table")).toBeVisible();
  // The charts and their tables fit a 390 px phone (the layout spec opens /admin as customer service, without them).
  await admin.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await admin.context().close();
});

test("the supervisor's charts: a month's loans paid out and repayments, the overdue rate and the aging bucket move by what the test writes", async ({
  browser,
  makeUser,
  database,
}) => {
  test.setTimeout(120_000);
  const db = database.prisma;
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const tag = uniqueTag();
  const financedMonth = monthsAgo(10);
  const repaidMonth = monthsAgo(9);
  const sup = await actorPage(browser, await makeUser("SUPERVISOR"));
  await sup.goto("/admin");
  const financedRow = sup.getByTestId(`financed-${financedMonth}`);
  const repaymentRow = sup.getByTestId(`repayments-${repaidMonth}`);
  const agingRow = sup.getByTestId("aging-DAYS_31_60");
  const [, loansBefore, amountBefore] = await cells(financedRow);
  const [, dueBefore, receivedBefore] = await cells(repaymentRow);
  const [, instalmentsBefore, , owedBefore] = await cells(agingRow);

  // Paid out at noon on the 15th of the month ten months back (business time), ¥100,000.00.
  const disbursed = await insertProject(database, company, { title: `已放款 ${tag}`, rateBp: 1000, method: "BULLET", status: "REPAYING" });
  const noon15th = new Date(`${addDays(firstDayOf(financedMonth), 14)}T04:00:00Z`);
  await db.loanProject.update({ where: { id: disbursed.id }, data: { disbursedAt: noon15th } });
  // Nine months back: an instalment of ¥1,000.00 + ¥12.34 due on the 10th, paid on the 12th.
  const dueOn = addDays(firstDayOf(repaidMonth), 9);
  const paidOn = addDays(firstDayOf(repaidMonth), 11);
  await db.repaymentInstalment.create({
    data: {
      projectId: disbursed.id,
      number: 1,
      dueDate: new Date(`${dueOn}T00:00:00Z`),
      principalFen: 100_000n,
      interestFen: 1_234n,
      paidPrincipalFen: 100_000n,
      paidInterestFen: 1_234n,
      status: "PAID",
      paidAt: new Date(`${paidOn}T02:00:00Z`),
    },
  });
  await db.repayment.create({
    data: {
      projectId: disbursed.id,
      kind: "INSTALMENT",
      amountFen: 101_234n,
      principalFen: 100_000n,
      interestFen: 1_234n,
      penaltyFen: 0n,
      feeFen: 0n,
      repaidOn: new Date(`${paidOn}T00:00:00Z`),
    },
  });
  // 45 days overdue: ¥500.00 principal + ¥5.00 interest + ¥0.67 penalty still owed (the 31–60 bucket).
  const overdue = await insertProject(database, company, { title: `逾期 ${tag}`, rateBp: 1000, method: "BULLET", status: "OVERDUE" });
  const overdueDue = addDays(today(), -45) as BusinessDate;
  await db.repaymentInstalment.create({
    data: {
      projectId: overdue.id,
      number: 1,
      dueDate: new Date(`${overdueDue}T00:00:00Z`),
      principalFen: 50_000n,
      interestFen: 500n,
      penaltyFen: 67n,
      overdueSince: new Date(`${addDays(overdueDue, 4)}T00:00:00Z`),
    },
  });

  await sup.reload();
  const [, loansAfter, amountAfter] = await cells(financedRow);
  expect(Number(loansAfter) - Number(loansBefore)).toBe(1);
  expect(fenOf(amountAfter ?? "") - fenOf(amountBefore ?? "")).toBe(10_000_000n);
  const [, dueAfter, receivedAfter] = await cells(repaymentRow);
  expect(fenOf(dueAfter ?? "") - fenOf(dueBefore ?? "")).toBe(101_234n);
  expect(fenOf(receivedAfter ?? "") - fenOf(receivedBefore ?? "")).toBe(101_234n);
  const [bucket, instalmentsAfter, , owedAfter] = await cells(agingRow);
  expect(bucket).toBe("31–60 天");
  expect(Number(instalmentsAfter) - Number(instalmentsBefore)).toBe(1);
  expect(fenOf(owedAfter ?? "") - fenOf(owedBefore ?? "")).toBe(50_567n);
  // The rate: owed on overdue instalments (this one's included) over principal outstanding.
  await expect(sup.getByTestId("overdue-rate")).toContainText(/\d+\.\d{2}%/);
  expect(fenOf((await cells(sup.getByTestId("overdue-owed")))[1] ?? "")).toBeGreaterThanOrEqual(50_567n);
  // Twelve months in each monthly table, this month last.
  await expect(sup.getByTestId("financed-table").locator("tbody tr")).toHaveCount(12);
  await expect(sup.getByTestId(`overdue-${monthsAgo(0)}`)).toContainText(/\d+\.\d{2}%/);
  await expect(sup.getByTestId("repayments-table").locator("tbody tr").last()).toHaveAttribute("data-testid", `repayments-${monthsAgo(0)}`);
  await expect(sup.getByTestId("chart-financed").locator("svg.recharts-surface")).toBeVisible();
  await sup.context().close();
});
