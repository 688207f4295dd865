import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, type BusinessDate } from "@/lib/domain/dates";
import { fixedClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { markOverdue } from "@/lib/server/jobs/mark-overdue";
import { runJob } from "@/lib/server/jobs/run-job";
import { updateOverdueSettings } from "@/lib/server/settings/overdue-settings";
import { createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The server's zone must play no part: business dates are Asia/Shanghai's. Node reads TZ when it changes.
const SERVER_ZONE = "America/Los_Angeles";
const savedZone = process.env.TZ;

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  process.env.TZ = SERVER_ZONE;
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  process.env.TZ = savedZone;
  await database?.close();
});

const day = (date: Date) => date.toISOString().slice(0, 10) as BusinessDate;
/** The instant `hh:mm` UTC on business date `date` (Shanghai is UTC+8: 16:00Z is midnight of the next day there). */
const utc = (date: BusinessDate, time: string) => fixedClock(`${date}T${time}:00Z`, "Asia/Shanghai");

async function withGraceDays(graceDays: number, penaltyDailyBp = 5) {
  const admin = await createUser(db, { role: "ADMIN" });
  await updateOverdueSettings(db, { id: admin.id, role: admin.role }, { graceDays, penaltyDailyBp });
}

const historyOf = (entityId: string, event: string) => db.statusHistory.count({ where: { entityId, event } });

describe("mark-overdue", () => {
  it("runs in a server zone other than the business zone", () => {
    expect(new Date("2026-12-01T12:00:00Z").getTimezoneOffset()).not.toBe(-480);
    expect(new Date("2026-12-01T12:00:00Z").getTimezoneOffset()).not.toBe(0);
  });

  it("an instalment due on D is 1 day overdue from D+1 00:00 Shanghai: marks the project and flags its company, once", async () => {
    await withGraceDays(0);
    const { project, instalments } = await repayingProject(db);
    const first = instalments[0] as (typeof instalments)[number];
    const due = day(first.dueDate);
    expect((await db.company.findUniqueOrThrow({ where: { id: project.companyId } })).status).toBe("NORMAL");

    // D 23:59 in Shanghai (15:59Z): still D, nothing is overdue.
    await markOverdue(db, utc(due, "15:59"));
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("REPAYING");
    expect((await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } })).overdueSince).toBeNull();

    // D+1 00:00 in Shanghai (16:00Z on D): one day overdue.
    const moved: string[] = [];
    const result = await markOverdue(db, utc(due, "16:00"), { onBatch: (ids) => moved.push(...ids) });
    expect(moved).toEqual(expect.arrayContaining([project.id, project.companyId]));
    expect(result.handled).toBe(moved.length);
    const marked = await db.loanProject.findUniqueOrThrow({ where: { id: project.id }, include: { company: true } });
    expect(marked.status).toBe("OVERDUE");
    expect(marked.company.status).toBe("WATCH");
    const accrued = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
    expect(day(accrued.overdueSince as Date)).toBe(addDays(due, 1));
    expect(day(accrued.penaltyAccruedOn as Date)).toBe(addDays(due, 1));
    const owed = first.principalFen + first.interestFen;
    expect(accrued.penaltyFen).toBe((owed * 5n * 2n + 10_000n) / 20_000n);

    // The same business day again (later that day): nothing changes.
    const again = await markOverdue(db, utc(addDays(due, 1), "10:00"));
    expect(again.handled).toBe(0);
    expect((await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } })).penaltyFen).toBe(accrued.penaltyFen);
    expect(await historyOf(project.id, "MARK_OVERDUE")).toBe(1);
    expect(await historyOf(project.companyId, "FLAG_OVERDUE")).toBe(1);

    // The next day: one more day of penalty, no second transition.
    await runJob(db, "mark-overdue", utc(addDays(due, 1), "16:00"));
    const nextDay = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
    expect(nextDay.penaltyFen).toBe(accrued.penaltyFen * 2n);
    expect(await historyOf(project.id, "MARK_OVERDUE")).toBe(1);
    await assertLedgerInvariants(db);
  });

  it("leaves a project alone within the grace days, and flags a GOOD company too", async () => {
    await withGraceDays(3);
    const { project, instalments } = await repayingProject(db);
    await db.company.update({ where: { id: project.companyId }, data: { status: "GOOD" } });
    const due = day((instalments[0] as { dueDate: Date }).dueDate);

    await markOverdue(db, utc(addDays(due, 2), "16:00")); // D+3 in Shanghai: the last grace day
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("REPAYING");

    await markOverdue(db, utc(addDays(due, 3), "16:00")); // D+4: overdue, 4 days late
    const marked = await db.loanProject.findUniqueOrThrow({ where: { id: project.id }, include: { company: true } });
    expect(marked.status).toBe("OVERDUE");
    expect(marked.company.status).toBe("WATCH");
    const history = await db.statusHistory.findFirstOrThrow({ where: { entityId: project.companyId, event: "FLAG_OVERDUE" } });
    expect(history).toMatchObject({ fromStatus: "GOOD", toStatus: "WATCH", actorId: null });
  });

  it("does not flag a company already on the blacklist, nor touch a project that is not REPAYING", async () => {
    await withGraceDays(0);
    const { project, instalments } = await repayingProject(db);
    await db.company.update({ where: { id: project.companyId }, data: { status: "BLACKLIST" } });
    await db.loanProject.update({ where: { id: project.id }, data: { status: "BAD_DEBT" } });
    const due = day((instalments[0] as { dueDate: Date }).dueDate);
    await markOverdue(db, utc(addDays(due, 5), "16:00"));
    const after = await db.loanProject.findUniqueOrThrow({ where: { id: project.id }, include: { company: true } });
    expect(after.status).toBe("BAD_DEBT");
    expect(after.company.status).toBe("BLACKLIST");
    // Penalty still accrues on a bad debt.
    expect(
      (await db.repaymentInstalment.findUniqueOrThrow({ where: { id: (instalments[0] as { id: string }).id } })).penaltyFen,
    ).toBeGreaterThan(0n);
  });
});
