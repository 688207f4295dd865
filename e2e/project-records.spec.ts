import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, refreshPublicPages, test, waitForHydration } from "./support/fixtures";
import { insertProject } from "./support/projects";

const PHONE = { width: 390, height: 844 };
const MINUTE = 60_000;

const rows = (page: Page) => page.getByTestId("investment-records").locator("tbody tr");

test.describe("a project's investment records", () => {
  for (const { locale, older, newer, pageOf } of [
    { locale: "zh-CN", older: "较早 ›", newer: "‹ 较新", pageOf: (p: number) => `第 ${p} / 2 页` },
    { locale: "en", older: "Older ›", newer: "‹ Newer", pageOf: (p: number) => `Page ${p} of 2` },
  ]) {
    test(`are paged, masked, 20 a page, at 390 px (${locale})`, async ({ page, context, baseURL, database, makeUser }) => {
      const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
      const investor = await makeUser("INVESTOR");
      await database.prisma.investorProfile.create({
        data: { userId: investor.id, realName: "欧阳娜娜", idNumberCipher: "x", idNumberHash: randomUUID(), idNumberLast4: "0000" },
      });
      const project = await insertProject(database, company, { title: `记录-${randomUUID().slice(0, 6)}`, rateBp: 1000, method: "BULLET" });
      // 25 records, ¥1.00 … ¥25.00, one minute apart: the newest is ¥25.00.
      const start = Date.now() - 60 * MINUTE;
      await database.prisma.investment.createMany({
        data: Array.from({ length: 25 }, (_, i) => ({
          projectId: project.id,
          investorId: investor.id,
          amountFen: BigInt(i + 1) * 100n,
          status: "CONFIRMED" as const,
          createdAt: new Date(start + i * MINUTE),
        })),
      });
      await refreshPublicPages(page.request);
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "" }]);
      await page.setViewportSize(PHONE);

      await page.goto(`/loans/${project.id}`);
      await expect(rows(page)).toHaveCount(20);
      await expect(rows(page).first()).toContainText("欧***");
      await expect(rows(page).first()).toContainText("¥25.00");
      await expect(page.getByTestId("investment-records")).not.toContainText("欧阳娜娜");
      await expect(page.getByText(pageOf(1))).toBeVisible();

      const olderButton = page.getByRole("button", { name: older });
      await waitForHydration(olderButton);
      await olderButton.click();
      await expect(page.getByTestId("investment-records")).toHaveAttribute("data-page", "2");
      await expect(rows(page)).toHaveCount(5);
      await expect(rows(page).first()).toContainText("¥5.00");
      await expect(rows(page).last()).toContainText("¥1.00");
      await expect(page.getByText(pageOf(2))).toBeVisible();
      await expect(olderButton).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

      await page.getByRole("button", { name: newer }).click();
      await expect(page.getByTestId("investment-records")).toHaveAttribute("data-page", "1");
      await expect(rows(page).first()).toContainText("¥25.00");
    });
  }

  test("are not served for a project the public cannot see", async ({ request, database, makeUser }) => {
    const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
    const draft = await insertProject(database, company, { title: "草稿记录", rateBp: 1000, method: "BULLET", status: "DRAFT" });
    expect((await request.get(`/api/loans/${draft.id}/investments`)).status()).toBe(404);
  });
});

test("customer service finds a fundraising project in its queue and opens its staff page", async ({
  page,
  database,
  makeUser,
  loginAs,
}) => {
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const title = `募集队列-${randomUUID().slice(0, 6)}`;
  const project = await insertProject(database, company, { title, rateBp: 1000, method: "BULLET", fundedFen: 2_500_000n });
  // The soonest deadline is listed first: a minute from now puts it on the first page.
  await database.prisma.loanProject.update({ where: { id: project.id }, data: { fundraisingDeadline: new Date(Date.now() + MINUTE) } });
  await loginAs(await makeUser("CUSTOMER_SERVICE"));

  await page.goto("/admin");
  await page.getByRole("link", { name: "募集中项目" }).first().click();
  await expect(page).toHaveURL(/\/admin\/fundraising$/);
  const row = page.getByTestId("queue-row").filter({ hasText: title });
  await expect(row).toContainText("¥25,000.00 / ¥100,000.00");
  await row.getByRole("link", { name: "查看" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/reviews/${project.id}$`));
  await expect(page.getByText(title).first()).toBeVisible();
});
