import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAccounts } from "@/prisma/seed/seed-accounts";
import { LOAN_BOOK, seedLoanBook } from "@/prisma/seed/seed-loan-book";
import { seedMoney } from "@/prisma/seed/seed-money";
import { seedProjects } from "@/prisma/seed/seed-projects";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Issue 12 item 6: the demo's loan book after disbursement, told through the services with the seed's clock.
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

  it.todo("has companies in every status (once repayments, the overdue job and company requests land)");

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
