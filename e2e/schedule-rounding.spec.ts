import { businessDateOf } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { buildSchedule, scheduleTotals } from "@/lib/domain/schedules";
import { expect, test } from "./support/fixtures";

/**
 * Issue 14: the calculator's 等额本金 agrees with the banks' calculators (principal share rounded, not truncated),
 * and under the schedule one line says the last instalment absorbs the rounding, with the interest actually paid.
 * ¥1,000,000 at 4.90 % over 60 months (the calculator's longest term): instalment 1 is ¥20,750.00 (it was ¥20,749.99).
 */
for (const [locale, note] of [
  ["zh-CN", "尾差由最后一期承担"],
  ["en", "The last instalment absorbs the rounding"],
] as const) {
  test(`the calculator's 等额本金 schedule rounds the principal share and says the last instalment absorbs the rounding · ${locale}`, async ({
    page,
    baseURL,
  }) => {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL as string }]);
    await page.goto("/calculator?amount=1000000&rate=4.9&term=60&method=EQUAL_PRINCIPAL");
    const schedule = buildSchedule({
      principalFen: 100_000_000n,
      annualRateBp: 490,
      termMonths: 60,
      method: "EQUAL_PRINCIPAL",
      startDate: businessDateOf(new Date(), "Asia/Shanghai"),
    });
    // ¥16,666.67 of principal (¥16,666.66 when it was truncated) + ¥4,083.33 of interest.
    expect(schedule[0].totalFen).toBe(2_075_000n);
    const rows = page.getByTestId("schedule-table").getByTestId("schedule-row");
    await expect(rows).toHaveCount(60);
    await expect(rows.first()).toContainText("¥16,666.67");
    await expect(rows.first()).toContainText("¥20,750.00");
    await expect(rows.last()).toContainText(formatMoney(schedule[59].totalFen, locale));
    const interest = formatMoney(scheduleTotals(schedule).interestFen, locale);
    await expect(page.getByTestId("schedule-rounding-note")).toContainText(note);
    await expect(page.getByTestId("schedule-rounding-note")).toContainText(interest);
  });
}
