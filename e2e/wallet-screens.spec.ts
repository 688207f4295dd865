import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { addDays, businessDateOf } from "@/lib/domain/dates";
import { withTransaction } from "@/lib/server/db/transaction";
import { type EntrySpec, platformGateway, postEntry, userAvailable, userFrozen } from "@/lib/server/ledger";
import { expect, type TestUser, test } from "./support/fixtures";
import { fitsThePhone, investorAndCompanyOnPhone, PHONE } from "./support/phone";
import { insertProject } from "./support/projects";

/**
 * Issue 11, item 9: the wallet screens as an investor and a company see them, in both languages, on a 390 px phone.
 * The money is booked straight through the ledger service (deposits, investing and payouts are tested with their
 * own features); the screens must show it right, filter it, and hand it over as CSV.
 */

type Database = Parameters<Parameters<typeof test>[2]>[0]["database"];

const post = (database: Database, spec: EntrySpec) => withTransaction(database.prisma, (tx) => postEntry(tx, spec));

/**
 * ¥100,000 deposited, ¥30,000 of it frozen for a pending investment in a ¥100,000 project at 12 % for 12 months,
 * repaid in one go: ¥12,000 of interest, of which the investment's 30 % is ¥3,600.00.
 */
async function investorWithMoney(database: Database, investor: TestUser, company: TestUser) {
  await post(database, {
    idempotencyKey: `e2e-wallet-deposit-${investor.id}`,
    kind: "DEPOSIT",
    postings: [
      { account: platformGateway(), amountFen: -100_000_00n },
      { account: userAvailable(investor.id), amountFen: 100_000_00n },
    ],
  });
  await post(database, {
    idempotencyKey: `e2e-wallet-freeze-${investor.id}`,
    kind: "INVEST_FREEZE",
    postings: [
      { account: userAvailable(investor.id), amountFen: -30_000_00n },
      { account: userFrozen(investor.id), amountFen: 30_000_00n },
    ],
  });
  const project = await insertProject(database, company, {
    title: "钱包测试项目",
    rateBp: 1200,
    method: "BULLET",
    termMonths: 12,
    fundedFen: 30_000_00n,
  });
  await database.prisma.investment.create({ data: { projectId: project.id, investorId: investor.id, amountFen: 30_000_00n } });
}

async function downloadCsv(page: Page): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("transactions-csv").click()]);
  const bytes = readFileSync((await download.path()) as string);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

const WORDS = {
  "zh-CN": {
    pending: "待确认",
    transactions: "资金流水",
    deposit: "充值",
    freeze: "投资冻结",
    apply: "筛选",
    clear: "清除",
    emptyFiltered: "没有符合筛选条件的流水。",
    header: "时间（北京时间）,类型,账户,金额（元）,金额（分）,变动后余额（元）,记账号",
    available: "可用",
  },
  en: {
    pending: "Awaiting review",
    transactions: "Transactions",
    deposit: "Deposit",
    freeze: "Investment placed (frozen)",
    apply: "Apply",
    clear: "Clear",
    emptyFiltered: "No transactions match this filter.",
    header: "Date and time (China Standard Time),Kind,Account,Amount (yuan),Amount (fen),Balance after (yuan),Entry",
    available: "Available",
  },
} as const;

