import { randomInt, randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { luhnValid } from "@/lib/domain/bank-cards/card-number";
import { approveOutflow, recordOutflowTransfer } from "@/lib/server/outflows";
import { encryptPii } from "@/lib/server/security/pii";
import { requestWithdrawal } from "@/lib/server/withdrawals";
import { assertLedgerInvariants } from "../tests/integration/support/ledger-invariants";
import { actorPage } from "./support/actors";
import { findInQueue } from "./support/company-helpers";
import { expect, logInUser, type TestUser, test, useOwnClientIp, waitForHydration } from "./support/fixtures";
import { verifyInvestor } from "./support/investors";
import { type SandboxStatement, sandboxPayments } from "./support/sandbox-payments";

/**
 * Issue 13 item 1, "Done when": the sandbox is driven to make one difference of each kind — a deposit whose
 * notification is lost and never checked, a withdrawal whose serial customer service records wrongly, an amount
 * the statement misreports, a line the statement lists twice — customer service imports the statement and sees
 * all four kinds, resolves each by a request a supervisor approves, imports it again (nothing changes), and the
 * ledger invariants hold.
 *
 * The suite runs in parallel on one database and one sandbox: the statement imported is the sandbox's own, for
 * this test's time window, cut down to this test's serials (as a file customer service uploads), so other specs'
 * transfers are never reconciled under them; every assertion selects this test's serials and rows.
 */

const sandbox = sandboxPayments();
const DESKTOP = { width: 1280, height: 900 };

function luhnValidNumber(): string {
  const body = `6222${Array.from({ length: 14 }, () => randomInt(10)).join("")}`;
  for (let check = 0; check < 10; check++) if (luhnValid(`${body}${check}`)) return `${body}${check}`;
  throw new Error("unreachable: one check digit always fits");
}

function uniqueChineseName(): string {
  const pool = "霍栾蔺谯璩逄邸宓郗琅玥珩璟琮瑀瑄璠";
  return Array.from({ length: 4 }, () => pool[randomInt(pool.length)]).join("");
}

function actor(browser: Browser, baseURL: string, user: TestUser) {
  return actorPage(browser, user, { locale: "zh-CN", baseURL, viewport: DESKTOP });
}

/** Pays a deposit of `typed` yuan at the sandbox checkout and comes back; `lost`: its notification was dropped. */
async function payDeposit(page: Page, typed: string, lost: boolean) {
  await page.goto("/investor/deposit");
  const form = page.getByTestId("deposit-form");
  await waitForHydration(form);
  await form.getByLabel("金额（¥）").fill(typed);
  await form.getByRole("button", { name: "前往收银台" }).click();
  await page.waitForURL((url) => url.href.startsWith(sandbox.url));
  await page.getByRole("button", { name: "支付 Pay" }).click();
  await page.waitForURL((url) => url.pathname === "/investor/deposit" && url.searchParams.has("orderNo"));
  const orderNo = new URL(page.url()).searchParams.get("orderNo") ?? "";
  const status = page.getByTestId("deposit-result").getByTestId("deposit-status");
  if (lost) {
    // Never "check status": the payment stays unknown to the platform, for reconciliation to find.
    await expect(status).toHaveAttribute("data-status", "CREATED");
    return orderNo;
  }
  await expect(async () => {
    await page.reload();
    await expect(status).toHaveAttribute("data-status", "PAID", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return orderNo;
}

/** The statement of this test's window with only `serials`' lines (totals recomputed, balances left out). */
function ownStatement(statement: SandboxStatement, serials: readonly string[]): string {
  const movements = statement.movements.filter((line) => serials.includes(line.serial)).map(({ balanceFen: _balance, ...line }) => line);
  const sum = (direction: "IN" | "OUT") =>
    movements.filter((line) => line.direction === direction).reduce((total, line) => total + BigInt(line.amountFen), 0n);
  return JSON.stringify({
    from: statement.from,
    to: statement.to,
    currency: statement.currency,
    movements,
    totals: { inFen: sum("IN").toString(), outFen: sum("OUT").toString(), netFen: (sum("IN") - sum("OUT")).toString() },
  });
}

async function uploadStatement(page: Page, content: string, name: string) {
  await page.goto("/admin/reconciliation");
  const form = page.getByTestId("upload-statement-form");
  await waitForHydration(form);
  await form.locator('input[type="file"]').setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
  await form.getByRole("button", { name: "导入" }).click();
  const summary = form.getByTestId("import-summary");
  await expect(summary).toBeVisible({ timeout: 20_000 });
  return summary;
}

/** Customer service files `resolution` on the difference's page, with a reason the supervisor finds it by. */
async function requestResolution(
  page: Page,
  differenceId: string,
  resolution: string,
  reason: string,
  fields: Record<string, string> = {},
) {
  await page.goto(`/admin/reconciliation/differences/${differenceId}`);
  const form = page.getByTestId(`resolution-form-${resolution}`);
  await waitForHydration(form);
  for (const [name, value] of Object.entries(fields)) await form.locator(`[name="${name}"]`).fill(value);
  await form.locator('textarea[name="reason"]').fill(reason);
  await form.locator('button[type="submit"]').click();
  // The page comes back with the request waiting, and no form while it waits.
  await expect(page.getByTestId("difference-pending")).toBeVisible();
  await expect(page.getByTestId(`resolution-form-${resolution}`)).toHaveCount(0);
}

async function approve(page: Page, reason: string) {
  const row = await findInQueue(page, "/admin/approvals", "approval-row", reason);
  // The supervisor sees the difference itself beside the request.
  await expect(row.getByTestId("difference-summary")).toBeVisible();
  const form = row.getByTestId("approve-form");
  await waitForHydration(form);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId("approval-row").filter({ hasText: reason })).toHaveCount(0);
}

test("reconciliation finds a difference of each kind, resolves each through CS and a supervisor, and re-importing changes nothing", async ({
  browser,
  baseURL,
  makeUser,
  database,
}) => {
  // Three deposits through the checkout, an import, four requests and approvals, a second import: slow on a busy machine.
  test.setTimeout(420_000);
  const db = database.prisma;
  const tag = randomUUID().slice(0, 8);
  const windowStart = new Date(Date.now() - 1_000).toISOString();

  const investor = await makeUser("INVESTOR");
  const name = uniqueChineseName();
  await verifyInvestor(database, investor, name);
  const investorPage = await actor(browser, baseURL as string, investor);

  // 1. A deposit whose notification is lost, and two that arrive.
  await sandbox.dropNotifications(1, investor.id);
  const lostOrderNo = await payDeposit(investorPage, "88", true);
  const mismatchOrderNo = await payDeposit(investorPage, "123.45", false);
  const duplicateOrderNo = await payDeposit(investorPage, "67.89", false);
  const lostSerial = (await sandbox.order(lostOrderNo)).gatewaySerial as string;
  const mismatchSerial = (await db.deposit.findUniqueOrThrow({ where: { id: mismatchOrderNo } })).gatewaySerial as string;
  const duplicateSerial = (await db.deposit.findUniqueOrThrow({ where: { id: duplicateOrderNo } })).gatewaySerial as string;
  expect(await db.deposit.findUniqueOrThrow({ where: { id: lostOrderNo } })).toMatchObject({ status: "CREATED" });

  // 2. A withdrawal transferred at the sandbox, whose serial customer service records wrongly on the platform.
  const number = luhnValidNumber();
  const card = await db.bankCard.create({
    data: {
      userId: investor.id,
      holderName: name,
      bankName: "招商银行",
      numberCipher: encryptPii(number),
      numberHash: `e2e-recon-${tag}-${number}`,
      numberLast4: number.slice(-4),
    },
  });
  const supervisorUser = await makeUser("SUPERVISOR");
  const csUser = await makeUser("CUSTOMER_SERVICE");
  const outflow = await requestWithdrawal(db, { userId: investor.id, amountFen: 50_00n, bankCardId: card.id });
  await approveOutflow(db, { id: supervisorUser.id, role: "SUPERVISOR" }, outflow.id);
  const { serial: transferSerial } = await sandbox.transfer({
    reference: outflow.id,
    payeeName: name,
    cardNumber: number,
    amountFen: 50_00n,
  });
  const typedSerial = `SBT${transferSerial.slice(3, 11)}9${String(randomInt(10_000_000)).padStart(7, "0")}`;
  await recordOutflowTransfer(db, { id: csUser.id, role: "CUSTOMER_SERVICE" }, outflow.id, typedSerial);

  // 3. The statement misreports one amount and lists one line twice.
  await sandbox.alterStatementAmount(mismatchSerial, 123_46n);
  await sandbox.duplicateStatementLine(duplicateSerial);
  const statement = await sandbox.statement({ from: windowStart, to: new Date(Date.now() + 60_000).toISOString() });
  await sandbox.resetStatementKnobs(mismatchSerial);
  await sandbox.resetStatementKnobs(duplicateSerial);
  const content = ownStatement(statement, [lostSerial, mismatchSerial, duplicateSerial, transferSerial]);

  // 4. Customer service imports it and sees the four kinds.
  const cs = await actor(browser, baseURL as string, csUser);
  const summary = await uploadStatement(cs, content, `statement-${tag}.json`);
  await expect(summary).toContainText("共 5 行");
  const differenceOf = (kind: string, serial: string) =>
    db.reconciliationDifference.findUniqueOrThrow({ where: { kind_serial: { kind: kind as never, serial } } });
  const lost = await differenceOf("MISSING_ON_PLATFORM", lostSerial);
  const mistyped = await differenceOf("MISSING_AT_GATEWAY", typedSerial);
  const realTransfer = await differenceOf("MISSING_ON_PLATFORM", transferSerial);
  const mismatch = await differenceOf("AMOUNT_MISMATCH", mismatchSerial);
  const duplicate = await differenceOf("DUPLICATE_SERIAL", duplicateSerial);
  for (const difference of [lost, mistyped, realTransfer, mismatch, duplicate]) expect(difference.status).toBe("OPEN");
  expect(realTransfer.outflowId).toBe(outflow.id);
  expect(mistyped.outflowId).toBe(outflow.id);

  const kinds: [string, string, string][] = [
    [lost.id, "MISSING_ON_PLATFORM", "平台缺失（长款）"],
    [mistyped.id, "MISSING_AT_GATEWAY", "支付平台缺失（短款）"],
    [mismatch.id, "AMOUNT_MISMATCH", "金额不符"],
    [duplicate.id, "DUPLICATE_SERIAL", "流水号重复"],
  ];
  for (const [id, kind, words] of kinds) {
    await cs.goto(`/admin/reconciliation/differences/${id}`);
    await expect(cs.getByTestId("difference-kind")).toHaveAttribute("data-kind", kind);
    await expect(cs.getByTestId("difference-kind")).toHaveText(words);
  }
  await cs.goto(`/admin/reconciliation/differences/${mismatch.id}`);
  await expect(cs.getByTestId("statement-amount")).toContainText("123.46");
  await expect(cs.getByTestId("platform-amount")).toContainText("123.45");
  await cs.goto(`/admin/reconciliation/differences/${duplicate.id}`);
  await expect(cs.getByTestId("statement-line")).toHaveCount(2);

  // 5. Each resolved by a request and a supervisor's approval.
  const supervisor = await actor(browser, baseURL as string, supervisorUser);
  const reasons = {
    lost: `对账 ${tag}：通知丢失，补记入账`,
    serial: `对账 ${tag}：流水号录入错误`,
    mismatch: `对账 ${tag}：金额差异登记调整`,
    duplicate: `对账 ${tag}：支付平台重复列示`,
  };
  await requestResolution(cs, lost.id, "APPLY_PAYMENT", reasons.lost);
  await requestResolution(cs, mistyped.id, "CORRECT_SERIAL", reasons.serial, { newSerial: transferSerial });
  await requestResolution(cs, mismatch.id, "POST_CORRECTION", reasons.mismatch);
  await requestResolution(cs, duplicate.id, "EXPLAIN", reasons.duplicate, { note: "支付平台对账单重复列示同一笔付款，实际只收到一次。" });
  for (const reason of Object.values(reasons)) await approve(supervisor, reason);

  await cs.goto(`/admin/reconciliation/differences/${lost.id}`);
  await expect(cs.getByTestId("difference-status")).toHaveAttribute("data-status", "RESOLVED");
  for (const difference of [lost, mistyped, realTransfer, mismatch, duplicate]) {
    expect((await db.reconciliationDifference.findUniqueOrThrow({ where: { id: difference.id } })).status).toBe("RESOLVED");
  }
  expect(await db.deposit.findUniqueOrThrow({ where: { id: lostOrderNo } })).toMatchObject({ status: "PAID", gatewaySerial: lostSerial });
  // The corrected serial is on the statement with the outflow's amount: the withdrawal is reconciled.
  expect(await db.outflow.findUniqueOrThrow({ where: { id: outflow.id } })).toMatchObject({
    externalSerial: transferSerial,
    status: "RECONCILED",
  });
  await cs.goto(`/admin/reconciliation/differences/${realTransfer.id}`);
  await expect(cs.getByTestId("difference-status")).toHaveAttribute("data-status", "RESOLVED");
  await expect(cs.getByTestId("outflow-serial")).toHaveText(transferSerial);
  await cs.goto("/admin/reconciliation?status=ALL");
  await expect(cs.getByTestId("import-row").filter({ hasText: `statement-${tag}.json` })).toHaveCount(1);

  // 6. The same statement again: nothing changes.
  const before = await db.reconciliationDifference.count({
    where: { serial: { in: [lostSerial, typedSerial, transferSerial, mismatchSerial, duplicateSerial] } },
  });
  const again = await uploadStatement(cs, content, `statement-${tag}.json`);
  await expect(again).toHaveText("该对账单已导入过：没有任何变化。");
  expect(
    await db.reconciliationDifference.count({
      where: { serial: { in: [lostSerial, typedSerial, transferSerial, mismatchSerial, duplicateSerial] } },
    }),
  ).toBe(before);

  await assertLedgerInvariants(db);
  await investorPage.context().close();
  await cs.context().close();
  await supervisor.context().close();
});

test("fetching a statement from the gateway for days with no movement imports nothing, and the report and empty states show", async ({
  browser,
  baseURL,
  makeUser,
}) => {
  const cs = await actor(browser, baseURL as string, await makeUser("CUSTOMER_SERVICE"));
  await cs.goto("/admin/reconciliation");
  const form = cs.getByTestId("fetch-statement-form");
  await waitForHydration(form);
  await form.getByLabel("开始日期（业务日）").fill("2020-01-01");
  await form.getByLabel("结束日期（业务日，含当天）").fill("2020-01-01");
  await form.getByRole("button", { name: "获取并导入" }).click();
  await expect(form.getByTestId("import-summary")).toHaveText(/共 0 行，0 行一致，0 笔差异|该对账单已导入过/);

  await cs.goto("/admin/reconciliation/report?date=2020-01-01");
  await expect(cs.getByTestId("report-date")).toContainText("2020-01-01");
  await expect(cs.getByText("尚未导入该业务日的对账单明细。")).toBeVisible();
  await cs.goto("/admin/reconciliation/report?date=2020-13-45");
  await expect(cs.getByText("日期格式应为 YYYY-MM-DD。")).toBeVisible();
  await cs.context().close();
});

test("the statement upload works without JavaScript and says what it did", async ({ browser, makeUser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
  await useOwnClientIp(context);
  const page = await context.newPage();
  await logInUser(page, await makeUser("CUSTOMER_SERVICE"));
  // A statement of a day long past with no movement, unique to this run (its seconds), so it is a new import.
  const second = String(randomInt(60)).padStart(2, "0");
  const minute = String(randomInt(60)).padStart(2, "0");
  const empty = JSON.stringify({
    from: `2019-06-0${1 + randomInt(9)}T00:${minute}:${second}.000+08:00`,
    to: "2019-06-30T00:00:00.000+08:00",
    currency: "CNY",
    movements: [],
    totals: { inFen: "0", outFen: "0", netFen: "0" },
  });
  await page.goto("/admin/reconciliation");
  const form = page.getByTestId("upload-statement-form");
  await form.locator('input[type="file"]').setInputFiles({ name: "empty.json", mimeType: "application/json", buffer: Buffer.from(empty) });
  await form.getByRole("button", { name: "导入" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText(/共 0 行，0 行一致，0 笔差异|该对账单已导入过/);
  // A missing file is refused in place.
  await page.goto("/admin/reconciliation");
  await page.getByTestId("upload-statement-form").getByRole("button", { name: "导入" }).click();
  await expect(page.getByText("请选择对账单文件。")).toBeVisible();
  await context.close();
});
