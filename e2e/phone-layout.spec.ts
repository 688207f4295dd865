import type { BrowserContext, Locator, Page } from "@playwright/test";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/i18n/locales";
import { addMonths, businessDateOf } from "@/lib/domain/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requestCompanyActivation } from "@/lib/server/companies/company-verification-review";
import { encryptPii } from "@/lib/server/security/pii";
import { CALLERS, type Caller, MATRIX } from "@/tests/authz/matrix";
import { PDF_BYTES, uniqueTag } from "./support/company-helpers";
import { expect, logInUser, loginThroughApi, refreshPublicPages, type TestUser, test } from "./support/fixtures";

/**
 * Issue 8, points 3 and 7.
 * - Every page of the authorization matrix, opened at 390×844 in both languages by a caller the matrix lets
 *   in, must not scroll sideways: the document is never wider than the phone. Pages come from the matrix,
 *   so a new page is checked as soon as it has its row (and fails here until urlFor knows its [id]).
 * - Figures (amounts, rates, terms) render on one line on a project card and on the project page, at a
 *   1366 px desktop and a 390 px phone.
 * The records are filled like real ones (long company names, ¥2,000,000.00, several rows) so widths are real.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

const pages = MATRIX.filter((row) => row.kind === "page").map((row) => row.target);

/** Who opens a page: the first caller the matrix lets in, or a staff member still owing the second factor. */
type Visitor = Caller | "STAFF_OWING_MFA";

/** Pages whose only "ok" visitor is not a plain caller of the matrix. */
const SPECIAL_VISITORS: Record<string, Visitor> = {
  "/login/mfa": "STAFF_OWING_MFA",
  "/[...missing]": "ANONYMOUS",
};

/** Pages whose right answer is not a success: their layout must hold all the same. */
const EXPECTED_STATUS: Record<string, number> = { "/[...missing]": 404 };

function visitorFor(target: string): Visitor {
  const row = MATRIX.find((r) => r.kind === "page" && r.target === target);
  const caller = CALLERS.find((c) => row?.expect[c] === "ok");
  const visitor = caller ?? SPECIAL_VISITORS[target];
  if (!visitor) throw new Error(`no caller may open ${target}: add it to SPECIAL_VISITORS`);
  return visitor;
}

const VISITORS: Visitor[] = [...new Set(pages.map(visitorFor))];

interface Records {
  owner: TestUser;
  /** The customer-service member who filed the pending activation (the CS visitor is this member). */
  maker: TestUser;
  /** The investor who holds the investments (the investor visitor is this investor). */
  investor: TestUser;
  publishedProjectId: string;
  publishedTitle: string;
  draftProjectId: string;
  preliminaryProjectId: string;
  pendingCompanyId: string;
  /** The investor's HOLDING investment in a loan being repaid, with a claim on each of 12 instalments. */
  holdingInvestmentId: string;
  /** The staff record pages' subjects: the loan being repaid, a deposit order, the company's approved withdrawal. */
  repayingProjectId: string;
  depositId: string;
  outflowId: string;
  /** An open reconciliation difference (a serial listed twice on a statement), with its two lines. */
  differenceId: string;
}

// Realistic, wide content: long names in both scripts, seven-digit amounts, several rows per list.
const LONG_COMPANY = "深圳前海微众新能源汽车零部件智能制造科技发展股份有限公司";
const LONG_TITLE = "年产 12 万套新能源汽车电池热管理系统生产线扩建及配套流动资金周转项目";
const LONG_PURPOSE = "用于采购两条全自动电池热管理组件生产线（含安装调试）及补充原材料采购的流动资金；还款来源为已签约整车厂订单回款。";
const AN_OLD_DAY = new Date("2021-03-01T02:00:00Z");

const terms = (companyId: string, amountFen: bigint, extra: object = {}) => ({
  companyId,
  purpose: LONG_PURPOSE,
  amountFen,
  annualRateBp: 1250,
  termMonths: 12,
  repaymentMethod: "EQUAL_INSTALLMENT" as const,
  fundraisingDays: 30,
  minInvestmentFen: 100_000n,
  ...extra,
});

