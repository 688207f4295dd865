import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/server/clock";
import { overdueByMonth } from "@/lib/server/dashboard";
import type { Db } from "@/lib/server/db/types";
import { getRepaymentStats } from "@/lib/server/stats";
import { createLoanProject } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** The overdue rate at each month's end, rebuilt from instalments (overdueSince) and dated allocations. */

let database: TestDatabase;
let db: Db;
const clock = fixedClock("2026-12-01T01:00:00Z", "Asia/Shanghai");
const day = (d: string) => new Date(`${d}T00:00:00Z`);

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  const project = await createLoanProject(db, { status: "OVERDUE", disbursedAt: new Date("2026-09-15T02:00:00Z") });
  const paidOut = new Date("2026-09-15T02:00:00Z");
  // #1 due 30 Sep, overdue from 4 Oct, ¥5 of principal and the interest paid on 10 Nov; #2 paid on its due date;
  // #3 not due yet.
  const [first, second] = await Promise.all([
    db.repaymentInstalment.create({
      data: {
        projectId: project.id,
        number: 1,
        dueDate: day("2026-09-30"),
        principalFen: 1_000n,
        interestFen: 100n,
        paidPrincipalFen: 400n,
        paidInterestFen: 100n,
        overdueSince: day("2026-10-04"),
        createdAt: paidOut,
      },
    }),
    db.repaymentInstalment.create({
      data: {
        projectId: project.id,
        number: 2,
        dueDate: day("2026-10-31"),
        principalFen: 1_000n,
        interestFen: 100n,
        paidPrincipalFen: 1_000n,
        paidInterestFen: 100n,
        status: "PAID",
        paidAt: new Date("2026-10-31T03:00:00Z"),
        createdAt: paidOut,
      },
    }),
    db.repaymentInstalment.create({
      data: { projectId: project.id, number: 3, dueDate: day("2026-12-31"), principalFen: 2_000n, interestFen: 200n, createdAt: paidOut },
    }),
  ]);
  const repay = async (repaidOn: string, instalmentId: string, principalFen: bigint, interestFen: bigint) => {
    const repayment = await db.repayment.create({
      data: {
        projectId: project.id,
        kind: "INSTALMENT",
        amountFen: principalFen + interestFen,
        principalFen,
        interestFen,
        penaltyFen: 0n,
        feeFen: 0n,
        repaidOn: day(repaidOn),
      },
    });
    await db.repaymentAllocation.create({ data: { repaymentId: repayment.id, instalmentId, principalFen, interestFen, penaltyFen: 0n } });
  };
  await repay("2026-10-31", second.id, 1_000n, 100n);
  await repay("2026-11-10", first.id, 400n, 100n);
});

afterAll(async () => {
  await database?.close();
});

describe("overdueByMonth", () => {
  it("gives each month's end what was overdue and outstanding then, and their rate", async () => {
    const months = await overdueByMonth(db, clock);
    expect(months).toHaveLength(12);
    const of = (month: string) => months.find((m) => m.month === month);
    expect(of("2026-08")).toEqual({ month: "2026-08", overdueFen: 0n, outstandingFen: 0n, rateBp: 0 });
    expect(of("2026-09")).toEqual({ month: "2026-09", overdueFen: 0n, outstandingFen: 4_000n, rateBp: 0 });
    expect(of("2026-10")).toEqual({ month: "2026-10", overdueFen: 1_100n, outstandingFen: 3_000n, rateBp: 3_667 });
    expect(of("2026-11")).toEqual({ month: "2026-11", overdueFen: 600n, outstandingFen: 2_600n, rateBp: 2_308 });
    expect(of("2026-12")).toEqual({ month: "2026-12", overdueFen: 600n, outstandingFen: 2_600n, rateBp: 2_308 });
  });

  it("agrees with today's figures of the public statistics when no penalty is owed", async () => {
    const stats = await getRepaymentStats(db);
    const current = (await overdueByMonth(db, clock)).at(-1);
    expect(current).toMatchObject({
      overdueFen: stats.overdueOwedFen,
      outstandingFen: stats.principalOutstandingFen,
      rateBp: stats.overdueRateBp,
    });
  });
});