for (const locale of ["zh-CN", "en"] as const) {
  const words = WORDS[locale];

  test(`an investor sees the overview, filters the transactions and downloads them · ${locale} · 390 px`, async ({
    page,
    makeUser,
    loginAs,
    database,
    baseURL,
  }) => {
    const { investor, company } = await investorAndCompanyOnPhone({ page, makeUser, baseURL }, locale);
    await investorWithMoney(database, investor, company);
    await loginAs(investor);

    await page.goto("/investor");
    await expect(page.getByTestId("balance-available")).toHaveText("¥70,000.00");
    await expect(page.getByTestId("balance-frozen")).toHaveText("¥30,000.00");
    await expect(page.getByTestId("balance-invested")).toHaveText("¥30,000.00");
    await expect(page.getByTestId("balance-expected-interest")).toHaveText("¥3,600.00");
    const pending = page.getByTestId("portfolio-PENDING");
    await expect(pending).toContainText(words.pending);
    await expect(pending.locator("td")).toHaveText(["1", "¥30,000.00"]);
    await expect(page.getByTestId("portfolio-table").locator("tbody tr")).toHaveCount(1);
    // The chart is drawn (recharts measures its box in the browser first), one bar per status held.
    await expect(page.getByTestId("portfolio-chart").locator("svg.recharts-surface")).toBeVisible();
    await expect(page.getByTestId("portfolio-chart").locator(".recharts-bar-rectangle")).toHaveCount(1);
    await fitsThePhone(page);

    await page.getByRole("link", { name: words.transactions }).click();
    await expect(page).toHaveURL(/\/investor\/transactions$/);
    const rows = page.getByTestId("transaction-row");
    await expect(rows).toHaveCount(3);
    await expect(page.getByTestId("transaction-kind")).toHaveText([words.freeze, words.freeze, words.deposit]);
    await expect(page.getByTestId("transaction-amount")).toHaveText(["+¥30,000.00", "-¥30,000.00", "+¥100,000.00"]);
    await fitsThePhone(page);

    // Filter by kind: only the deposit is left.
    await page.locator('select[name="kind"]').selectOption("DEPOSIT");
    await page.getByRole("button", { name: words.apply }).click();
    await expect(page).toHaveURL(/kind=DEPOSIT/);
    await expect(rows).toHaveCount(1);
    await expect(page.getByTestId("transaction-kind")).toHaveText([words.deposit]);

    // Its CSV holds the same row, in this language, ready for Excel.
    const csv = await downloadCsv(page);
    const today = businessDateOf(new Date(), "Asia/Shanghai");
    expect(csv.name).toMatch(/^transactions-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(words.header);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},${words.deposit},${words.available},100000\\.00,10000000,100000\\.00,\\w+$`),
    );
    expect(lines[2]).toBe("");

    // A range that starts tomorrow keeps nothing, and says so.
    await page.goto(`/investor/transactions?from=${addDays(today, 1)}`);
    await expect(rows).toHaveCount(0);
    await expect(page.getByText(words.emptyFiltered)).toBeVisible();
    await page.getByRole("link", { name: words.clear }).click();
    await expect(page).toHaveURL(/\/investor\/transactions$/);
    await expect(rows).toHaveCount(3);
    await expect(page.locator('input[name="from"]')).toHaveValue("");
  });
}

test("a company sees its wallet and its payout with the transfer serial · both languages · 390 px", async ({
  page,
  makeUser,
  loginAs,
  database,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  const [company, cs, supervisor] = await Promise.all([
    makeUser("COMPANY", { companyStatus: "NORMAL" }),
    makeUser("CUSTOMER_SERVICE"),
    makeUser("SUPERVISOR"),
  ]);
  const project = await insertProject(database, company, {
    title: "放款测试项目",
    rateBp: 1000,
    method: "EQUAL_INSTALLMENT",
    status: "REPAYING",
  });
  const card = await database.prisma.bankCard.create({
    data: {
      userId: company.id,
      holderName: "测试公司",
      bankName: "工商银行",
      numberCipher: "e2e",
      numberHash: `e2e-${company.id}`,
      numberLast4: "6789",
    },
  });
  const serial = `SBX-E2E-${company.id.slice(-6)}`;
  await database.prisma.outflow.create({
    data: {
      kind: "PAYOUT",
      userId: company.id,
      projectId: project.id,
      bankCardId: card.id,
      amountFen: 98_000_00n,
      feeFen: 2_000_00n,
      status: "TRANSFERRED",
      externalSerial: serial,
      requestedById: supervisor.id,
      decidedById: supervisor.id,
      decidedAt: new Date(),
      transferredById: cs.id,
      transferredAt: new Date(),
    },
  });
  await post(database, {
    idempotencyKey: `e2e-wallet-company-deposit-${company.id}`,
    kind: "DEPOSIT",
    postings: [
      { account: platformGateway(), amountFen: -1_234_56n },
      { account: userAvailable(company.id), amountFen: 1_234_56n },
    ],
  });
  await loginAs(company);

  for (const [locale, expected] of [
    ["zh-CN", { status: "已划账", serial: `划账流水号 ${serial}`, deposit: "充值", fee: "服务费 ¥2,000.00" }],
    ["en", { status: "Transferred", serial: `Transfer serial ${serial}`, deposit: "Deposit", fee: "Service fee ¥2,000.00" }],
  ] as const) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL as string }]);
    await page.goto("/company/wallet");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByTestId("balance-available")).toHaveText("¥1,234.56");
    await expect(page.getByTestId("balance-frozen")).toHaveText("¥0.00");
    const payout = page.getByTestId("payout-row");
    await expect(payout).toHaveCount(1);
    await expect(payout.getByTestId("payout-status")).toHaveText(expected.status);
    await expect(payout.getByTestId("payout-serial")).toContainText(expected.serial);
    await expect(payout.getByTestId("payout-amount")).toHaveText("¥98,000.00");
    await expect(payout).toContainText(expected.fee);
    await expect(page.getByTestId("transaction-kind")).toHaveText([expected.deposit]);
    await fitsThePhone(page);
  }

  const csv = await downloadCsv(page);
  expect(csv.text).toContain("Deposit,Available,1234.56,123456,1234.56,");
});
