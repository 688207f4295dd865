import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, type BusinessDate } from "@/lib/domain/dates";
import type { Db } from "@/lib/server/db/types";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { getRepaymentStats } from "@/lib/server/stats";
import { depositFor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { repayInstalmentsOn } from "./support";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  await database?.close();
});

const day = (date: Date) => date.toISOString().slice(0, 10) as BusinessDate;

describe("getRepaymentStats", () => {
  it("is zero with nothing disbursed", async () => {
    expect(await getRepaymentStats(db)).toEqual({ totalRepaidFen: 0n, overdueOwedFen: 0n, principalOutstandingFen: 0n, overdueRateBp: 0 });
  });

  it("sums what reached the investors and rates what the overdue instalments owe against the principal outstanding", async () => {
    const onTime = await repayingProject(db);
    const late = await repayingProject(db, { amounts: [4_000_000n, 1_000_000n] });
    await depositFor(db, onTime.companyUser.id, 10_000_000n);
    const first = onTime.instalments[0] as (typeof onTime.instalments)[number];
    const paid = await repayInstalmentsOn(db, onTime, [1, 2], day(first.dueDate));
    await assertLedgerInvariants(db);

    const lateFirst = late.instalments[0] as (typeof late.instalments)[number];
    const today = addDays(day(lateFirst.dueDate), 10);
    await accrueOverdue(db, today, { graceDays: 3, penaltyDailyBp: 5 }, [late.project.id]);
    const overdue = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: lateFirst.id } });

    const repaidPrincipal = onTime.instalments.slice(0, 2).reduce((sum, i) => sum + i.principalFen, 0n);
    const outstanding = onTime.project.amountFen - repaidPrincipal + late.project.amountFen;
    const overdueOwed = overdue.principalFen + overdue.interestFen + overdue.penaltyFen;
    const stats = await getRepaymentStats(db);
    expect(stats).toEqual({
      totalRepaidFen: paid.amountFen - paid.feeFen,
      overdueOwedFen: overdueOwed,
      principalOutstandingFen: outstanding,
      overdueRateBp: Number((overdueOwed * 20_000n + outstanding) / (2n * outstanding)),
    });
    expect(stats.overdueRateBp).toBeGreaterThan(0);
  });
});
