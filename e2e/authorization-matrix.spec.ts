import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LocalDiskStorage } from "@/lib/server/storage/local-disk-storage";
import { CALLERS, type Caller, MATRIX, type MatrixRow, type Outcome } from "@/tests/authz/matrix";
import { createOpenDifference } from "../tests/integration/support/open-difference";
import { PDF_BYTES, uniqueTag } from "./support/company-helpers";
import { expect, type TestUser, test } from "./support/fixtures";

/**
 * Every page and route handler of tests/authz/matrix.ts, requested over HTTP from the production server as
 * each caller (one test per caller, logged in through the real login) and as another company; the final
 * URL and status must match the row. (Each action is checked directly in tests/integration/authz.)
 */

const rows = MATRIX.filter((r) => r.kind !== "action");

interface Records {
  /** A published project (public detail page). */
  publishedProjectId: string;
  /** A draft loan request of the owning company. */
  draftProjectId: string;
  companyId: string;
  /** A stored document of the owning company. */
  documentId: string;
  /** An open reconciliation difference. */
  differenceId: string;
  /** An investment of the INVESTOR caller (of someone else for the other callers, whom the guard turns away first). */
  investmentId?: string;
  /** A deposit order and a withdrawal of the owning company (the staff record pages' subjects). */
  depositId: string;
  outflowId: string;
}

// The server keeps uploads in .data/uploads under its working directory, the repository root (scripts/e2e-server.sh).
const storage = new LocalDiskStorage(path.join(process.cwd(), ".data", "uploads"));

/** The records the [id] routes need, owned by the company user `owner`. */
async function createRecords(prisma: PrismaClient, owner: TestUser): Promise<Records> {
  const tag = uniqueTag();
  const company = await prisma.company.update({ where: { userId: owner.id }, data: { status: "NORMAL", activatedAt: new Date() } });
  const terms = {
    companyId: company.id,
    purpose: "Authorization matrix",
    amountFen: 10_000_000n,
    annualRateBp: 1200,
    termMonths: 12,
    repaymentMethod: "EQUAL_INSTALLMENT" as const,
    fundraisingDays: 10,
    minInvestmentFen: 10_000n,
  };
  const draft = await prisma.loanProject.create({ data: { ...terms, title: `Matrix draft ${tag}`, status: "DRAFT" } });
  const now = new Date();
  const published = await prisma.loanProject.create({
    data: {
      ...terms,
      title: `Matrix published ${tag}`,
      status: "FUNDRAISING",
      submittedAt: now,
      publishedAt: now,
      riskGrade: "B",
      fundraisingDeadline: new Date(now.getTime() + 10 * 24 * 60 * 60 * 1000),
    },
  });
  const storageKey = `authz-matrix/${tag}`;
  await storage.put(storageKey, PDF_BYTES);
  const document = await prisma.companyDocument.create({
    data: {
      companyId: company.id,
      kind: "BUSINESS_LICENCE",
      fileName: "licence.pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF_BYTES.length,
      storageKey,
    },
  });
  const deposit = await prisma.deposit.create({
    data: { userId: owner.id, amountFen: 100_000n, expiresAt: new Date(now.getTime() + 60 * 60 * 1000) },
  });
  const card = await prisma.bankCard.create({
    data: { userId: owner.id, holderName: "Matrix", bankName: "Bank", numberCipher: "x", numberHash: `matrix-${tag}`, numberLast4: "0000" },
  });
  const outflow = await prisma.outflow.create({
    data: { kind: "WITHDRAWAL", userId: owner.id, bankCardId: card.id, amountFen: 10_000n, requestedById: owner.id },
  });
  const difference = await createOpenDifference(prisma, owner.id);
  return {
    publishedProjectId: published.id,
    draftProjectId: draft.id,
    companyId: company.id,
    documentId: document.id,
    depositId: deposit.id,
    outflowId: outflow.id,
    differenceId: difference.id,
  };
}

