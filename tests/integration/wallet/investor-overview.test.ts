import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { businessDate } from "@/lib/domain/dates";
import { buildSchedule, scheduleTotals } from "@/lib/domain/schedules";
import type { InvestmentStatus, LoanProject } from "@/lib/generated/prisma/client";
import { fixedClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import { storeRepaymentSchedule } from "@/lib/server/disbursement/store-repayment-schedule";
import { getInvestorOverview } from "@/lib/server/wallet";
import { createLoanProject, createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { depositOf, freezeOf, post } from "./support";

const clock = fixedClock("2026-12-10T04:00:00Z", "Asia/Shanghai");
const published = new Date("2026-12-01T02:00:00Z");

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** The whole schedule's interest of a loan project, from the domain's schedule (the figure to split). */
function totalInterest(project: LoanProject): bigint {
  return scheduleTotals(
    buildSchedule({
      principalFen: project.amountFen,
      annualRateBp: project.annualRateBp,
      termMonths: project.termMonths,
      method: project.repaymentMethod,
      startDate: businessDate("2026-12-01"),
    }),
  ).interestFen;
}

async function invest(projectId: string, investorId: string, amountFen: bigint, status: InvestmentStatus, at: string) {
  return db.prisma.investment.create({ data: { projectId, investorId, amountFen, status, createdAt: new Date(at) } });
}

const project = (over: Partial<LoanProject> = {}) =>
  createLoanProject(db.prisma, { status: "FUNDRAISING", publishedAt: published, submittedAt: published, riskGrade: "B", ...over });

describe("getInvestorOverview", () => {
  it("is all zeros for an investor with nothing", async () => {
    const investor = await createUser(db.prisma);
    const overview = await getInvestorOverview(db.prisma, investor.id, { clock });
    expect(overview).toMatchObject({ availableFen: 0n, frozenFen: 0n, investedFen: 0n, expectedInterestFen: 0n });
    expect(overview.byStatus.map((s) => s.status)).toEqual([
      "PENDING",
      "CONFIRMED",
      "HOLDING",
      "SETTLED",
      "REJECTED",
      "CANCELLED",
      "REFUNDED",
    ]);
    expect(overview.byStatus.every((s) => s.count === 0 && s.amountFen === 0n)).toBe(true);
  });

  it("reads the balances from the ledger and sums the live investments by status", async () => {
    const investor = await createUser(db.prisma);
    await post(db.prisma, depositOf(investor.id, 100_000_00n, `o-dep-${investor.id}`));
    await post(db.prisma, freezeOf(investor.id, 30_000_00n, `o-frz-${investor.id}`));
    const a = await project();
    const b = await project({ amountFen: 20_000_00n });
    await invest(a.id, investor.id, 30_000_00n, "PENDING", "2026-12-02T01:00:00Z");
    await invest(b.id, investor.id, 20_000_00n, "HOLDING", "2026-12-02T01:00:00Z");
    await invest(a.id, investor.id, 5_000_00n, "REFUNDED", "2026-12-02T02:00:00Z");
    await invest(a.id, investor.id, 1_000_00n, "CANCELLED", "2026-12-02T03:00:00Z");
    await invest(a.id, investor.id, 2_000_00n, "CANCELLED", "2026-12-02T04:00:00Z");

    const overview = await getInvestorOverview(db.prisma, investor.id, { clock });
    expect(overview.availableFen).toBe(70_000_00n);
    expect(overview.frozenFen).toBe(30_000_00n);
    expect(overview.investedFen).toBe(50_000_00n);
    const slice = (status: string) => overview.byStatus.find((s) => s.status === status);
    expect(slice("PENDING")).toEqual({ status: "PENDING", count: 1, amountFen: 30_000_00n });
    expect(slice("HOLDING")).toEqual({ status: "HOLDING", count: 1, amountFen: 20_000_00n });
    expect(slice("CANCELLED")).toEqual({ status: "CANCELLED", count: 2, amountFen: 3_000_00n });
    expect(slice("REFUNDED")).toEqual({ status: "REFUNDED", count: 1, amountFen: 5_000_00n });
    expect(slice("SETTLED")?.count).toBe(0);
    await assertLedgerInvariants(db.prisma);
  });

  it("expects the whole schedule's interest of a project the investor funded alone", async () => {
    const investor = await createUser(db.prisma);
    const p = await project({
      amountFen: 100_000_00n,
      annualRateBp: 1200,
      termMonths: 12,
      repaymentMethod: "EQUAL_INSTALLMENT",
      status: "REPAYING",
    });
    await invest(p.id, investor.id, 100_000_00n, "HOLDING", "2026-12-02T01:00:00Z");
    const overview = await getInvestorOverview(db.prisma, investor.id, { clock });
    // ¥100,000 at 12 % over 12 equal instalments of about ¥8,884.88: ¥6,618.53 of interest, each month rounded to the fen.
    expect(overview.expectedInterestFen).toBe(6_618_53n);
    expect(overview.expectedInterestFen).toBe(totalInterest(p));
  });

  it("splits a funded project's interest among its investors pro rata, to the fen", async () => {
    const [first, second, third] = await Promise.all([createUser(db.prisma), createUser(db.prisma), createUser(db.prisma)]);
    const p = await project({
      amountFen: 90_000_00n,
      annualRateBp: 1000,
      termMonths: 6,
      repaymentMethod: "EQUAL_PRINCIPAL",
      status: "FULLY_FUNDED",
    });
    await invest(p.id, first.id, 30_000_00n, "CONFIRMED", "2026-12-02T01:00:00Z");
    await invest(p.id, second.id, 30_000_00n, "PENDING", "2026-12-02T02:00:00Z");
    await invest(p.id, third.id, 30_000_00n, "CONFIRMED", "2026-12-02T03:00:00Z");
    // A refunded investment of someone else's is no longer a claim: it changes no one's share.
    await invest(p.id, third.id, 10_000_00n, "REJECTED", "2026-12-02T00:00:00Z");
    const parts = await Promise.all(
      [first, second, third].map(async (u) => (await getInvestorOverview(db.prisma, u.id, { clock })).expectedInterestFen),
    );
    const total = totalInterest(p);
    expect(parts.reduce((sum, x) => sum + x, 0n)).toBe(total);
    for (const part of parts) {
      // A third each, within the rounding of one fen per instalment.
      expect(part * 3n - total).toBeGreaterThanOrEqual(-18n);
      expect(part * 3n - total).toBeLessThanOrEqual(18n);
    }
  });

  it("counts the part of an open project nobody invested yet as one more investment", async () => {
    const investor = await createUser(db.prisma);
    const p = await project({ amountFen: 50_000_00n, annualRateBp: 900, termMonths: 3, repaymentMethod: "BULLET" });
    await invest(p.id, investor.id, 10_000_00n, "PENDING", "2026-12-02T01:00:00Z");
    const overview = await getInvestorOverview(db.prisma, investor.id, { clock });
    // A fifth of ¥50,000 × 9 % × 3/12 = ¥1,125.00 of interest at maturity.
    expect(totalInterest(p)).toBe(1_125_00n);
    expect(overview.expectedInterestFen).toBe(225_00n);
  });

  it("expects nothing from settled, refunded, rejected or cancelled investments", async () => {
    const investor = await createUser(db.prisma);
    const p = await project({ amountFen: 10_000_00n, status: "FAILED" });
    for (const status of ["SETTLED", "REFUNDED", "REJECTED", "CANCELLED"] as const) {
      await invest(p.id, investor.id, 1_000_00n, status, "2026-12-02T01:00:00Z");
    }
    const overview = await getInvestorOverview(db.prisma, investor.id, { clock });
    expect(overview.investedFen).toBe(0n);
    expect(overview.expectedInterestFen).toBe(0n);
    expect(overview.byStatus.filter((s) => s.count === 1).map((s) => s.status)).toEqual(["SETTLED", "REJECTED", "CANCELLED", "REFUNDED"]);
  });
});

describe("getInvestorOverview on a disbursed project", () => {
  it("reads a HOLDING investment's stored claims: only the instalments not yet paid count", async () => {
    const [investor, other] = await Promise.all([createUser(db.prisma), createUser(db.prisma)]);
    const p = await project({
      amountFen: 60_000_00n,
      annualRateBp: 1200,
      termMonths: 6,
      repaymentMethod: "EQUAL_PRINCIPAL",
      status: "REPAYING",
    });
    const mine = await invest(p.id, investor.id, 20_000_00n, "HOLDING", "2026-12-02T01:00:00Z");
    const theirs = await invest(p.id, other.id, 40_000_00n, "HOLDING", "2026-12-02T02:00:00Z");
    await withTransaction(db.prisma, (tx) => storeRepaymentSchedule(tx, p, [mine, theirs], businessDate("2026-12-05")));

    const before = await getInvestorOverview(db.prisma, investor.id, { clock });
    // Equal principal on ¥60,000 at 1 % a month: interest 600 + 500 + … + 100 = ¥2,100, a third of it ours.
    expect(before.investedFen).toBe(20_000_00n);
    expect(before.expectedInterestFen).toBe(700_00n);

    // The first two instalments repaid: ¥10,000 + ¥10,000 of principal and ¥600 + ¥500 of interest, a third ours.
    await markPaid(p.id, 2);
    const after = await getInvestorOverview(db.prisma, investor.id, { clock });
    const claims = await db.prisma.claimInstalment.findMany({ where: { investmentId: mine.id, instalment: { number: { gt: 2 } } } });
    expect(after.investedFen).toBe(claims.reduce((sum, c) => sum + c.principalFen, 0n));
    expect(after.investedFen).toBe(13_333_33n);
    expect(after.expectedInterestFen).toBe(claims.reduce((sum, c) => sum + c.interestFen, 0n));
    expect(after.expectedInterestFen).toBe(333_33n);

    // Everything repaid: nothing outstanding, whatever the investment's amount.
    await markPaid(p.id, 6);
    expect(await getInvestorOverview(db.prisma, investor.id, { clock })).toMatchObject({ investedFen: 0n, expectedInterestFen: 0n });
  });
});

/** Instalments 1..upTo paid in full, as a repayment leaves them (a PAID instalment owes nothing: database CHECK). */
async function markPaid(projectId: string, upTo: number) {
  await db.prisma.$executeRaw`
    UPDATE "RepaymentInstalment" SET "status" = 'PAID', "paidPrincipalFen" = "principalFen", "paidInterestFen" = "interestFen"
     WHERE "projectId" = ${projectId} AND "number" <= ${upTo}`;
}
