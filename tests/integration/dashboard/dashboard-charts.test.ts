import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/server/clock";
import { getDashboardCharts } from "@/lib/server/dashboard";
import type { Db } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { getRepaymentStats } from "@/lib/server/stats";
import { createLoanProject } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** The staff dashboard's charts (issue 13 item 3): business months in Asia/Shanghai, set-based figures. */

let database: TestDatabase;
let db: Db;
// 09:00 on 1 December 2026 in Shanghai: the twelve months are 2026-01 … 2026-12.
const clock = fixedClock("2026-12-01T01:00:00Z", "Asia/Shanghai");
const day = (d: string) => new Date(`${d}T00:00:00Z`);

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  // Paid out at the edges of business months: 00:30 on 1 Dec in Shanghai is still 30 Nov in UTC.
  const disbursed = (at: string, amountFen: bigint) => createLoanProject(db, { status: "REPAYING", disbursedAt: new Date(at), amountFen });
  await disbursed("2026-11-30T16:30:00Z", 1_000_000n); // 2026-12-01 00:30 Shanghai → December
  await disbursed("2026-11-30T15:59:00Z", 2_000_000n); // 2026-11-30 23:59 Shanghai → November
  await disbursed("2025-12-31T16:00:00Z", 4_000_000n); // 2026-01-01 00:00 Shanghai → January, the first month shown
  await disbursed("2025-12-31T15:59:59Z", 8_000_000n); // 2025-12-31 23:59:59 Shanghai → before the twelve months
  const project = await createLoanProject(db, { status: "OVERDUE", disbursedAt: new Date("2026-06-10T02:00:00Z"), amountFen: 500_000n });
  // Due in November: 1,100 less 10 waived; due 1 December: 2,000, overdue since 20 October (42 days on 1 Dec).
  await db.repaymentInstalment.createMany({
    data: [
      { projectId: project.id, number: 1, dueDate: day("2026-11-30"), principalFen: 1_000n, interestFen: 100n, interestWaivedFen: 10n },
      { projectId: project.id, number: 2, dueDate: day("2026-12-01"), principalFen: 1_900n, interestFen: 100n },
      {
        projectId: project.id,
        number: 3,
        dueDate: day("2026-10-20"),
        principalFen: 3_000n,
        interestFen: 300n,
        penaltyFen: 45n,
        paidPrincipalFen: 500n,
        overdueSince: day("2026-10-24"),
      },
    ],
  });
  const repaid = (repaidOn: string, principalFen: bigint, interestFen: bigint, penaltyFen: bigint) =>
    db.repayment.create({
      data: {
        projectId: project.id,
        kind: "INSTALMENT",
        amountFen: principalFen + interestFen + penaltyFen,
        principalFen,
        interestFen,
        penaltyFen,
        feeFen: 0n,
        repaidOn: day(repaidOn),
      },
    });
  await repaid("2026-11-01", 500n, 0n, 0n);
  await repaid("2026-11-30", 10n, 2n, 1n);
  await repaid("2025-12-31", 7n, 0n, 0n); // before the twelve months
});

afterAll(async () => {
  await database?.close();
});

describe("getDashboardCharts", () => {
  it("sums the loans paid out per business month of Asia/Shanghai, the last twelve, oldest first, zeros included", async () => {
    const { financed } = await getDashboardCharts(db, { role: "SUPERVISOR" }, clock);
    expect(financed.map((m) => m.month)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    const of = (month: string) => financed.find((m) => m.month === month);
    expect(of("2026-12")).toEqual({ month: "2026-12", loans: 1, amountFen: 1_000_000n });
    expect(of("2026-11")).toEqual({ month: "2026-11", loans: 1, amountFen: 2_000_000n });
    expect(of("2026-01")).toEqual({ month: "2026-01", loans: 1, amountFen: 4_000_000n });
    expect(of("2026-06")).toEqual({ month: "2026-06", loans: 1, amountFen: 500_000n });
    expect(financed.reduce((sum, m) => sum + m.amountFen, 0n)).toBe(7_500_000n);
  });

  it("sets what fell due in a month (less interest waived) against what repayments paid in it", async () => {
    const { repayments } = await getDashboardCharts(db, { role: "ADMIN" }, clock);
    const of = (month: string) => repayments.find((m) => m.month === month);
    expect(of("2026-11")).toEqual({ month: "2026-11", dueFen: 1_090n, receivedFen: 513n });
    expect(of("2026-12")).toEqual({ month: "2026-12", dueFen: 2_000n, receivedFen: 0n });
    expect(of("2026-10")).toEqual({ month: "2026-10", dueFen: 3_300n, receivedFen: 0n });
    expect(repayments).toHaveLength(12);
  });

  it("gives the public statistics' overdue rate and the aging buckets on today's business date", async () => {
    const { overdue } = await getDashboardCharts(db, { role: "SUPERVISOR" }, clock);
    const stats = await getRepaymentStats(db);
    expect(overdue).toMatchObject({
      overdueOwedFen: 2_845n,
      principalOutstandingFen: stats.principalOutstandingFen,
      overdueRateBp: stats.overdueRateBp,
    });
    expect(overdue.overdueRateBp).toBeGreaterThan(0);
    expect(overdue.aging.map((row) => [row.bucket, row.instalments, row.owedFen])).toEqual([
      ["DAYS_1_30", 0, 0n],
      ["DAYS_31_60", 1, 2_845n],
      ["DAYS_61_90", 0, 0n],
      ["DAYS_OVER_90", 0, 0n],
    ]);
  });

  it("refuses the roles without the charts", async () => {
    for (const role of ["CUSTOMER_SERVICE", "INVESTOR", "COMPANY"] as const) {
      await expect(getDashboardCharts(db, { role }, clock)).rejects.toEqual(new DomainError("FORBIDDEN"));
    }
  });
});