/** The concrete URL of a page or route pattern. */
function urlFor(pattern: string, records: Records): string {
  const url = pattern.replace(/^(GET|POST) /, "");
  const byPattern: Record<string, string> = {
    "/loans/[id]": `/loans/${records.publishedProjectId}`,
    "/loans/q/[query]": "/loans?sort=rate_desc&status=FUNDRAISING",
    "/calculator/q/[query]": "/calculator?amount=100000&rate=8&term=12&method=EQUAL_INSTALLMENT",
    "/[...missing]": "/no-such-page",
    "/company/loans/[id]": `/company/loans/${records.draftProjectId}`,
    "/company/loans/[id]/edit": `/company/loans/${records.draftProjectId}/edit`,
    "/admin/companies/[id]": `/admin/companies/${records.companyId}`,
    "/investor/investments/[id]": `/investor/investments/${records.investmentId}`,
    "/admin/reviews/[id]": `/admin/reviews/${records.draftProjectId}`,
    "/admin/disbursements/[id]": `/admin/disbursements/${records.draftProjectId}`,
    "/admin/projects/[id]": `/admin/projects/${records.publishedProjectId}`,
    "/admin/investments/[id]": `/admin/investments/${records.investmentId}`,
    "/admin/deposits/[id]": `/admin/deposits/${records.depositId}`,
    "/admin/outflows/[id]": `/admin/outflows/${records.outflowId}`,
    "/admin/reconciliation/differences/[id]": `/admin/reconciliation/differences/${records.differenceId}`,
    "/api/documents/[id]": `/api/documents/${records.documentId}`,
    "/api/loans/[id]/investing": `/api/loans/${records.publishedProjectId}/investing`,
    "/api/loans/[id]/investments": `/api/loans/${records.publishedProjectId}/investments`,
    "/api/jobs/[name]": "/api/jobs/prune-login-attempts",
    "/api/auth/[...nextauth]": "/api/auth/session",
    "/activate/[token]": "/activate/no-such-token",
  };
  const concrete = byPattern[url] ?? url;
  if (concrete.includes("[")) throw new Error(`no concrete URL for ${pattern}: add it to urlFor`);
  return concrete;
}

/** Requests one row's URL and classifies the answer. */
async function observe(request: APIRequestContext, row: MatrixRow, records: Records): Promise<string> {
  const url = urlFor(row.target, records);
  if (row.target.startsWith("POST /api/auth/")) {
    // Auth.js's POST endpoints answer anyone: the session endpoint (a session update) with the CSRF token.
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/session", { data: { csrfToken }, maxRedirects: 0 });
    return response.status() >= 200 && response.status() < 400 ? "ok" : `status ${response.status()}`;
  }
  if (row.target.startsWith("POST ")) {
    // Other POST routes get a bare POST with the caller's cookies, as a caller without any other credential.
    const response = await request.post(url, { maxRedirects: 0 });
    if (response.status() === 404) return "notFound";
    if (response.status() === 401) return "unsigned";
    return response.status() >= 200 && response.status() < 300 ? "ok" : `status ${response.status()}`;
  }
  const response = await request.get(url);
  const final = new URL(response.url());
  if (final.pathname === "/login" && url !== "/login") return "login";
  if (final.pathname === "/forbidden" && url !== "/forbidden") return "forbidden";
  if (response.status() === 404) return "notFound";
  if (response.status() === 200 && final.pathname === url.split("?")[0]) return "ok";
  if (response.status() === 200) return "redirect";
  return `status ${response.status()} at ${final.pathname}${final.search}`;
}

async function checkRows(request: APIRequestContext, records: Records, expected: (row: MatrixRow) => Outcome | undefined) {
  const mismatches: string[] = [];
  for (const row of rows) {
    const want = expected(row);
    if (!want) continue;
    const got = await observe(request, row, records);
    if (got !== want) mismatches.push(`${row.target}: expected ${want}, got ${got}`);
  }
  expect(mismatches).toEqual([]);
}

for (const caller of CALLERS) {
  test(`pages and routes as ${caller} answer as the authorization matrix says`, async ({ page, makeUser, loginAs, database }) => {
    test.setTimeout(300_000);
    const owner = await makeUser("COMPANY");
    // A company caller opens its own records; everyone else opens the owner's.
    const user: TestUser | null =
      caller === "ANONYMOUS" ? null : caller === "COMPANY" ? owner : await makeUser(caller as Exclude<Caller, "ANONYMOUS">);
    const records = await createRecords(database.prisma, owner);
    const investor = caller === "INVESTOR" && user ? user : await makeUser("INVESTOR");
    const investment = await database.prisma.investment.create({
      data: { projectId: records.publishedProjectId, investorId: investor.id, amountFen: 100_000n, status: "PENDING" },
    });
    records.investmentId = investment.id;
    if (user) await loginAs(user);
    await checkRows(page.request, records, (row) => row.expect[caller]);
  });
}

test("another company's loan requests and documents answer 404", async ({ page, makeUser, loginAs, database }) => {
  test.setTimeout(120_000);
  const owner = await makeUser("COMPANY");
  const records = await createRecords(database.prisma, owner);
  await loginAs(await makeUser("COMPANY", { companyStatus: "NORMAL" }));
  await checkRows(page.request, records, (row) => (row.otherOwner?.role === "COMPANY" ? row.otherOwner.outcome : undefined));
  expect(rows.filter((r) => r.otherOwner).length).toBeGreaterThanOrEqual(3);
});
