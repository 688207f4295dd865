import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/dates";
import type { User } from "@/lib/generated/prisma/client";
import { listedQueue, listQueue, QUEUES, queueCounts } from "@/lib/server/admin/queues";
import { businessToday } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createOpenDifference } from "../support/open-difference";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** The dashboard's counts come from the queue registry: each queue's count, for the viewer's queues only. */

let database: TestDatabase;
let db: Db;
let cs: User;
let cs2: User;
let sup: User;
let admin: User;
let soonest: { id: string };
let later: { id: string };

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  [cs, cs2, sup, admin] = await Promise.all([
    createUser(db, { role: "CUSTOMER_SERVICE" }),
    createUser(db, { role: "CUSTOMER_SERVICE" }),
    createUser(db, { role: "SUPERVISOR" }),
    createUser(db, { role: "ADMIN" }),
  ]);
  const submittedAt = new Date(Date.UTC(2026, 0, 5));
  await createLoanProject(db, { status: "PENDING_PRELIMINARY_REVIEW", submittedAt });
  await createLoanProject(db, { status: "PENDING_PRELIMINARY_REVIEW", submittedAt });
  await createLoanProject(db, { status: "PENDING_FINAL_REVIEW", submittedAt, passedById: cs.id });
  await createLoanProject(db, { status: "DRAFT" });
  // Reconciliation: one open difference, and one resolved that is not counted.
  await createOpenDifference(db, cs.id);
  const resolved = await createOpenDifference(db, cs.id);
  await db.reconciliationDifference.update({
    where: { id: resolved.id },
    data: { status: "RESOLVED", resolution: "EXPLAIN", note: "ok", resolvedAt: new Date() },
  });
  // Open for funding: created latest-deadline first, so only the queue's order can put the soonest first.
  later = await createLoanProject(db, { status: "FUNDRAISING", fundraisingDeadline: new Date(Date.UTC(2026, 1, 20)), fundedFen: 0n });
  soonest = await createLoanProject(db, {
    status: "FUNDRAISING",
    fundraisingDeadline: new Date(Date.UTC(2026, 1, 10)),
    fundedFen: 2_500_000n,
  });
  await createLoanProject(db, { status: "FULLY_FUNDED", fundraisingDeadline: new Date(Date.UTC(2026, 1, 1)), fundedFen: 10_000_000n });
  await createCompany(db, { status: "INVALID", profileCompletedAt: new Date() }); // waiting for verification
  await createCompany(db, { status: "INVALID" }); // profile not submitted yet: not waiting
  const request = (makerId: string, targetId: string, status: "PENDING" | "CANCELLED" = "PENDING") =>
    db.reviewRequest.create({
      data: { targetType: "COMPANY", targetId, action: "ACTIVATE", reason: "documents complete", makerId, status },
    });
  await request(cs.id, "company-a");
  await request(cs.id, "company-b");
  await request(cs.id, "company-c", "CANCELLED");
  await request(cs2.id, "company-d");
  // Overdue projects: counted once 90 days overdue with no bad-debt declaration pending.
  const overdue = async (days: number) => {
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
    return project;
  };
  await overdue(120);
  await overdue(89);
  const declared = await overdue(95);
  await db.reviewRequest.create({
    data: { targetType: "LOAN_PROJECT", targetId: declared.id, action: "DECLARE_BAD_DEBT", reason: "95 days", makerId: admin.id },
  });
});

afterAll(async () => {
  await database?.close();
});

describe("queueCounts", () => {
  it("counts each of customer service's queues; the viewer's own requests only; '–' where nothing is counted", async () => {
    expect(await queueCounts(db, cs)).toEqual({
      companyVerifications: 1,
      preliminaryReviews: 2,
      investmentReviews: 0,
      outflowsToExecute: 0,
      reconciliation: 1,
      ownRequests: 2,
      fundraisingProjects: 2,
      overdueProjects: 1,
    });
    expect((await queueCounts(db, cs2)).ownRequests).toBe(1);
  });

  it("counts the supervisor's and the admin's queues", async () => {
    expect(await queueCounts(db, sup)).toEqual({
      fundraisingProjects: 2,
      overdueProjects: 1,
      finalReviews: 1,
      fullSubscriptionReviews: 1,
      outflowApprovals: 0,
      statusChangeApprovals: 4,
    });
    expect(await queueCounts(db, admin)).toEqual({
      staff: 4,
      settings: null,
      auditLog: await db.auditLog.count(),
    });
  });

  it("counts no queue for a customer", async () => {
    expect(await queueCounts(db, { id: "someone", role: "INVESTOR" })).toEqual({});
  });

  it("lists the projects open for funding, the soonest deadline first, with funded and amount", async () => {
    const list = await listQueue(db, listedQueue("fundraisingProjects").list, 1, 20);
    expect(list.items.map((row) => row.id)).toEqual([soonest.id, later.id]);
    expect(list.items[0]).toMatchObject({ fundedFen: 2_500_000n, amountFen: 10_000_000n });
  });

  it("counts what the generic queue page lists", async () => {
    for (const entry of QUEUES.filter((q) => q.list)) {
      const list = await listQueue(db, listedQueue(entry.key).list, 1, 20);
      const counted = await entry.count?.(db, cs);
      expect(list.total, entry.key).toBe(counted);
      expect(list.items.length, entry.key).toBe(counted);
    }
  });
});
