import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, type BusinessDate } from "@/lib/domain/dates";
import type { Db } from "@/lib/server/db/types";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { getLoanStandings } from "@/lib/server/repayment-views";
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

const owes = (i: { principalFen: bigint; interestFen: bigint }) => i.principalFen + i.interestFen;

describe("getLoanStandings", () => {
  it("gives the next instalment, what is owed now and the days overdue", async () => {
    const loan = await repayingProject(db);
    const [first, second, third] = loan.instalments as [
      (typeof loan.instalments)[number],
      (typeof loan.instalments)[number],
      (typeof loan.instalments)[number],
    ];
    const id = loan.project.id;

    const before = (await getLoanStandings(db, [id], addDays(day(first.dueDate), -1))).get(id);
    expect(before).toEqual({ nextDueDate: day(first.dueDate), nextDueFen: owes(first), owedNowFen: 0n, overdueDays: 0 });

    // Due today: owed now, still the next instalment (within the grace days).
    const onDue = (await getLoanStandings(db, [id], day(first.dueDate))).get(id);
    expect(onDue).toMatchObject({ nextDueDate: day(first.dueDate), owedNowFen: owes(first), overdueDays: 0 });

    await depositFor(db, loan.companyUser.id, 20_000_000n);
    await repayInstalmentsOn(db, loan, [1], day(first.dueDate));
    await assertLedgerInvariants(db);
    const today = addDays(day(second.dueDate), 5);
    await accrueOverdue(db, today, { graceDays: 3, penaltyDailyBp: 5 }, [id]);
    const overdue = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: second.id } });
    expect(overdue.penaltyFen).toBeGreaterThan(0n);

    const late = (await getLoanStandings(db, [id, "no-such-project"], today)).get(id);
    expect(late).toEqual({
      nextDueDate: day(third.dueDate),
      nextDueFen: owes(third),
      owedNowFen: owes(second) + overdue.penaltyFen,
      overdueDays: 5,
    });
  });

  it("leaves out projects with nothing unpaid and answers an empty map for no projects", async () => {
    expect((await getLoanStandings(db, [], "2027-01-01" as BusinessDate)).size).toBe(0);
    expect((await getLoanStandings(db, ["no-such-project"], "2027-01-01" as BusinessDate)).size).toBe(0);
  });
});