async function createRecords(
  prisma: PrismaClient,
  makeUser: (role: TestUser["role"], o?: { companyStatus?: "INVALID" | "NORMAL" }) => Promise<TestUser>,
): Promise<Records> {
  const tag = uniqueTag();
  const [owner, pendingOwner, maker, investor] = await Promise.all([
    makeUser("COMPANY"),
    makeUser("COMPANY"),
    makeUser("CUSTOMER_SERVICE"),
    makeUser("INVESTOR"),
  ]);
  const company = await prisma.company.update({
    where: { userId: owner.id },
    data: {
      status: "NORMAL",
      activatedAt: AN_OLD_DAY,
      name: `${LONG_COMPANY} ${tag}`,
      address: "广东省深圳市南山区前海深港合作区前湾一路 1 号 A 栋 201 室（入驻深圳市前海商务秘书有限公司）",
      description: LONG_PURPOSE,
      registeredCapitalFen: 5_000_000_000n,
    },
  });
  const now = new Date();
  const published = await Promise.all(
    [200_000_000n, 50_000_000n, 1_234_567_800n].map((amountFen, i) =>
      prisma.loanProject.create({
        data: {
          ...terms(company.id, amountFen),
          title: `${LONG_TITLE} ${tag}-${i}`,
          status: "FUNDRAISING",
          riskGrade: "B",
          submittedAt: now,
          publishedAt: now,
          fundedFen: amountFen / 4n,
          fundraisingDeadline: new Date(now.getTime() + 20 * 24 * 60 * 60 * 1000),
        },
      }),
    ),
  );
  const draft = await prisma.loanProject.create({ data: { ...terms(company.id, 200_000_000n), title: `${LONG_TITLE} ${tag} 草稿` } });
  // Old submissions come first in the staff queues (oldest first), so these rows are on their first page.
  const [preliminary] = await Promise.all([
    prisma.loanProject.create({
      data: {
        ...terms(company.id, 200_000_000n),
        title: `${LONG_TITLE} ${tag} 初审`,
        status: "PENDING_PRELIMINARY_REVIEW",
        submittedAt: AN_OLD_DAY,
      },
    }),
    prisma.loanProject.create({
      data: {
        ...terms(company.id, 99_999_999_900n),
        title: `${LONG_TITLE} ${tag} 复审`,
        status: "PENDING_FINAL_REVIEW",
        submittedAt: AN_OLD_DAY,
        riskGrade: "C",
      },
    }),
  ]);
  for (const amountFen of [50_000_000n, 100_000n, 12_345_600n]) {
    await prisma.investment.create({ data: { projectId: published[0].id, investorId: investor.id, amountFen, status: "CONFIRMED" } });
  }

  const pendingCompany = await prisma.company.update({
    where: { userId: pendingOwner.id },
    data: { name: `${LONG_COMPANY}（待认证）${tag}`, profileCompletedAt: AN_OLD_DAY },
  });
  for (const [kind, fileName] of [
    ["BUSINESS_LICENCE", "营业执照副本扫描件-2025年年检后最新版本.pdf"],
    ["LEGAL_REP_ID", "法定代表人身份证正反面.pdf"],
  ] as const) {
    for (const companyId of [company.id, pendingCompany.id]) {
      await prisma.companyDocument.create({
        data: {
          companyId,
          kind,
          fileName,
          mimeType: "application/pdf",
          sizeBytes: PDF_BYTES.length,
          storageKey: `phone-layout/${tag}/${companyId}/${kind}`,
        },
      });
    }
  }
  await requestCompanyActivation(
    prisma,
    { id: maker.id, role: "CUSTOMER_SERVICE" },
    pendingCompany.id,
    "营业执照、法定代表人身份证与工商登记信息一致，统一社会信用代码已核验，申请激活。",
  );
  // Bank cards and withdrawals: the user pages' lists and both staff outflow queues have rows.
  const supervisor = await makeUser("SUPERVISOR");
  const outflowIds: string[] = [];
  for (const [user, holderName, status] of [
    [investor, "欧阳娜娜", "REQUESTED"],
    [owner, company.name, "APPROVED"],
  ] as const) {
    const card = await prisma.bankCard.create({
      data: {
        userId: user.id,
        holderName,
        bankName: "中国邮政储蓄银行",
        numberCipher: encryptPii("6217000000000000001"),
        numberHash: `phone-layout-${tag}-${user.id}`,
        numberLast4: "0001",
        luhnUnverified: true,
      },
    });
    const outflow = await prisma.outflow.create({
      data: {
        kind: "WITHDRAWAL",
        userId: user.id,
        bankCardId: card.id,
        amountFen: 12_345_600n,
        requestedById: user.id,
        status,
        reason: status === "REQUESTED" ? null : LONG_PURPOSE,
        ...(status === "REQUESTED" ? {} : { decidedById: supervisor.id, decidedAt: now }),
      },
    });
    outflowIds.push(outflow.id);
  }
  const holdingInvestmentId = await repayingLoanHeldBy(prisma, company.id, investor.id, `${LONG_TITLE} ${tag} 还款中`);
  const differenceId = await duplicatedStatementLine(prisma, maker.id, tag);
  const { projectId: repayingProjectId } = await prisma.investment.findUniqueOrThrow({ where: { id: holdingInvestmentId } });
  const deposit = await prisma.deposit.create({
    data: { userId: owner.id, amountFen: 1_234_567_800n, purpose: "REPAYMENT", projectId: repayingProjectId, expiresAt: now },
  });
  return {
    holdingInvestmentId,
    repayingProjectId,
    depositId: deposit.id,
    outflowId: outflowIds[1] ?? "",
    differenceId,
    owner,
    maker,
    investor,
    publishedProjectId: published[0].id,
    publishedTitle: published[0].title,
    draftProjectId: draft.id,
    preliminaryProjectId: preliminary.id,
    pendingCompanyId: pendingCompany.id,
  };
}

