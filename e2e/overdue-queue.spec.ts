import { actorPage, findInQueue, switchLanguage } from "./support/company-helpers";
import { expect, test, waitForHydration } from "./support/fixtures";
import { overdueCompany } from "./support/overdue-company";
import { expectFitsPhone } from "./support/phone";

/**
 * Issue 12 item 3: customer service's overdue queue (/admin/overdue) at 390 px: the aging buckets, a project 100
 * days overdue with its days, bucket and what it owes; customer service files the bad-debt declaration there, a
 * supervisor approves it, then customer service files the company's blacklisting from the same row. And the
 * admin's overdue settings form. Texts from messages/<locale>/overdue.json.
 */

const TEXT = {
  reason: "理由（主管可见）",
  fileBadDebt: "提交坏账认定",
  fileBlacklist: "提交企业黑名单申请",
  approve: "批准",
  overNinety: "90 天以上",
  save: { "zh-CN": "保存设置", en: "Save settings" },
};

test("customer service files the bad-debt declaration of a project 100 days overdue, then the blacklisting once approved · 390 px", async ({
  browser,
  makeUser,
  database,
}) => {
  // Three actors each paging a queue: over a minute on a busy 2-core machine (it ran out at 60 s in full).
  test.setTimeout(120_000);
  // One instalment due 100 business days ago, overdue past the grace days, penalty accrued.
  const { company, title, project } = await overdueCompany(
    { makeUser, database },
    { title: "坏账候选", daysOverdue: 100, penaltyFen: 504_167n },
  );

  const cs = await actorPage(browser, await makeUser("CUSTOMER_SERVICE"));
  await cs.setViewportSize({ width: 390, height: 844 });
  const row = await findInQueue(cs, "/admin/overdue", "overdue-row", title);
  await expect(cs.getByTestId("aging-DAYS_OVER_90")).toContainText(TEXT.overNinety);
  await expect(row.getByTestId("days-overdue")).toHaveText("100 天");
  await expect(row).toContainText(TEXT.overNinety);
  await expect(row).toContainText("¥105,875.00");
  await expectFitsPhone(cs);

  const card = row.locator("xpath=ancestor::section[1]");
  // No blacklisting before the project is declared a bad debt.
  await expect(card.getByTestId("blacklist-form")).toHaveCount(0);
  const declare = card.getByTestId("bad-debt-form");
  await waitForHydration(declare);
  await declare.getByLabel(TEXT.reason, { exact: true }).fill("逾期满 100 天，多次催收未果。");
  await declare.getByRole("button", { name: TEXT.fileBadDebt }).click();
  await expect(card.getByTestId("bad-debt-pending")).toBeVisible();
  await expect(card.getByTestId("bad-debt-form")).toHaveCount(0);
  await cs.context().close();

  const sup = await actorPage(browser, await makeUser("SUPERVISOR"));
  // The supervisor sees the queue too, without the forms.
  const supRow = await findInQueue(sup, "/admin/overdue", "overdue-row", title);
  await expect(supRow.locator("xpath=ancestor::section[1]").locator("form")).toHaveCount(0);
  const approval = await findInQueue(sup, "/admin/approvals", "approval-row", title);
  const approve = approval.first().getByTestId("approve-form");
  await waitForHydration(approve);
  await approve.getByRole("button", { name: TEXT.approve }).click();
  await expect(sup.getByTestId("approval-row").filter({ hasText: title })).toHaveCount(0);
  await sup.context().close();
  expect((await database.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("BAD_DEBT");

  const cs2 = await actorPage(browser, await makeUser("CUSTOMER_SERVICE"));
  const again = (await findInQueue(cs2, "/admin/overdue", "overdue-row", title)).locator("xpath=ancestor::section[1]");
  const blacklist = again.getByTestId("blacklist-form");
  await waitForHydration(blacklist);
  await blacklist.getByLabel(TEXT.reason, { exact: true }).fill("项目已认定坏账。");
  await blacklist.getByRole("button", { name: TEXT.fileBlacklist }).click();
  await expect(again.getByTestId("blacklist-pending")).toBeVisible();
  const request = await database.prisma.reviewRequest.findFirstOrThrow({ where: { targetId: company.id, action: "BLACKLIST" } });
  expect(request.status).toBe("PENDING");
  await cs2.context().close();
});

test("the admin's overdue settings: the penalty per day and per year, a refused value, saved · English · 390 px", async ({
  browser,
  makeUser,
}) => {
  const admin = await actorPage(browser, await makeUser("ADMIN"));
  await admin.goto("/admin/settings");
  await switchLanguage(admin, "en");
  await expectFitsPhone(admin);
  const form = admin.getByTestId("overdue-settings-form");
  await waitForHydration(form);
  await form.getByLabel("Penalty interest per day (%)").fill("1.5");
  await form.getByRole("button", { name: TEXT.save.en }).click();
  await expect(form).toContainText("This value is outside the allowed range.");
  // Saved as it was (the defaults other specs rely on): 0.05 % a day, 18.25 % a year.
  await form.getByLabel("Grace days").fill("3");
  await form.getByLabel("Penalty interest per day (%)").fill("0.05");
  await form.getByRole("button", { name: TEXT.save.en }).click();
  await expect(form).toContainText("Settings saved.");
  await expect(admin.getByTestId("penalty-rates")).toHaveText("Now 0.05 % a day, 18.25 % a year (5 basis points a day).");
  await admin.context().close();
});
