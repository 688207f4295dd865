import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, startOfBusinessDay } from "@/lib/domain/dates";
import type { User } from "@/lib/generated/prisma/client";
import { QUEUES, queueFigures } from "@/lib/server/admin/queues";
import { businessToday, getBusinessTimeZone } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** The staff landing's queue figures: count and since when the oldest item waits, from the registry. */

let database: TestDatabase;
let db: Db;
let cs: User;
let sup: User;
const t = (iso: string) => new Date(iso);

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  [cs, sup] = await Promise.all([createUser(db, { role: "CUSTOMER_SERVICE" }), createUser(db, { role: "SUPERVISOR" })]);
  await createLoanProject(db, { status: "PENDING_PRELIMINARY_REVIEW", submittedAt: t("2026-11-20T08:00:00Z") });
  await createLoanProject(db, { status: "PENDING_PRELIMINARY_REVIEW", submittedAt: t("2026-11-25T08:00:00Z") });
  // Not in the queue: an older submission now in the final review.
  await createLoanProject(db, { status: "PENDING_FINAL_REVIEW", submittedAt: t("2026-10-01T08:00:00Z"), passedById: cs.id });
  await createCompany(db, { status: "INVALID", profileCompletedAt: t("2026-11-28T02:00:00Z") });
  await createCompany(db, { status: "NORMAL", profileCompletedAt: t("2026-01-01T00:00:00Z") }); // verified: not waiting
  await db.reviewRequest.create({
    data: {
      targetType: "COMPANY",
      targetId: "c-1",
      action: "ACTIVATE",
      reason: "ok",
      makerId: cs.id,
      createdAt: t("2026-11-29T00:00:00Z"),
    },
  });
  // Overdue 120 and 100 days: waiting for the bad-debt declaration since the oldest reached 90 days.
  for (const days of [120, 100]) {
    const project = await createLoanProject(db, { status: "OVERDUE" });
    const due = addDays(businessToday(), -days);
    await db.repaymentInstalment.create({
      data: {
        projectId: project.id,
        number: 1,
        dueDate: new Date(`${due}T00:00:00Z`),
        principalFen: 100n,
        interestFen: 1n,
        overdueSince: new Date(`${due}T00:00:00Z`),
      },
    });
  }
});

afterAll(async () => {
  await database?.close();
});

describe("queueFigures", () => {
  it("gives each queue its count and the instant its oldest item started waiting", async () => {
    const figures = await queueFigures(db, cs);
    expect(figures.preliminaryReviews).toEqual({ count: 2, oldest: t("2026-11-20T08:00:00Z") });
    expect(figures.companyVerifications).toEqual({ count: 1, oldest: t("2026-11-28T02:00:00Z") });
    expect(figures.ownRequests).toEqual({ count: 1, oldest: t("2026-11-29T00:00:00Z") });
    expect(figures.investmentReviews).toEqual({ count: 0, oldest: null });
    expect(figures.overdueProjects).toEqual({
      count: 2,
      oldest: startOfBusinessDay(addDays(businessToday(), -30), getBusinessTimeZone()),
    });
  });

  it("gives the supervisor's queues theirs, and no age where the items do not wait", async () => {
    const figures = await queueFigures(db, sup);
    expect(figures.finalReviews).toEqual({ count: 1, oldest: t("2026-10-01T08:00:00Z") });
    expect(figures.statusChangeApprovals).toEqual({ count: 1, oldest: t("2026-11-29T00:00:00Z") });
    const admin = await queueFigures(db, { id: "admin", role: "ADMIN" });
    expect(admin.staff?.oldest).toBeNull();
    expect(admin.settings).toEqual({ count: null, oldest: null });
  });

  it("has an oldest query for every queue that counts items waiting (staff and the audit log do not wait)", () => {
    const without = QUEUES.filter((q) => q.count && !q.oldest).map((q) => q.key);
    expect(without).toEqual(["staff", "auditLog"]);
  });
});