/**
 * A loan being repaid (12 monthly instalments, the first due today, so the repayment calendar's current month has
 * one) and the investor's claim on each: the calendar, the investment's schedule and the company's loans list
 * show their widest figures. Written straight into the tables (disbursement has its own tests).
 */
async function repayingLoanHeldBy(prisma: PrismaClient, companyId: string, investorId: string, title: string): Promise<string> {
  const project = await prisma.loanProject.create({
    data: {
      ...terms(companyId, 1_234_567_800n),
      title,
      status: "REPAYING",
      riskGrade: "B",
      submittedAt: AN_OLD_DAY,
      publishedAt: AN_OLD_DAY,
    },
  });
  const investment = await prisma.investment.create({
    data: { projectId: project.id, investorId, amountFen: 123_456_700n, status: "HOLDING" },
  });
  const today = businessDateOf(new Date(), "Asia/Shanghai");
  for (let number = 1; number <= 12; number++) {
    const instalment = await prisma.repaymentInstalment.create({
      data: {
        projectId: project.id,
        number,
        dueDate: new Date(`${addMonths(today, number - 1)}T00:00:00Z`),
        principalFen: 102_880_650n,
        interestFen: 12_860_081n,
      },
    });
    await prisma.claimInstalment.create({
      data: { instalmentId: instalment.id, investmentId: investment.id, principalFen: 10_288_058n, interestFen: 1_286_008n },
    });
  }
  return investment.id;
}

/**
 * An imported statement whose payment line is listed twice (DUPLICATE_SERIAL), with wide figures and a long
 * payee: the reconciliation pages' lists and the difference's page have rows. Written straight into the tables
 * (the import has its own tests).
 */
async function duplicatedStatementLine(prisma: PrismaClient, importerId: string, tag: string): Promise<string> {
  const serial = `SBP2021030199${String(Date.now() % 1e6).padStart(6, "0")}`;
  const statementImport = await prisma.statementImport.create({
    data: {
      format: "JSON",
      fileName: `支付平台对账单-2021年3月1日-全部资金往来明细-${tag}.json`,
      contentHash: `phone-layout-${tag}`,
      periodFrom: AN_OLD_DAY,
      periodTo: AN_OLD_DAY,
      lineCount: 2,
      newLineCount: 2,
      matchedCount: 0,
      differenceCounts: { DUPLICATE_SERIAL: 1 },
      totalInFen: 2_469_135_600n,
      totalOutFen: 0n,
      openingBalanceFen: 98_765_432_100n,
      closingBalanceFen: 101_234_567_700n,
      importedById: importerId,
    },
  });
  let firstLineId: bigint | null = null;
  for (const occurrence of [1, 2]) {
    const line = await prisma.statementLine.create({
      data: {
        importId: statementImport.id,
        lineNo: occurrence,
        serial,
        occurrence,
        direction: "IN",
        amountFen: 1_234_567_800n,
        occurredAt: AN_OLD_DAY,
        businessDate: AN_OLD_DAY,
        orderNo: `phone-layout-order-${tag}-0123456789abcdef`,
        counterparty: LONG_COMPANY,
        balanceFen: 98_765_432_100n + BigInt(occurrence) * 1_234_567_800n,
        fingerprint: `phone-layout-${tag}-${occurrence}`,
      },
    });
    firstLineId ??= line.id;
  }
  const difference = await prisma.reconciliationDifference.create({
    data: {
      kind: "DUPLICATE_SERIAL",
      serial,
      businessDate: AN_OLD_DAY,
      direction: "IN",
      statementAmountFen: 1_234_567_800n,
      platformAmountFen: 1_234_567_800n,
      lineId: firstLineId,
      importId: statementImport.id,
    },
  });
  return difference.id;
}

