import { readFile } from "node:fs/promises";
import { actorPage, uniqueTag } from "./support/company-helpers";
import { expect, test } from "./support/fixtures";
import { insertProject } from "./support/projects";

/**
 * Issue 13 item 3: every staff list exports to CSV (GET /api/admin/exports/<list>, lib/server/exports). Customer
 * service downloads the preliminary-review queue from its page's "导出 CSV" link: a UTF-8 BOM, the zh-CN header,
 * this spec's project with its amount in yuan and fen and a formula-looking title defused; roles the list does not
 * name are sent to the no-access page, and a list that does not exist is 404.
 */

test("customer service downloads the whole preliminary-review queue as CSV; other roles are refused", async ({
  browser,
  makeUser,
  database,
}) => {
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const title = `=导出 ${uniqueTag()}`;
  const project = await insertProject(database, company, { title, rateBp: 1000, method: "BULLET", status: "PENDING_PRELIMINARY_REVIEW" });
  await database.prisma.loanProject.update({
    where: { id: project.id },
    data: { submittedAt: new Date("2026-01-15T16:30:00Z"), amountFen: 12_345_678n },
  });

  const cs = await actorPage(browser, await makeUser("CUSTOMER_SERVICE"));
  await cs.goto("/admin/reviews/preliminary");
  const [download] = await Promise.all([cs.waitForEvent("download"), cs.getByTestId("export-csv-preliminaryReviews").click()]);
  expect(download.suggestedFilename()).toMatch(/^preliminaryReviews-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe(
    "编号,项目,企业,企业状态,金额（元）,金额（分）,已投金额（元）,已投金额（分）,年利率（基点）,期限（月）,提交时间,募集截止",
  );
  const row = lines.find((line) => line.startsWith(`${project.id},`));
  expect(row).toBeDefined();
  // The title starts with "=": written with an apostrophe so a spreadsheet shows it, never runs it.
  expect(row).toContain(`,'${title},`);
  expect(row).toContain(",123456.78,12345678,");
  // 16:30 UTC is 00:30 the next day in Shanghai.
  expect(row).toContain(",2026-01-16 00:30:00,");

  // A list that does not exist; a list of another role.
  expect((await cs.request.get("/api/admin/exports/no-such-list")).status()).toBe(404);
  const staffExport = await cs.request.get("/api/admin/exports/staff");
  expect(new URL(staffExport.url()).pathname).toBe("/forbidden");
  await cs.context().close();

  const investor = await actorPage(browser, await makeUser("INVESTOR"));
  const refused = await investor.request.get("/api/admin/exports/preliminaryReviews");
  expect(new URL(refused.url()).pathname).toBe("/forbidden");
  expect(await refused.text()).not.toContain(title);
  await investor.context().close();

  const visitor = await browser.newContext();
  const anonymous = await visitor.request.get("/api/admin/exports/preliminaryReviews");
  expect(new URL(anonymous.url()).pathname).toBe("/login");
  await visitor.close();
});

test("the admin exports the audit log with the page's filter", async ({ browser, makeUser }) => {
  const admin = await actorPage(browser, await makeUser("ADMIN"));
  await admin.goto("/admin/audit?actorRole=SYSTEM");
  const link = admin.getByTestId("export-csv-auditLog");
  await expect(link).toHaveAttribute("href", "/api/admin/exports/auditLog?actorRole=SYSTEM");
  const response = await admin.request.get("/api/admin/exports/auditLog?actorRole=SYSTEM");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe("编号,创建时间,操作人,角色,操作,对象类型,对象编号,对象,详情");
  // Every exported entry is the system's: no actor.
  for (const line of lines.slice(1).filter(Boolean)) expect(line.split(",")[2]).toBe("");
  await admin.context().close();
});
