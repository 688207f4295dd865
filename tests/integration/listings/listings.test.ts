import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoanStatus, RepaymentMethod } from "@/lib/generated/prisma/enums";
import { listPublicLoanProjects, PUBLIC_LOAN_STATUSES, parseListingSearchParams } from "@/lib/server/listings";
import { createCompany, createLoanProject } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
const HIDDEN: LoanStatus[] = ["DRAFT", "PENDING_PRELIMINARY_REVIEW", "PENDING_FINAL_REVIEW", "REJECTED", "WITHDRAWN"];
const DAY = 86_400_000;
const base = Date.UTC(2026, 5, 1);

interface Spec {
  title: string;
  status: LoanStatus;
  rate: number;
  term: number;
  method: RepaymentMethod;
  /** Days after `base` it was published. */
  published: number;
  /** Days after `base` fundraising closes. */
  deadline: number;
  fundedPercent: number;
}

// A small, hand-checkable catalogue: every expectation below can be read off this table.
const SPECS: Spec[] = [
  { title: "F1", status: "FUNDRAISING", rate: 800, term: 6, method: "EQUAL_INSTALLMENT", published: 10, deadline: 30, fundedPercent: 10 },
  { title: "F2", status: "FUNDRAISING", rate: 1200, term: 12, method: "EQUAL_PRINCIPAL", published: 11, deadline: 20, fundedPercent: 50 },
  { title: "F3", status: "FUNDRAISING", rate: 1500, term: 24, method: "INTEREST_FIRST", published: 12, deadline: 25, fundedPercent: 0 },
  { title: "F4", status: "FUNDRAISING", rate: 1000, term: 3, method: "BULLET", published: 13, deadline: 22, fundedPercent: 90 },
  {
    title: "FF",
    status: "FULLY_FUNDED",
    rate: 1100,
    term: 12,
    method: "EQUAL_INSTALLMENT",
    published: 5,
    deadline: 15,
    fundedPercent: 100,
  },
  { title: "RP", status: "REPAYING", rate: 900, term: 9, method: "EQUAL_INSTALLMENT", published: 1, deadline: 11, fundedPercent: 100 },
  { title: "OD", status: "OVERDUE", rate: 1800, term: 36, method: "EQUAL_PRINCIPAL", published: 2, deadline: 12, fundedPercent: 100 },
  { title: "ST", status: "SETTLED", rate: 700, term: 1, method: "BULLET", published: 0, deadline: 10, fundedPercent: 100 },
  { title: "FA", status: "FAILED", rate: 1300, term: 6, method: "EQUAL_INSTALLMENT", published: 3, deadline: 13, fundedPercent: 0 },
];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.prisma;
  const company = await createCompany(db, { name: "青禾食品" });
  for (const spec of SPECS) {
    const amountFen = 10_000_000n;
    await createLoanProject(db, {
      companyId: company.id,
      title: spec.title,
      status: spec.status,
      annualRateBp: spec.rate,
      termMonths: spec.term,
      repaymentMethod: spec.method,
      amountFen,
      fundedFen: (amountFen * BigInt(spec.fundedPercent)) / 100n,
      publishedAt: new Date(base + spec.published * DAY),
      fundraisingDeadline: new Date(base + spec.deadline * DAY),
      riskGrade: "B",
    });
  }
  // Never published: must never appear, whatever the filters.
  for (const status of HIDDEN) {
    await createLoanProject(db, { companyId: company.id, title: `hidden-${status}`, status, annualRateBp: 1000, termMonths: 6 });
  }
});