/** The concrete URL of a page pattern. */
function urlFor(pattern: string, records: Records): string {
  const byPattern: Record<string, string> = {
    "/loans/[id]": `/loans/${records.publishedProjectId}`,
    "/loans/q/[query]": "/loans?sort=rate_desc&status=FUNDRAISING",
    "/calculator/q/[query]": "/calculator?amount=100000&rate=8&term=12&method=EQUAL_INSTALLMENT",
    "/[...missing]": "/no-such-page",
    "/company/loans/[id]": `/company/loans/${records.draftProjectId}`,
    "/company/loans/[id]/edit": `/company/loans/${records.draftProjectId}/edit`,
    "/admin/companies/[id]": `/admin/companies/${records.pendingCompanyId}`,
    "/investor/investments/[id]": `/investor/investments/${records.holdingInvestmentId}`,
    "/admin/reviews/[id]": `/admin/reviews/${records.preliminaryProjectId}`,
    "/admin/disbursements/[id]": `/admin/disbursements/${records.preliminaryProjectId}`,
    "/admin/projects/[id]": `/admin/projects/${records.repayingProjectId}`,
    "/admin/investments/[id]": `/admin/investments/${records.holdingInvestmentId}`,
    "/admin/deposits/[id]": `/admin/deposits/${records.depositId}`,
    "/admin/outflows/[id]": `/admin/outflows/${records.outflowId}`,
    "/activate/[token]": "/activate/no-such-token",
    "/admin/reconciliation/differences/[id]": `/admin/reconciliation/differences/${records.differenceId}`,
  };
  const concrete = byPattern[pattern] ?? pattern;
  if (concrete.includes("[")) throw new Error(`no concrete URL for ${pattern}: add it to urlFor`);
  return concrete;
}

async function setLanguage(context: BrowserContext, baseURL: string, locale: Locale) {
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
}

/** Logs the visitor in (records' own users where the pages show their data). */
async function signIn(page: Page, visitor: Visitor, records: Records, makeUser: (role: TestUser["role"]) => Promise<TestUser>) {
  if (visitor === "ANONYMOUS") return;
  if (visitor === "STAFF_OWING_MFA") {
    const staff = await makeUser("SUPERVISOR");
    await loginThroughApi(page, staff.email, staff.password);
    return;
  }
  const user =
    visitor === "COMPANY"
      ? records.owner
      : visitor === "CUSTOMER_SERVICE"
        ? records.maker
        : visitor === "INVESTOR"
          ? records.investor
          : await makeUser(visitor);
  await logInUser(page, user);
}

/**
 * How much wider than the viewport the document is, and the elements that stick out (deepest first, not
 * counting content that scrolls inside its own box).
 */
async function overflow(page: Page): Promise<{ scrollWidth: number; viewport: number; culprits: string[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const clipped = (element: Element) => {
      for (let a = element.parentElement; a && a !== document.body; a = a.parentElement) {
        const x = getComputedStyle(a).overflowX;
        if (x !== "visible") return true;
      }
      return false;
    };
    const sticking = [...document.body.querySelectorAll("*")].filter(
      (e) => e.getBoundingClientRect().right > viewport + 0.5 && !clipped(e) && getComputedStyle(e).position !== "fixed",
    );
    const deepest = sticking.filter((e) => !sticking.some((other) => other !== e && e.contains(other)));
    const describe = (e: Element) => {
      const id = e.getAttribute("data-testid");
      const cls = (e.getAttribute("class") ?? "").split(/\s+/).slice(0, 4).join(".");
      const text = (e.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      return `<${e.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ""}${cls ? ` .${cls}` : ""}> right=${Math.round(
        e.getBoundingClientRect().right,
      )} "${text}"`;
    };
    return { scrollWidth, viewport, culprits: deepest.slice(0, 6).map(describe) };
  });
}

