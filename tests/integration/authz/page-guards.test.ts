import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient, User } from "@/lib/generated/prisma/client";
import { ROOT, readInventory } from "@/tests/authz/inventory";
import { CALLERS, type Caller, MATRIX, type Outcome } from "@/tests/authz/matrix";
import { createCompany, createLoanProject } from "../support/factories";
import { createOpenDifference } from "../support/open-difference";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { framework, observePage, signInAs } from "./framework";
import { makePerson } from "./run-action-matrix";

// The framework edges only (see framework.ts); the pages, session.ts and the services are the real code.
vi.mock("server-only", () => ({}));
vi.mock("@/lib/server/auth/auth", async () => (await import("./framework")).authModule());
vi.mock("@/lib/server/db", async () => (await import("./framework")).dbModule());
vi.mock("next/cache", async () => (await import("./framework")).cacheModule());
vi.mock("next/navigation", async () => (await import("./framework")).navigationModule());
vi.mock("next/headers", async () => (await import("./framework")).headersModule());
vi.mock("next-intl/server", async () => (await import("./framework")).intlModule());
vi.mock("next-auth", async () => (await import("./framework")).nextAuthModule());

/**
 * Each page's OWN check, without proxy.ts in front: the page module's default export is called as each caller
 * (and as another company for owned records) and must render, or throw redirect()/notFound() as the matrix says.
 */

const pageFiles = new Map(readInventory().pages.map((p) => [p.target, p.file]));
const rows = MATRIX.filter((r) => r.kind === "page");

interface Records {
  publishedProjectId: string;
  draftProjectId: string;
  companyId: string;
  /** An open reconciliation difference (any staff reader's). */
  differenceId: string;
  /** An investment of the INVESTOR caller (the only caller whose guard lets the page read it). */
  investmentId?: string;
  /** A deposit and an outflow (the staff record pages' subjects). */
  depositId?: string;
  outflowId?: string;
}

async function recordsOwnedBy(db: PrismaClient, owner: User): Promise<Records> {
  const company = await db.company.update({ where: { userId: owner.id }, data: { status: "NORMAL", activatedAt: new Date() } });
  const draft = await createLoanProject(db, { companyId: company.id, status: "DRAFT" });
  const now = new Date();
  const published = await createLoanProject(db, {
    companyId: (await createCompany(db, { status: "NORMAL", activatedAt: now })).id,
    status: "FUNDRAISING",
    submittedAt: now,
    publishedAt: now,
    riskGrade: "B",
    fundraisingDeadline: new Date(now.getTime() + 10 * 24 * 60 * 60 * 1000),
  });
  const difference = await createOpenDifference(db, owner.id);
  return { publishedProjectId: published.id, draftProjectId: draft.id, companyId: company.id, differenceId: difference.id };
}

function paramsFor(pattern: string, records: Records): Record<string, string> {
  // Every page sits under the hidden [locale] segment (proxy.ts).
  const locale = { locale: "zh-CN" };
  if (pattern === "/activate/[token]") return { ...locale, token: "no-such-token" };
  if (pattern.endsWith("/q/[query]")) return { ...locale, query: "" };
  if (pattern === "/[...missing]") return { ...locale, missing: "no-such-page" };
  const id = idFor(pattern, records);
  return id ? { ...locale, id } : locale;
}

function idFor(pattern: string, records: Records): string | undefined {
  if (!pattern.includes("[id]")) return undefined;
  if (pattern === "/loans/[id]") return records.publishedProjectId;
  if (pattern === "/admin/companies/[id]") return records.companyId;
  if (pattern === "/investor/investments/[id]" || pattern === "/admin/investments/[id]") return records.investmentId;
  if (pattern === "/admin/projects/[id]") return records.publishedProjectId;
  if (pattern === "/admin/deposits/[id]") return records.depositId;
  if (pattern === "/admin/outflows/[id]") return records.outflowId;
  if (pattern === "/admin/reconciliation/differences/[id]") return records.differenceId;
  if (pattern.startsWith("/company/loans/[id]") || pattern === "/admin/reviews/[id]" || pattern === "/admin/disbursements/[id]") {
    return records.draftProjectId;
  }
  throw new Error(`no id for ${pattern}: add it to idFor`);
}

async function renderAs(pattern: string, caller: User | null, records: Records) {
  const file = pageFiles.get(pattern);
  if (!file) throw new Error(`no page file for ${pattern}`);
  const params = paramsFor(pattern, records);
  const Page = (await import(/* @vite-ignore */ path.join(ROOT, file))).default as (props: unknown) => Promise<unknown>;
  signInAs(caller);
  try {
    await Page({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });
    return observePage();
  } catch (error) {
    return observePage(error);
  } finally {
    signInAs(null);
  }
}

describe("authorization matrix: every page's own guard, without the proxy", () => {
  let database: TestDatabase;
  // Pages only read: one person per caller and one set of records, shared by every row.
  const people = new Map<Caller, User | null>();
  let companysOwn: Records; // the COMPANY caller's own records
  let someoneElses: Records; // another company's, opened by every other caller
  let secondCompany: User;
  beforeAll(async () => {
    database = await createTestDatabase();
    framework.db = database.prisma;
    for (const caller of CALLERS) people.set(caller, caller === "ANONYMOUS" ? null : await makePerson(database.prisma, caller));
    companysOwn = await recordsOwnedBy(database.prisma, people.get("COMPANY") as User);
    someoneElses = await recordsOwnedBy(database.prisma, await makePerson(database.prisma, "COMPANY"));
    secondCompany = await makePerson(database.prisma, "COMPANY");
    const investor = people.get("INVESTOR") as User;
    const investment = await database.prisma.investment.create({
      data: { projectId: someoneElses.publishedProjectId, investorId: investor.id, amountFen: 100_000n, status: "PENDING" },
    });
    someoneElses.investmentId = investment.id;
    companysOwn.investmentId = investment.id;
    const deposit = await database.prisma.deposit.create({
      data: { userId: investor.id, amountFen: 100_000n, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const card = await database.prisma.bankCard.create({
      data: {
        userId: investor.id,
        holderName: "Matrix",
        bankName: "Bank",
        numberCipher: "x",
        numberHash: `matrix-${investor.id}`,
        numberLast4: "0000",
      },
    });
    const outflow = await database.prisma.outflow.create({
      data: { kind: "WITHDRAWAL", userId: investor.id, bankCardId: card.id, amountFen: 10_000n, requestedById: investor.id },
    });
    for (const records of [someoneElses, companysOwn]) Object.assign(records, { depositId: deposit.id, outflowId: outflow.id });
  });
  afterAll(async () => {
    await database?.close();
  });

  for (const row of rows) {
    describe(row.target, () => {
      it.each(CALLERS.map((caller) => [caller, row.expect[caller]] as [Caller, Outcome]))("as %s: %s", async (caller, expected) => {
        const observed = await renderAs(row.target, people.get(caller) ?? null, caller === "COMPANY" ? companysOwn : someoneElses);
        expect(observed.outcome, observed.detail).toBe(expected);
      });
      const other = row.otherOwner;
      if (other?.role === "COMPANY") {
        it(`as another company opening someone else's ${other.record}: ${other.outcome}`, async () => {
          const observed = await renderAs(row.target, secondCompany, companysOwn);
          expect(observed.outcome, observed.detail).toBe(other.outcome);
        });
      }
    });
  }
});
