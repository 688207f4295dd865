import type { Page } from "@playwright/test";
import type { OpenDatabase } from "@/lib/server/db/open";
import { acceptDialogs, pdfFile } from "./support/company-helpers";
import { expect, useOwnClientIp as giveOwnClientIp, logInUser, type TestUser, test, waitForHydration } from "./support/fixtures";

// Issue 8 §8: "资料已保存" and "草稿已保存" stayed on screen after later actions. A success message belongs to
// the action that produced it: it goes when the form is edited again or another action on the page runs.

const SAVED_PROFILE = "资料已保存。";

async function saveProfile(page: Page) {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "保存资料" }) });
  await waitForHydration(form);
  await form.getByLabel("注册地址").fill(`北京市朝阳区测试路 ${Date.now() % 1000} 号`);
  await form.getByRole("button", { name: "保存资料" }).click();
  await expect(page.getByText(SAVED_PROFILE)).toBeVisible();
  return form;
}

test("the profile's 资料已保存 goes when a document is uploaded afterwards", async ({ page, makeUser, loginAs }) => {
  await loginAs(await makeUser("COMPANY"));
  await page.goto("/company/profile");
  await saveProfile(page);

  const upload = page.locator("form").filter({ has: page.getByRole("button", { name: "上传" }) });
  await upload.getByLabel("证件类型").selectOption("BUSINESS_LICENCE");
  await upload.getByLabel("文件（PDF、PNG 或 JPEG，不超过 5 MB）").setInputFiles(pdfFile());
  await upload.getByRole("button", { name: "上传" }).click();
  await expect(page.getByText("证件已上传。")).toBeVisible();
  await expect(page.getByText(SAVED_PROFILE)).toHaveCount(0);
});

test("the profile's 资料已保存 goes when the form is edited again, and comes back on the next save", async ({
  page,
  makeUser,
  loginAs,
}) => {
  await loginAs(await makeUser("COMPANY"));
  await page.goto("/company/profile");
  const form = await saveProfile(page);

  await form.getByLabel("所属行业").fill("制造业");
  await expect(page.getByText(SAVED_PROFILE)).toHaveCount(0);
  await form.getByRole("button", { name: "保存资料" }).click();
  await expect(page.getByText(SAVED_PROFILE)).toBeVisible();
});

/**
 * A draft loan request of a company that may borrow, as the draft form leaves it (the form is not under
 * test). `termMonths` beyond the platform's limit (36) makes its submission refused, leaving it a draft.
 */
async function draftOf(user: TestUser, database: OpenDatabase, termMonths: number) {
  const company = await database.prisma.company.findUniqueOrThrow({ where: { userId: user.id } });
  return database.prisma.loanProject.create({
    data: {
      companyId: company.id,
      title: `周转资金 ${Date.now() % 100000}`,
      purpose: "采购春季订单原材料",
      amountFen: 10_000_000n,
      annualRateBp: 1200,
      termMonths,
      repaymentMethod: "EQUAL_INSTALLMENT",
      fundraisingDays: 10,
      minInvestmentFen: 10_000n,
    },
  });
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with" : "without";
  for (const outcome of ["accepted", "refused"] as const) {
    test(`草稿已保存 is gone once the draft's submission is ${outcome} (${how} JavaScript)`, async ({ browser, makeUser, database }) => {
      const user = await makeUser("COMPANY", { companyStatus: "NORMAL" });
      const draft = await draftOf(user, database, outcome === "accepted" ? 12 : 48);
      const context = await browser.newContext({ javaScriptEnabled });
      await giveOwnClientIp(context);
      const page = await context.newPage();
      acceptDialogs(page);
      await logInUser(page, user);

      // Where saving a draft lands.
      await page.goto(`/company/loans/${draft.id}?saved=1`);
      await expect(page.getByText("草稿已保存。")).toBeVisible();
      const submit = page.locator("form").filter({ has: page.getByRole("button", { name: "提交审核" }) });
      if (javaScriptEnabled) await waitForHydration(submit);
      await submit.getByRole("button", { name: "提交审核" }).click();

      if (outcome === "accepted") await expect(page.getByText("待初审").first()).toBeVisible();
      else await expect(submit.getByRole("alert")).toHaveText("不满足此操作的条件。");
      await expect(page.getByText("草稿已保存。")).toHaveCount(0);
      // Still on the URL that carries the notice: the page itself knew it was stale.
      expect(new URL(page.url()).search).toBe("?saved=1");
      await context.close();
    });
  }
}
