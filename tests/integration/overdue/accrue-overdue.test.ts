import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, type BusinessDate } from "@/lib/domain/dates";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { applyTransition } from "@/lib/server/lifecycle";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { projectStanding } from "@/lib/server/overdue/standing";
import { repayingProject } from "../support/repaying-project";
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

const day = (date: Date) => date.toISOString().slice(0, 10) as BusinessDate;
const settings = { graceDays: 3, penaltyDailyBp: 5 };

describe("accrueOverdue", () => {
  it("leaves an instalment alone within the grace days, then counts lateness and penalty from the due date", async () => {
    const { project, instalments } = await repayingProject(db);
    const first = instalments[0] as (typeof instalments)[number];
    const due = day(first.dueDate);
    const only = [project.id];

    expect((await accrueOverdue(db, addDays(due, 3), settings, only)).instalments).toBe(0);
    const untouched = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
    expect(untouched.overdueSince).toBeNull();
    expect(untouched.penaltyFen).toBe(0n);

    // Day 4 past due: overdue since due + 4, four days of penalty on the whole instalment.
    const fourth = await accrueOverdue(db, addDays(due, 4), settings, only);
    expect(fourth).toEqual({ instalments: 1, projectIds: [project.id] });
    const owed = first.principalFen + first.interestFen;
    const after4 = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
    expect(day(after4.overdueSince as Date)).toBe(addDays(due, 4));
    expect(after4.penaltyFen).toBe((owed * 5n * 4n * 2n + 10_000n) / 20_000n);

    // The same business day again: nothing changes.
    expect((await accrueOverdue(db, addDays(due, 4), settings, only)).instalments).toBe(0);
    expect((await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } })).penaltyFen).toBe(after4.penaltyFen);

    // Two days later: two more days, and overdueSince stays.
    await accrueOverdue(db, addDays(due, 6), settings, only);
    const after6 = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
    expect(after6.penaltyFen).toBe(after4.penaltyFen + (owed * 5n * 2n * 2n + 10_000n) / 20_000n);
    expect(day(after6.overdueSince as Date)).toBe(addDays(due, 4));
    // The second instalment is not yet due.
    const second = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: (instalments[1] as { id: string }).id } });
    expect(second.overdueSince).toBeNull();
  });

  it("with no grace days an instalment due on D is overdue on D + 1, and other projects are left alone when limited", async () => {
    const a = await repayingProject(db);
    const b = await repayingProject(db);
    const due = day((a.instalments[0] as { dueDate: Date }).dueDate);
    await accrueOverdue(db, addDays(due, 1), { graceDays: 0, penaltyDailyBp: 5 }, [a.project.id]);
    const [aFirst, bFirst] = await Promise.all(
      [a, b].map((p) => db.repaymentInstalment.findFirstOrThrow({ where: { projectId: p.project.id, number: 1 } })),
    );
    expect(day(aFirst?.overdueSince as Date)).toBe(addDays(due, 1));
    expect(bFirst?.overdueSince).toBeNull();
  });
});

describe("the project's guards read what it owes", () => {
  it("MARK_OVERDUE only with an overdue instalment; SETTLE refused while anything is owed", async () => {
    const { project, instalments } = await repayingProject(db);
    const markOverdue = () =>
      withTransaction(db, (tx) => applyTransition(tx, { entity: "LOAN_PROJECT", id: project.id, event: "MARK_OVERDUE", actor: null }));
    await expect(markOverdue()).rejects.toMatchObject({ code: "GUARD_FAILED" });
    await expect(
      withTransaction(db, (tx) => applyTransition(tx, { entity: "LOAN_PROJECT", id: project.id, event: "SETTLE", actor: null })),
    ).rejects.toMatchObject({ code: "GUARD_FAILED" });

    const due = day((instalments[0] as { dueDate: Date }).dueDate);
    await accrueOverdue(db, addDays(due, 4), settings, [project.id]);
    const standing = await projectStanding(db, project.id, addDays(due, 10));
    expect(standing.hasOverdueInstalments).toBe(true);
    expect(standing.daysOverdue).toBe(10);
    const owed = instalments.reduce((sum, i) => sum + i.principalFen + i.interestFen, 0n);
    const penalty = (await db.repaymentInstalment.findUniqueOrThrow({ where: { id: (instalments[0] as { id: string }).id } })).penaltyFen;
    expect(standing.remainingDueFen).toBe(owed + penalty);
    await expect(markOverdue()).resolves.toMatchObject({ from: "REPAYING", to: "OVERDUE" });
  });
});
