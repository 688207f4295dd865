import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoanStatus } from "@/lib/generated/prisma/enums";
import { getPlatformStats } from "@/lib/server/stats";
import { createCompany, createLoanProject } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

describe("getPlatformStats", () => {
  it("is all zeros on an empty platform", async () => {
    expect(await getPlatformStats(database.prisma)).toEqual({
      totalFinancedFen: 0n,
      financedProjectCount: 0,
      publicProjectCount: 0,
      fundraisingProjectCount: 0,
      fundraisingAmountFen: 0n,
      fundraisingFundedFen: 0n,
      fundraisingRemainingFen: 0n,
      settledProjectCount: 0,
      totalRepaidFen: 0n,
      overdueOwedFen: 0n,
      principalOutstandingFen: 0n,
      overdueRateBp: 0,
    });
  });

  it("sums the published projects by status, ignoring the unpublished ones", async () => {
    const db = database.prisma;
    const company = await createCompany(db);
    const make = (status: LoanStatus, amountFen: bigint, fundedFen = 0n) =>
      createLoanProject(db, { companyId: company.id, status, amountFen, fundedFen });
    // Unpublished: large amounts that would show up in any sum that forgot to filter.
    for (const status of ["DRAFT", "PENDING_PRELIMINARY_REVIEW", "PENDING_FINAL_REVIEW", "REJECTED", "WITHDRAWN"] as const) {
      await make(status, 900_000_000_00n);
    }
    await make("FUNDRAISING", 10_000_00n, 2_500_00n);
    await make("FUNDRAISING", 20_000_00n, 0n);
    await make("FULLY_FUNDED", 30_000_00n, 30_000_00n);
    await make("DISBURSING", 40_000_00n, 40_000_00n);
    await make("FAILED", 50_000_00n, 0n);
    await make("REPAYING", 100_000_00n, 100_000_00n);
    await make("REPAYING", 200_000_00n, 200_000_00n);
    await make("OVERDUE", 30_000_00n, 30_000_00n);
    await make("BAD_DEBT", 3_333_33n, 3_333_33n);
    await make("SETTLED", 166_666_67n, 166_666_67n);

    const stats = await getPlatformStats(db);
    const financed = 100_000_00n + 200_000_00n + 30_000_00n + 3_333_33n + 166_666_67n;
    expect(stats).toEqual({
      totalFinancedFen: financed,
      financedProjectCount: 5,
      publicProjectCount: 10,
      fundraisingProjectCount: 2,
      fundraisingAmountFen: 30_000_00n,
      fundraisingFundedFen: 2_500_00n,
      fundraisingRemainingFen: 27_500_00n,
      settledProjectCount: 1,
      // No instalments behind these rows: the repayment figures are tested on real schedules
      // (tests/integration/repayment-views/public-stats.test.ts).
      totalRepaidFen: 0n,
      overdueOwedFen: 0n,
      principalOutstandingFen: 0n,
      overdueRateBp: 0,
    });
    expect(financed).toBe(500_000_00n);
  });
});
