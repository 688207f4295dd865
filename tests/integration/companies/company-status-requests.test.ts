import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CompanyStatusRequest } from "@/lib/domain/companies/status-requests";
import { addDays, addMonths, type BusinessDate, startOfBusinessDay } from "@/lib/domain/dates";
import type { Company, User } from "@/lib/generated/prisma/client";
import type { CompanyStatus } from "@/lib/generated/prisma/enums";
import { businessToday, getClock } from "@/lib/server/clock";
import { companyLoanStanding } from "@/lib/server/companies/company-loan-standing";
import { listCompaniesByStatus } from "@/lib/server/companies/list-companies-by-status";
import { requestCompanyStatusChange } from "@/lib/server/companies/request-status-change";
import type { Db } from "@/lib/server/db/types";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { approveReviewRequest } from "@/lib/server/review-requests";
import { updateCompanyStatusSettings } from "@/lib/server/settings/company-status-settings";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: Db;
let cs: User;
let sup: User;
let admin: User;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  cs = await createUser(db, { role: "CUSTOMER_SERVICE" });
  sup = await createUser(db, { role: "SUPERVISOR" });
  admin = await createUser(db, { role: "ADMIN" });
});
afterAll(async () => {
  await database?.close();
});
afterEach(async () => {
  // Every scenario with a loan moved money through the real services (deposits, payout).
  await assertLedgerInvariants(db);
  await updateCompanyStatusSettings(db, admin, { upgradeMinMonths: 12 });
});

const day = (date: Date) => date.toISOString().slice(0, 10) as BusinessDate;
const overdueSettings = { graceDays: 3, penaltyDailyBp: 5 };
const file = (company: { id: string }, event: CompanyStatusRequest) =>
  requestCompanyStatusChange(db, cs, { companyId: company.id, event, reason: `${event} per the file` });
const approve = (requestId: string) => approveReviewRequest(db, { checker: sup, requestId });

/** The company's status, its history rows and its review requests: what a refused request must leave alone. */
async function footprint(companyId: string) {
  const [company, history, requests] = await Promise.all([
    db.company.findUniqueOrThrow({ where: { id: companyId } }),
    db.statusHistory.findMany({ where: { entityId: companyId } }),
    db.reviewRequest.findMany({ where: { targetId: companyId } }),
  ]);
  return { status: company.status, history, requests };
}

/** Activated `months` whole months before today's business date (plus `extraDays`), on the server's clock. */
function activatedMonthsAgo(months: number, extraDays = 0): Date {
  return startOfBusinessDay(addDays(addMonths(businessToday(), -months), -extraDays), getClock().zone);
}

async function companyIn(status: CompanyStatus, activatedAt: Date | null = activatedMonthsAgo(13)): Promise<Company> {
  return createCompany(db, { status, activatedAt });
}

/** A repaying loan whose first instalment is overdue (accrued 10 days past due), its company in `status`. */
async function overdueLoan(status: CompanyStatus = "WATCH") {
  const loan = await repayingProject(db);
  const first = loan.instalments[0] as (typeof loan.instalments)[number];
  await accrueOverdue(db, addDays(day(first.dueDate), 10), overdueSettings, [loan.project.id]);
  await db.company.update({ where: { id: loan.project.companyId }, data: { status, activatedAt: activatedMonthsAgo(13) } });
  return { ...loan, companyId: loan.project.companyId, first };
}

/** Writes the paid columns directly (the repayment service is helper R's): everything owed on `ids` paid. */
async function payInFull(ids: string[]) {
  await db.$executeRaw`
    UPDATE "RepaymentInstalment"
       SET "paidPrincipalFen" = "principalFen", "paidInterestFen" = "interestFen" - "interestWaivedFen",
           "paidPenaltyFen" = "penaltyFen", "status" = 'PAID', "paidAt" = now()
     WHERE "id" = ANY(${ids}::text[])`;
}

async function expectRefused(companyId: string, event: CompanyStatusRequest, expected: Record<string, unknown>) {
  const before = await footprint(companyId);
  await expect(file({ id: companyId }, event)).rejects.toMatchObject(expected);
  expect(await footprint(companyId)).toEqual(before);
}

