import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAccounts } from "@/prisma/seed/seed-accounts";
import { LOAN_BOOK, seedLoanBook } from "@/prisma/seed/seed-loan-book";
import { seedMoney } from "@/prisma/seed/seed-money";
import { seedProjects } from "@/prisma/seed/seed-projects";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Issue 12 item 6: the demo's loan book after disbursement, told through the services with the seed's clock.
// `now` must not be ahead of the real time: the guards of requests filed in the story (90 days overdue) read
// the server's clock, which the seed's "now" is in production (getClock()).
let database: TestDatabase;
const now = new Date("2026-11-30T09:30:00+08:00");
const ZONE = "Asia/Shanghai";

beforeAll(async () => {
  database = await createTestDatabase();
  await seedAccounts(database.prisma, now);
  await seedProjects(database.prisma, now, ZONE);
  await seedMoney(database.prisma, now, ZONE);
  await seedLoanBook(database.prisma, now, ZONE);
}, 120_000);

afterAll(async () => {
  await database?.close();
});

const projectOf = (title: string) => database.prisma.loanProject.findFirstOrThrow({ where: { title }, include: { company: true } });

describe("demo loan book", () => {
  it("pays every loan out to its borrower, with its schedule and each investor's claims stored", async () => {
    for (const loan of LOAN_BOOK) {
      const project = await projectOf(loan.title);
      expect(project.company.creditCode, loan.title).toBeTruthy();
      const instalments = await database.prisma.repaymentInstalment.findMany({ where: { projectId: project.id } });
      expect(instalments, loan.title).toHaveLength(loan.termMonths);
      expect(
        instalments.reduce((sum, i) => sum + i.principalFen, 0n),
        loan.title,
      ).toBe(project.amountFen);
      const investments = await database.prisma.investment.findMany({ where: { projectId: project.id } });
      expect(investments.map((i) => i.amountFen).sort(), loan.title).toEqual(loan.shares.map((s) => BigInt(s) * 100n).sort());
    }
  });

  it("has a loan in each of REPAYING (instalments paid), OVERDUE (penalty accrued), BAD_DEBT and SETTLED", async () => {
    const byKey = new Map(LOAN_BOOK.map((loan) => [loan.key, loan.title]));
    const loan = async (key: string) => {
      const project = await projectOf(byKey.get(key) ?? "");
      const instalments = await database.prisma.repaymentInstalment.findMany({
        where: { projectId: project.id },
        orderBy: { number: "asc" },
      });
      return { project, instalments };
    };
    const settled = await loan("settled");
    expect(settled.project.status).toBe("SETTLED");
    expect(settled.instalments.every((i) => i.status === "PAID" && i.overdueSince === null)).toBe(true);
    const investments = await database.prisma.investment.findMany({ where: { projectId: settled.project.id } });
    expect(investments.every((i) => i.status === "SETTLED")).toBe(true);
    const claims = await database.prisma.claimInstalment.groupBy({
      by: ["investmentId"],
      where: { instalment: { projectId: settled.project.id } },
      _sum: { receivedPrincipalFen: true },
    });
    for (const investment of investments) {
      expect(claims.find((c) => c.investmentId === investment.id)?._sum.receivedPrincipalFen).toBe(investment.amountFen);
    }

    const repaying = await loan("repaying");
    expect(repaying.project.status).toBe("REPAYING");
    expect(repaying.instalments.filter((i) => i.status === "PAID").map((i) => i.number)).toEqual([1, 2, 3]);

    const overdue = await loan("overdue");
    expect(overdue.project.status).toBe("OVERDUE");
    expect(overdue.instalments[0].status).toBe("PAID");
    expect(overdue.instalments[1].overdueSince).not.toBeNull();
    expect(overdue.instalments[1].penaltyFen).toBeGreaterThan(0n);

    const badDebt = await loan("bad-debt");
    expect(badDebt.project.status).toBe("BAD_DEBT");
    expect(badDebt.instalments[0].penaltyFen).toBeGreaterThan(0n);
    expect(await database.prisma.repayment.count({ where: { projectId: badDebt.project.id } })).toBe(0);
  });

  it("has companies in every status, each reached through its requests and the daily job", async () => {
    const rows = await database.prisma.company.findMany({ select: { name: true, status: true } });
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["NORMAL", "GOOD", "WATCH", "BLACKLIST", "INVALID"]));
    const approved = await database.prisma.reviewRequest.findMany({ where: { status: "APPROVED" }, select: { action: true } });
    expect(approved.map((r) => r.action)).toEqual(expect.arrayContaining(["UPGRADE", "BLACKLIST", "DECLARE_BAD_DEBT"]));
  });

  it("tells each loan's story in order, after its company's activation", async () => {
    for (const loan of LOAN_BOOK) {
      const project = await projectOf(loan.title);
      const history = await database.prisma.statusHistory.findMany({
        where: { entityType: "LOAN_PROJECT", entityId: project.id },
        orderBy: { id: "asc" },
      });
      const times = history.map((row) => row.createdAt.getTime());
      expect(times, loan.title).toEqual([...times].sort((a, b) => a - b));
      expect(times[0], loan.title).toBeGreaterThanOrEqual(project.company.activatedAt?.getTime() ?? Number.POSITIVE_INFINITY);
    }
  });

  it("keeps the ledger invariants, and tells its story before now", async () => {
    await assertLedgerInvariants(database.prisma);
    const after = { gt: now };
    expect(await database.prisma.statusHistory.count({ where: { createdAt: after } })).toBe(0);
    expect(await database.prisma.auditLog.count({ where: { createdAt: after } })).toBe(0);
    expect(await database.prisma.journalEntry.count({ where: { createdAt: after } })).toBe(0);
    expect(await database.prisma.repaymentInstalment.count({ where: { createdAt: after } })).toBe(0);
  });

  it("does nothing the second time", async () => {
    expect(await seedLoanBook(database.prisma, now, ZONE)).toEqual({ steps: 0 });
  });
});