afterAll(async () => {
  await database?.close();
});

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe("listPublicLoanProjects", () => {
  it("lists published projects only, newest first, with the company name", async () => {
    const page = await listPublicLoanProjects(database.prisma, {});
    expect(page.total).toBe(SPECS.length);
    expect(titles(page.items)).toEqual(["F4", "F3", "F2", "F1", "FF", "FA", "OD", "RP", "ST"]);
    expect(page.items.every((i) => i.companyName === "青禾食品")).toBe(true);
    expect(page.items.every((i) => (PUBLIC_LOAN_STATUSES as readonly string[]).includes(i.status))).toBe(true);
  });

  it("returns typed values: bigint money, numbers, dates, progress in basis points", async () => {
    const { items } = await listPublicLoanProjects(database.prisma, { status: "FUNDRAISING", sort: "progress" });
    const f4 = items[0];
    expect(f4).toMatchObject({
      title: "F4",
      amountFen: 10_000_000n,
      fundedFen: 9_000_000n,
      progressBp: 9000,
      annualRateBp: 1000,
      termMonths: 3,
      repaymentMethod: "BULLET",
      status: "FUNDRAISING",
      riskGrade: "B",
      minInvestmentFen: 10_000n,
    });
    expect(f4.fundraisingDeadline).toEqual(new Date(base + 22 * DAY));
    expect(f4.publishedAt).toEqual(new Date(base + 13 * DAY));
  });

  it.each(HIDDEN)("never lists %s, even when asked for it", async (status) => {
    const page = await listPublicLoanProjects(database.prisma, { status: status as never });
    expect(page.total).toBe(SPECS.length);
    expect(titles(page.items)).not.toContain(`hidden-${status}`);
    const fromUrl = await listPublicLoanProjects(database.prisma, parseListingSearchParams({ status }).query);
    expect(fromUrl.total).toBe(SPECS.length);
  });

  it("filters by status, rate range, term and method, together", async () => {
    const db = database.prisma;
    expect(titles((await listPublicLoanProjects(db, { status: "FUNDRAISING" })).items)).toEqual(["F4", "F3", "F2", "F1"]);
    expect(titles((await listPublicLoanProjects(db, { status: ["REPAYING", "OVERDUE"] })).items)).toEqual(["OD", "RP"]);
    expect(titles((await listPublicLoanProjects(db, { minRateBp: 1000, maxRateBp: 1300 })).items)).toEqual(["F4", "F2", "FF", "FA"]);
    expect(titles((await listPublicLoanProjects(db, { termMonths: 6 })).items)).toEqual(["F1", "FA"]);
    expect(titles((await listPublicLoanProjects(db, { minTermMonths: 7, maxTermMonths: 12 })).items)).toEqual(["F2", "FF", "RP"]);
    expect(titles((await listPublicLoanProjects(db, { method: "EQUAL_INSTALLMENT" })).items)).toEqual(["F1", "FF", "FA", "RP"]);
    const combined = await listPublicLoanProjects(db, {
      status: "FUNDRAISING",
      minRateBp: 900,
      method: "EQUAL_PRINCIPAL",
      maxTermMonths: 12,
    });
    expect(titles(combined.items)).toEqual(["F2"]);
    expect(combined.total).toBe(1);
    const none = await listPublicLoanProjects(db, { minRateBp: 3000 });
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it("sorts by rate, deadline and progress, ties broken stably", async () => {
    const db = database.prisma;
    expect(titles((await listPublicLoanProjects(db, { sort: "rate_desc" })).items)).toEqual([
      "OD",
      "F3",
      "FA",
      "F2",
      "FF",
      "F4",
      "RP",
      "F1",
      "ST",
    ]);
    expect(titles((await listPublicLoanProjects(db, { sort: "rate_asc" })).items)).toEqual([
      "ST",
      "F1",
      "RP",
      "F4",
      "FF",
      "F2",
      "FA",
      "F3",
      "OD",
    ]);
    // Open projects closing soonest first, then the closed ones, most recently closed first.
    expect(titles((await listPublicLoanProjects(db, { sort: "deadline" })).items)).toEqual([
      "F2",
      "F4",
      "F3",
      "F1",
      "FF",
      "FA",
      "OD",
      "RP",
      "ST",
    ]);
    expect(titles((await listPublicLoanProjects(db, { status: "FUNDRAISING", sort: "deadline" })).items)).toEqual(["F2", "F4", "F3", "F1"]);
    expect(titles((await listPublicLoanProjects(db, { status: "FUNDRAISING", sort: "progress" })).items)).toEqual(["F4", "F2", "F1", "F3"]);
  });

  it("paginates without overlap or gaps", async () => {
    const db = database.prisma;
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const result = await listPublicLoanProjects(db, { page, pageSize: 4 });
      expect(result).toMatchObject({ total: SPECS.length, page, pageSize: 4 });
      seen.push(...titles(result.items));
    }
    expect(seen).toEqual(titles((await listPublicLoanProjects(db, {})).items));
    expect((await listPublicLoanProjects(db, { page: 3, pageSize: 4 })).items).toHaveLength(1);
    expect((await listPublicLoanProjects(db, { page: 99, pageSize: 4 })).items).toEqual([]);
  });

  it("falls back to defaults for invalid input instead of failing", async () => {
    const db = database.prisma;
    const page = await listPublicLoanProjects(db, {
      sort: "bogus" as never,
      page: -3,
      pageSize: 10_000,
      minRateBp: Number.NaN,
      termMonths: 1.5,
      method: "LOTTERY" as never,
    });
    expect(page).toMatchObject({ total: SPECS.length, page: 1, pageSize: 100 });
    // A reversed range is read the right way round.
    expect(titles((await listPublicLoanProjects(db, { minRateBp: 1300, maxRateBp: 1000 })).items)).toEqual(["F4", "F2", "FF", "FA"]);
  });
});

describe("parseListingSearchParams", () => {
  it("reads the filter form's URL", () => {
    const { query, url } = parseListingSearchParams({
      status: "FUNDRAISING",
      minRate: "8.5",
      maxRate: "１２%",
      term: "7-12",
      method: "EQUAL_PRINCIPAL",
      sort: "rate_desc",
      page: "2",
    });
    expect(query).toMatchObject({
      status: "FUNDRAISING",
      minRateBp: 850,
      maxRateBp: 1200,
      minTermMonths: 7,
      maxTermMonths: 12,
      method: "EQUAL_PRINCIPAL",
      sort: "rate_desc",
      page: 2,
      pageSize: 20,
    });
    expect(url).toMatchObject({ minRate: "8.5", maxRate: "12", term: "7-12" });
  });

  it("treats empty fields as absent (what a GET form submits)", () => {
    const { query } = parseListingSearchParams({ status: "", minRate: "", maxRate: "", term: "", method: "", sort: "", page: "" });
    expect(query).toEqual({ sort: "newest", page: 1, pageSize: 20 });
  });

  it("drops every value that does not parse, one by one", () => {
    const { query } = parseListingSearchParams({
      status: "DRAFT",
      minRate: "-5",
      maxRate: "abc",
      term: "x-y",
      method: "<script>",
      sort: "DROP TABLE",
      page: "0",
    });
    expect(query).toEqual({ sort: "newest", page: 1, pageSize: 20 });
    expect(parseListingSearchParams({ minRate: "99" }).query.minRateBp).toBeUndefined();
    expect(parseListingSearchParams({ page: ["3", "4"] }).query.page).toBe(3);
    expect(parseListingSearchParams({ term: "6" }).query.termMonths).toBe(6);
    expect(parseListingSearchParams({ term: "13-" }).query).toMatchObject({ minTermMonths: 13 });
    expect(parseListingSearchParams(undefined).query).toEqual({ sort: "newest", page: 1, pageSize: 20 });
  });
});