async function expectPassesThroughSupervisor(companyId: string, event: CompanyStatusRequest, to: CompanyStatus) {
  const request = await file({ id: companyId }, event);
  expect(request).toMatchObject({ status: "PENDING", action: event, makerId: cs.id });
  expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).status).not.toBe(to);
  const { target } = await approve(request.id);
  expect(target).toMatchObject({ event, to });
  expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).status).toBe(to);
  const history = await db.statusHistory.findMany({ where: { entityType: "COMPANY", entityId: companyId, event } });
  expect(history).toMatchObject([{ toStatus: to, actorId: sup.id, reason: `${event} per the file` }]);
  const audit = await db.auditLog.findMany({ where: { targetId: companyId, action: `COMPANY.${event}` } });
  expect(audit).toMatchObject([{ actorId: sup.id }]);
}

describe("UPGRADE to GOOD", () => {
  it("is refused before upgradeMinMonths on the platform, with the months in the error, and nothing changes", async () => {
    const company = await companyIn("NORMAL", activatedMonthsAgo(5));
    await expectRefused(company.id, "UPGRADE", { code: "COMPANY_TOO_RECENT", params: { months: 5, needed: 12 } });
    // One day short of 12 months is still 11 whole months.
    const almost = await companyIn("NORMAL", activatedMonthsAgo(12, -1));
    await expectRefused(almost.id, "UPGRADE", { code: "COMPANY_TOO_RECENT", params: { months: 11, needed: 12 } });
    // Never activated (no activation date): refused as 0 months.
    const never = await companyIn("NORMAL", null);
    await expectRefused(never.id, "UPGRADE", { code: "COMPANY_TOO_RECENT", params: { months: 0, needed: 12 } });
  });

  it("follows the setting: 12 months pass at 12, not at 18", async () => {
    const company = await companyIn("NORMAL", activatedMonthsAgo(12));
    await updateCompanyStatusSettings(db, admin, { upgradeMinMonths: 18 });
    await expectRefused(company.id, "UPGRADE", { code: "COMPANY_TOO_RECENT", params: { months: 12, needed: 18 } });
    await updateCompanyStatusSettings(db, admin, { upgradeMinMonths: 12 });
    await expectPassesThroughSupervisor(company.id, "UPGRADE", "GOOD");
  });

  it("is refused with an overdue instalment in the window, unpaid or since paid", async () => {
    const loan = await overdueLoan("NORMAL");
    await expectRefused(loan.companyId, "UPGRADE", { code: "COMPANY_OVERDUE_IN_WINDOW", params: { months: 12 } });
    await payInFull([loan.first.id]);
    await expectRefused(loan.companyId, "UPGRADE", { code: "COMPANY_OVERDUE_IN_WINDOW" });
  });

  it("is checked again at approval: a minimum raised after filing makes the approval fail and the request stay PENDING", async () => {
    const company = await companyIn("NORMAL", activatedMonthsAgo(13));
    const request = await file(company, "UPGRADE");
    await updateCompanyStatusSettings(db, admin, { upgradeMinMonths: 24 });
    await expect(approve(request.id)).rejects.toMatchObject({ code: "COMPANY_TOO_RECENT", params: { months: 13, needed: 24 } });
    expect(await db.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "PENDING", checkerId: null });
    expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("NORMAL");
  });

  it("passes a long-standing company whose loans were repaid on time", async () => {
    const loan = await repayingProject(db);
    await db.company.update({ where: { id: loan.project.companyId }, data: { activatedAt: activatedMonthsAgo(13) } });
    await expectPassesThroughSupervisor(loan.project.companyId, "UPGRADE", "GOOD");
  });
});

describe("CLEAR_WATCH", () => {
  it("is refused while an instalment is overdue, and passes once it is paid", async () => {
    const loan = await overdueLoan("WATCH");
    await expectRefused(loan.companyId, "CLEAR_WATCH", {
      code: "COMPANY_HAS_OVERDUE",
      params: { entity: "COMPANY", event: "CLEAR_WATCH" },
    });
    await payInFull([loan.first.id]);
    await expectPassesThroughSupervisor(loan.companyId, "CLEAR_WATCH", "NORMAL");
  });

  it("is not offered from NORMAL: TRANSITION_NOT_ALLOWED", async () => {
    const company = await companyIn("NORMAL");
    await expectRefused(company.id, "CLEAR_WATCH", { code: "TRANSITION_NOT_ALLOWED" });
  });
});

