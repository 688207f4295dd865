import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, type BusinessDate } from "@/lib/domain/dates";
import { overdueAgingBucket } from "@/lib/domain/schedules/overdue";
import type { Db } from "@/lib/server/db/types";
import { overdueAging } from "@/lib/server/overdue/overdue-aging";
import { createLoanProject } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  await database?.close();
});

const AS_OF = "2027-06-30" as BusinessDate;
const date = (d: BusinessDate) => new Date(`${d}T00:00:00Z`);

describe("overdueAging", () => {
  it("puts each instalment in the bucket overdueAgingBucket gives its days, at every boundary, with what it still owes", async () => {
    const project = await createLoanProject(db, { status: "OVERDUE" });
    const days = [1, 30, 31, 60, 61, 90, 91, 400];
    for (const [i, d] of days.entries()) {
      const due = addDays(AS_OF, -d);
      await db.repaymentInstalment.create({
        data: {
          projectId: project.id,
          number: i + 1,
          dueDate: date(due),
          principalFen: 10_000n * BigInt(i + 1),
          interestFen: 100n,
          penaltyFen: 7n,
          paidPrincipalFen: 1_000n,
          overdueSince: date(due),
        },
      });
    }
    // Not counted: one past due but not overdue yet (within the grace days), one overdue and since paid.
    await db.repaymentInstalment.create({
      data: { projectId: project.id, number: 20, dueDate: date(addDays(AS_OF, -45)), principalFen: 5n, interestFen: 0n },
    });
    await db.repaymentInstalment.create({
      data: {
        projectId: project.id,
        number: 21,
        dueDate: date(addDays(AS_OF, -45)),
        principalFen: 5n,
        interestFen: 0n,
        paidPrincipalFen: 5n,
        status: "PAID",
        overdueSince: date(addDays(AS_OF, -40)),
      },
    });

    const aging = await overdueAging(db, AS_OF);
    const expected = new Map<string, { instalments: number; owedFen: bigint }>();
    for (const [i, d] of days.entries()) {
      const bucket = overdueAgingBucket(d);
      const row = expected.get(bucket) ?? { instalments: 0, owedFen: 0n };
      expected.set(bucket, { instalments: row.instalments + 1, owedFen: row.owedFen + 10_000n * BigInt(i + 1) - 1_000n + 100n + 7n });
    }
    expect(aging).toEqual(
      (["DAYS_1_30", "DAYS_31_60", "DAYS_61_90", "DAYS_OVER_90"] as const).map((bucket) => ({
        bucket,
        instalments: expected.get(bucket)?.instalments ?? 0,
        projects: 1,
        owedFen: expected.get(bucket)?.owedFen ?? 0n,
      })),
    );
    expect(aging.map((row) => row.instalments)).toEqual([2, 2, 2, 2]);
  });
});
