import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectSchedule } from "@/lib/domain/schedules";
import type { User } from "@/lib/generated/prisma/client";
import { type Clock, fixedClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { getPublicLoanProject } from "@/lib/server/listings";
import { passPreliminaryReview, publishLoanProject } from "@/lib/server/loan-projects/review-loan-project";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The business calendar through the real publication service: the supervisor publishes with an injected
// clock, and the project page's schedule (projectSchedule on what getPublicLoanProject reads back) counts from
// the business date of publication in China, whatever the UTC day or the process's own zone.

const SHANGHAI = "Asia/Shanghai";
let database: TestDatabase;
let db: Db;
let cs: User;
let sup: User;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  cs = await createUser(db, { role: "CUSTOMER_SERVICE" });
  sup = await createUser(db, { role: "SUPERVISOR" });
});
afterAll(async () => {
  await database?.close();
});

/** A loan project published by the supervisor at `instant`, read back as the public project page reads it. */
async function publishedAt(instant: string, fields: { termMonths?: number; fundraisingDays?: number } = {}) {
  const owner = await createUser(db, { role: "COMPANY" });
  const company = await createCompany(db, { userId: owner.id, status: "NORMAL" });
  const draft = await createLoanProject(db, {
    companyId: company.id,
    status: "PENDING_PRELIMINARY_REVIEW",
    submittedAt: new Date(instant),
    ...fields,
  });
  await passPreliminaryReview(db, cs, draft.id);
  const clock: Clock = fixedClock(instant, SHANGHAI);
  await publishLoanProject(db, sup, draft.id, { riskGrade: "B" }, clock);
  const project = await getPublicLoanProject(db, draft.id);
  if (!project) throw new Error("published project not public");
  // Viewed a few days later: the schedule must not depend on when it is looked at.
  const seen = projectSchedule(project, new Date(new Date(instant).getTime() + 3 * 86_400_000), SHANGHAI);
  return { project, ...seen };
}

describe("publication on the business calendar (Asia/Shanghai)", () => {
  it("published 2026-11-30 07:14 China time (2026-11-29T23:14Z): interest from 11-30, instalments due on the 30th", async () => {
    const { project, startDate, schedule } = await publishedAt("2026-11-29T23:14:00Z", { termMonths: 4, fundraisingDays: 10 });
    expect(project.publishedAt).toEqual(new Date("2026-11-29T23:14:00Z"));
    expect(startDate).toBe("2026-11-30");
    expect(schedule.map((i) => i.dueDate)).toEqual(["2026-12-30", "2027-01-30", "2027-02-28", "2027-03-30"]);
    // Open through 12-10 China time, closing at 12-11 00:00 China time.
    expect(project.fundraisingDeadline).toEqual(new Date("2026-12-10T16:00:00Z"));
  });

  it("published at 23:59 China time: still that day", async () => {
    const { startDate, schedule, project } = await publishedAt("2026-11-30T15:59:00Z", { termMonths: 2, fundraisingDays: 1 });
    expect(startDate).toBe("2026-11-30");
    expect(schedule.map((i) => i.dueDate)).toEqual(["2026-12-30", "2027-01-30"]);
    expect(project.fundraisingDeadline).toEqual(new Date("2026-12-01T16:00:00Z"));
  });

  it("published at 00:01 China time: already the next day, although UTC is still on the 30th", async () => {
    const { startDate, schedule, project } = await publishedAt("2026-11-30T16:01:00Z", { termMonths: 2, fundraisingDays: 1 });
    expect(startDate).toBe("2026-12-01");
    expect(schedule.map((i) => i.dueDate)).toEqual(["2027-01-01", "2027-02-01"]);
    expect(project.fundraisingDeadline).toEqual(new Date("2026-12-02T16:00:00Z"));
  });

  it("published on a month's last day in China: due at each month's end, never drifting", async () => {
    // 2027-01-31 07:00 China time is 2027-01-30T23:00Z.
    const { startDate, schedule } = await publishedAt("2027-01-30T23:00:00Z", { termMonths: 4 });
    expect(startDate).toBe("2027-01-31");
    expect(schedule.map((i) => i.dueDate)).toEqual(["2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"]);
  });
});