for (const locale of LOCALES) {
  for (const visitor of VISITORS) {
    const targets = pages.filter((p) => visitorFor(p) === visitor);
    test(`at 390 px no page scrolls sideways · ${locale} · ${visitor} (${targets.join(", ")})`, async ({
      page,
      context,
      makeUser,
      database,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      const records = await createRecords(database.prisma, makeUser);
      await refreshPublicPages(page.request);
      await page.setViewportSize(PHONE);
      await setLanguage(context, baseURL ?? "", locale);
      await signIn(page, visitor, records, makeUser);
      const wide: string[] = [];
      for (const target of targets) {
        const url = urlFor(target, records);
        const response = await page.goto(url);
        const expected = EXPECTED_STATUS[target];
        if (expected) expect(response?.status(), `${url} answers ${expected}`).toBe(expected);
        else expect(response?.status(), `${url} opens for ${visitor}`).toBeLessThan(400);
        expect(new URL(page.url()).pathname, `${url} is not redirected for ${visitor}`).toBe(url.split("?")[0]);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const { scrollWidth, viewport, culprits } = await overflow(page);
        if (scrollWidth > viewport) wide.push(`${url}: ${scrollWidth} px wide\n    ${culprits.join("\n    ")}`);
      }
      expect(wide, `pages wider than ${PHONE.width} px (${locale})`).toEqual([]);
    });
  }
}

/**
 * Every figure of the element renders on one line: the text boxes of its content share a single top.
 * A Range sees each line box separately, whatever the markup.
 */
async function linesOf(figures: Locator): Promise<{ text: string; lines: number }[]> {
  return figures.evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      return { text: (element.textContent ?? "").trim(), lines: tops.size };
    }),
  );
}

for (const locale of LOCALES) {
  for (const [name, viewport] of [
    ["1366 px", DESKTOP],
    ["390 px", PHONE],
  ] as const) {
    test(`figures never break inside · project card, project page and calculator · ${locale} · ${name}`, async ({
      page,
      context,
      makeUser,
      database,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const records = await createRecords(database.prisma, makeUser);
      await refreshPublicPages(page.request);
      await page.setViewportSize(viewport);
      await setLanguage(context, baseURL ?? "", locale);

      await page.goto("/loans");
      const card = page.getByTestId("project-card").filter({ hasText: records.publishedTitle });
      await expect(card).toHaveCount(1);
      // The card's three headline figures (rate, term, amount), each a figure of its own.
      await expect(card.locator("dl dd [data-figure]")).toHaveCount(3);
      await expect(card.locator("dl dd [data-figure]").last()).toHaveText("¥2,000,000.00");
      const cardFigures = await linesOf(card.locator("dl dd"));
      expect(cardFigures.filter((f) => f.lines !== 1)).toEqual([]);
      const cardBox = await card.boundingBox();
      for (const box of await Promise.all((await card.locator("[data-figure]").all()).map((figure) => figure.boundingBox()))) {
        expect(box && cardBox && box.x + box.width <= cardBox.x + cardBox.width, "the figure stays inside its card").toBe(true);
      }

      await page.goto(`/loans/${records.publishedProjectId}`);
      await expect(page.getByTestId("project-title")).toHaveText(records.publishedTitle);
      const headline = page.locator("main dl").first().locator("dd");
      await expect(headline).toHaveCount(3);
      await expect(headline.locator("[data-figure]")).toHaveCount(3);
      await expect(page.getByTestId("project-terms").locator("[data-figure]").first()).toHaveText("¥2,000,000.00");
      const pageFigures = [...(await linesOf(headline)), ...(await linesOf(page.locator("main [data-figure]")))];
      expect(pageFigures.length).toBeGreaterThanOrEqual(10);
      expect(pageFigures.filter((f) => f.lines !== 1)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      // The yield calculator's figures at the largest amount it accepts.
      await page.goto("/calculator?amount=100000000&rate=24&term=60&method=EQUAL_INSTALLMENT");
      const summary = page.getByTestId("calculator-summary");
      await expect(summary.locator("[data-figure]").first()).toBeVisible();
      expect((await linesOf(summary.locator("dd"))).filter((f) => f.lines !== 1)).toEqual([]);
      for (const card of await summary.locator(":scope > div").all()) {
        const [outer, inner] = await Promise.all([card.boundingBox(), card.locator("[data-figure]").boundingBox()]);
        expect(outer && inner && inner.x + inner.width <= outer.x + outer.width, "the figure stays inside its card").toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  }
}