describe("BLACKLIST", () => {
  it("is refused without a bad-debt project, and passes with one", async () => {
    const loan = await overdueLoan("WATCH");
    await expectRefused(loan.companyId, "BLACKLIST", { code: "COMPANY_NO_BAD_DEBT" });
    await db.loanProject.update({ where: { id: loan.project.id }, data: { status: "BAD_DEBT" } });
    await expectPassesThroughSupervisor(loan.companyId, "BLACKLIST", "BLACKLIST");
  });
});

describe("LIFT_BLACKLIST", () => {
  it("is refused while anything is owed, the penalty alone included, and passes once everything is repaid", async () => {
    const loan = await overdueLoan("BLACKLIST");
    const owed = loan.instalments.reduce((sum, i) => sum + i.principalFen + i.interestFen, 0n);
    const penalty = (await db.repaymentInstalment.findUniqueOrThrow({ where: { id: loan.first.id } })).penaltyFen;
    expect(penalty).toBeGreaterThan(0n);
    const [standing] = await companyLoanStanding(db, loan.companyId, addDays(day(loan.first.dueDate), 10));
    expect(standing).toMatchObject({
      id: loan.project.id,
      status: "REPAYING",
      outstandingFen: owed + penalty,
      dueNowFen: loan.first.principalFen + loan.first.interestFen + penalty,
      overdueDays: 10,
    });
    await expectRefused(loan.companyId, "LIFT_BLACKLIST", { code: "COMPANY_STILL_OWES" });

    // Principal and interest of every instalment paid, the penalty not: still refused, for exactly the penalty.
    await db.$executeRaw`
      UPDATE "RepaymentInstalment" SET "paidPrincipalFen" = "principalFen", "paidInterestFen" = "interestFen"
       WHERE "projectId" = ${loan.project.id}`;
    await db.$executeRaw`
      UPDATE "RepaymentInstalment" SET "status" = 'PAID', "paidAt" = now() WHERE "projectId" = ${loan.project.id} AND "penaltyFen" = 0`;
    const yuan = (fen: bigint) => `¥${(Number(fen) / 100).toFixed(2)}`;
    await expectRefused(loan.companyId, "LIFT_BLACKLIST", { code: "COMPANY_STILL_OWES", params: { amount: yuan(penalty) } });

    await payInFull(loan.instalments.map((i) => i.id));
    await expectPassesThroughSupervisor(loan.companyId, "LIFT_BLACKLIST", "NORMAL");
  });
});

describe("DEACTIVATE", () => {
  it("is refused with an outstanding loan, and passes for a company with nothing outstanding", async () => {
    const loan = await repayingProject(db);
    await expectRefused(loan.project.companyId, "DEACTIVATE", { code: "COMPANY_LOAN_OUTSTANDING" });
    const raising = await companyIn("GOOD");
    await createLoanProject(db, { companyId: raising.id, status: "FUNDRAISING" });
    await expectRefused(raising.id, "DEACTIVATE", { code: "COMPANY_LOAN_OUTSTANDING" });

    const settled = await companyIn("GOOD");
    await createLoanProject(db, { companyId: settled.id, status: "SETTLED" });
    await expectPassesThroughSupervisor(settled.id, "DEACTIVATE", "INVALID");
  });
});

describe("who files", () => {
  it("only customer service files; a supervisor cannot (FORBIDDEN), and a reason is required", async () => {
    const company = await companyIn("NORMAL");
    await expect(requestCompanyStatusChange(db, sup, { companyId: company.id, event: "DEACTIVATE", reason: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(requestCompanyStatusChange(db, cs, { companyId: company.id, event: "DEACTIVATE", reason: "  " })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await db.reviewRequest.count({ where: { targetId: company.id } })).toBe(0);
  });
});

describe("the company directory", () => {
  it("lists the companies of one status only, by name, paged", async () => {
    const watched = await Promise.all([companyIn("WATCH"), companyIn("WATCH"), companyIn("WATCH")]);
    const normal = await companyIn("NORMAL");
    const all = await listCompaniesByStatus(db, "WATCH", 1, 1000);
    const ids = all.items.map((c) => c.id);
    for (const c of watched) expect(ids).toContain(c.id);
    expect(ids).not.toContain(normal.id);
    expect(all.items.map((c) => c.name)).toEqual([...all.items.map((c) => c.name)].sort());
    const first = await listCompaniesByStatus(db, "WATCH", 1, 2);
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 2 });
    expect(first.items).toHaveLength(2);
  });
});
