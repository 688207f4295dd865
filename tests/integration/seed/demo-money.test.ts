import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAccounts } from "@/prisma/seed/seed-accounts";
import { seedMoney } from "@/prisma/seed/seed-money";
import { seedProjects } from "@/prisma/seed/seed-projects";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Issue 11 item 10: the demo's money, told through the services, in every state a visitor of the demo should see.
let database: TestDatabase;
const now = new Date("2026-11-30T09:30:00+08:00");
const ZONE = "Asia/Shanghai";

beforeAll(async () => {
  database = await createTestDatabase();
  await seedAccounts(database.prisma, now);
  await seedProjects(database.prisma, now, ZONE);
  await seedMoney(database.prisma, now, ZONE);
});

afterAll(async () => {
  await database?.close();
});

const statusOf = async (title: string) => (await database.prisma.loanProject.findFirstOrThrow({ where: { title } })).status;

describe("demo money", () => {
  it("has deposits paid, failed and open, credited once each", async () => {
    const deposits = await database.prisma.deposit.groupBy({ by: ["status"], _count: true });
    expect(Object.fromEntries(deposits.map((d) => [d.status, d._count]))).toEqual({ PAID: 4, FAILED: 1, CREATED: 1 });
    expect(await database.prisma.journalEntry.count({ where: { kind: "DEPOSIT" } })).toBe(4);
  });

  it("has investments in every status reachable before repayment", async () => {
    const rows = await database.prisma.investment.groupBy({ by: ["status"], _count: true });
    expect(Object.fromEntries(rows.map((r) => [r.status, r._count]))).toEqual({
      PENDING: 1,
      CONFIRMED: 5,
      HOLDING: 2,
      REJECTED: 1,
      CANCELLED: 1,
      REFUNDED: 1,
    });
  });

  it("has a project awaiting the full-subscription review, one disbursing, one paid out and one cancelled", async () => {
    expect(await statusOf("冷链车队油费及路桥费周转")).toBe("FULLY_FUNDED");
    expect(await statusOf("有机蔬菜基地订单采购")).toBe("DISBURSING");
    expect(await statusOf("冷库扩容周转资金")).toBe("REPAYING");
    expect(await statusOf("电商旺季运力扩充")).toBe("FAILED");
    const paidOut = await database.prisma.loanProject.findFirstOrThrow({ where: { title: "冷库扩容周转资金" } });
    const instalments = await database.prisma.repaymentInstalment.findMany({ where: { projectId: paidOut.id } });
    expect(instalments).toHaveLength(paidOut.termMonths);
    expect(instalments.reduce((sum, i) => sum + i.principalFen, 0n)).toBe(paidOut.amountFen);
  });

  it("has withdrawals transferred and waiting, and payouts approved and transferred", async () => {
    const outflows = await database.prisma.outflow.findMany({ orderBy: { createdAt: "asc" }, select: { kind: true, status: true } });
    expect(outflows).toEqual([
      { kind: "PAYOUT", status: "TRANSFERRED" },
      { kind: "PAYOUT", status: "APPROVED" },
      { kind: "WITHDRAWAL", status: "TRANSFERRED" },
      { kind: "WITHDRAWAL", status: "REQUESTED" },
    ]);
  });

  it("keeps the ledger invariants, and tells its story before now", async () => {
    await assertLedgerInvariants(database.prisma);
    const after = { gt: now };
    expect(await database.prisma.statusHistory.count({ where: { createdAt: after } })).toBe(0);
    expect(await database.prisma.auditLog.count({ where: { createdAt: after } })).toBe(0);
    expect(await database.prisma.journalEntry.count({ where: { createdAt: after } })).toBe(0);
    expect(await database.prisma.outflow.count({ where: { OR: [{ decidedAt: after }, { transferredAt: after }, { createdAt: after }] } })).toBe(0);
  });

  it("does nothing the second time", async () => {
    expect(await seedMoney(database.prisma, now, ZONE)).toEqual({ steps: 0 });
  });
});
