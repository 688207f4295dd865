import { businessDate, DEFAULT_BUSINESS_TIME_ZONE, fundraisingDeadlineOf } from "@/lib/domain/dates";
import { expect, test } from "./support/fixtures";

// The example on the real project page: published at 2026-11-30 07:14 China time, which is still
// 2026-11-29 in UTC. The page must count from 11-30 and show due dates on the 30th, and show times in China
// time, whatever the server's own zone.
test("a project published at 07:14 China time starts on that China day and falls due on the 30th", async ({ page, database, makeUser }) => {
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const owner = await database.prisma.company.findUniqueOrThrow({ where: { userId: company.id } });
  const publishedAt = new Date("2026-11-29T23:14:00Z");
  const project = await database.prisma.loanProject.create({
    data: {
      companyId: owner.id,
      title: `营业日-${Date.now().toString(36)}`,
      purpose: "营业日测试：采购原材料。",
      amountFen: 12_000_000n,
      annualRateBp: 1200,
      termMonths: 3,
      repaymentMethod: "EQUAL_PRINCIPAL",
      fundraisingDays: 10,
      minInvestmentFen: 10_000n,
      status: "FUNDRAISING",
      fundedFen: 0n,
      riskGrade: "B",
      publishedAt,
      fundraisingDeadline: fundraisingDeadlineOf(publishedAt, 10, DEFAULT_BUSINESS_TIME_ZONE),
    },
  });

  await page.goto(`/loans/${project.id}`);
  await expect(page.getByText("自 2026-11-30 起息")).toBeVisible();
  const rows = page.getByTestId("schedule-table").getByTestId("schedule-row");
  await expect(rows).toHaveCount(3);
  // The first cell of a row is the instalment number (a th); the first td is the due date.
  const dueDates = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")?.textContent ?? ""));
  expect(dueDates).toEqual([businessDate("2026-12-30"), businessDate("2027-01-30"), businessDate("2027-02-28")]);
  // Publication and deadline in China time: 07:14 on 11-30; open through 12-10, closing at 12-11 00:00.
  const terms = page.getByTestId("project-terms");
  await expect(terms).toContainText("2026年11月30日 07:14");
  await expect(terms).toContainText("2026年12月11日 00:00");
});
