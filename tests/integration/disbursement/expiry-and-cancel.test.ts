import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endOfBusinessDay, parseBusinessDate } from "@/lib/domain/dates";
import type { User } from "@/lib/generated/prisma/client";
import { fixedClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { requestProjectCancel } from "@/lib/server/disbursement/cancel-project";
import { failExpiredFundraising } from "@/lib/server/jobs/fail-expired-fundraising";
import { findJob } from "@/lib/server/jobs/registry";
import { getBalances } from "@/lib/server/ledger";
import { approveReviewRequest, rejectReviewRequest } from "@/lib/server/review-requests";
import { createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { fundedProject, SHANGHAI } from "./funded-project";

let database: TestDatabase;
let db: Db;
let cs: User;
let sup: User;
const actor = (user: User) => ({ id: user.id, role: user.role });

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  cs = await createUser(db, { role: "CUSTOMER_SERVICE" });
  sup = await createUser(db, { role: "SUPERVISOR" });
});
afterAll(async () => {
  await database?.close();
});

/** The deadline as publication stores it: the end of the last fundraising business day in China. */
const deadlineAfter = (lastDay: string) =>
  endOfBusinessDay(parseBusinessDate(lastDay) as NonNullable<ReturnType<typeof parseBusinessDate>>, SHANGHAI);

describe("fail-expired-fundraising", () => {
  it("is registered as a daily job", () => {
    expect(findJob("fail-expired-fundraising").schedule.split(" ")).toHaveLength(5);
  });

  it("fails a project only once its last business day is over in China, refunds every investment, and does nothing on a second run", async () => {
    // Last fundraising day 10 December (China): the deadline is 2026-12-10T16:00Z, midnight in Shanghai.
    const deadline = deadlineAfter("2026-12-10");
    expect(deadline.toISOString()).toBe("2026-12-10T16:00:00.000Z");
    const amounts = [1_000_000n, 2_000_000n];
    const { project, investors, investmentIds } = await fundedProject(db, {
      status: "FUNDRAISING",
      amounts,
      statuses: ["PENDING", "CONFIRMED"],
      amountFen: 50_000_000n,
      fundraisingDeadline: deadline,
    });
    // A fully funded project past the same deadline waits for the supervisor's review: the job leaves it.
    const full = await fundedProject(db, { status: "FULLY_FUNDED", fundraisingDeadline: deadline });

    // 23:59:59 on the 10th in Shanghai (15:59:59 UTC): still open, although the UTC date would say otherwise
    // for a server in another zone.
    const before = await failExpiredFundraising(db, fixedClock("2026-12-10T15:59:59Z", SHANGHAI));
    expect(before.handled).toBe(0);
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FUNDRAISING");

    const first = await failExpiredFundraising(db, fixedClock("2026-12-10T16:00:00Z", SHANGHAI));
    expect(first.handled).toBe(1);
    const failed = await db.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(failed).toMatchObject({ status: "FAILED", fundedFen: 0n });
    const history = await db.statusHistory.findFirstOrThrow({ where: { entityId: project.id, event: "EXPIRE" } });
    expect(history).toMatchObject({ fromStatus: "FUNDRAISING", toStatus: "FAILED", actorId: null });
    const rows = await db.investment.findMany({ where: { id: { in: investmentIds } } });
    expect(rows.every((row) => row.status === "REFUNDED")).toBe(true);
    for (const [i, investor] of investors.entries()) {
      expect(await getBalances(db, investor.id)).toEqual({ availableFen: amounts[i], frozenFen: 0n });
    }
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: full.project.id } })).status).toBe("FULLY_FUNDED");
    await assertLedgerInvariants(db);

    const entriesBefore = await db.journalEntry.count();
    const second = await failExpiredFundraising(db, fixedClock("2026-12-11T16:00:00Z", SHANGHAI));
    expect(second.handled).toBe(0);
    expect(await db.journalEntry.count()).toBe(entriesBefore);
    await assertLedgerInvariants(db);
  });

  it("fails a project nobody invested in without posting anything", async () => {
    const { project } = await fundedProject(db, {
      status: "FUNDRAISING",
      amounts: [],
      amountFen: 1_000_000n,
      fundraisingDeadline: deadlineAfter("2026-12-20"),
    });
    const entriesBefore = await db.journalEntry.count();
    const result = await failExpiredFundraising(db, fixedClock("2026-12-21T01:00:00Z", SHANGHAI), { batchSize: 1 });
    expect(result.handled).toBeGreaterThanOrEqual(1);
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FAILED");
    expect(await db.journalEntry.count()).toBe(entriesBefore);
  });
});

describe("CANCEL through a customer-service request and a supervisor's approval", () => {
  it("is refused to a supervisor as maker and needs a reason", async () => {
    const { project } = await fundedProject(db, {
      status: "FUNDRAISING",
      amountFen: 90_000_000n,
      fundraisingDeadline: deadlineAfter("2027-01-10"),
    });
    await expect(requestProjectCancel(db, actor(sup), project.id, "why")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requestProjectCancel(db, actor(cs), project.id, " ")).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("approved: fails the project and refunds every investment; rejected: nothing changes", async () => {
    const amounts = [4_000_000n, 1_000_000n];
    const { project, investors } = await fundedProject(db, {
      status: "FUNDRAISING",
      amounts,
      statuses: ["CONFIRMED", "PENDING"],
      amountFen: 90_000_000n,
      fundraisingDeadline: deadlineAfter("2027-01-10"),
    });

    const refused = await requestProjectCancel(db, actor(cs), project.id, "Borrower asked to cancel");
    await rejectReviewRequest(db, { checker: actor(sup), requestId: refused.id, decisionReason: "Keep it open" });
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FUNDRAISING");
    expect(await getBalances(db, investors[0].id)).toEqual({ availableFen: 0n, frozenFen: amounts[0] });

    const request = await requestProjectCancel(db, actor(cs), project.id, "Borrower asked to cancel");
    await approveReviewRequest(db, { checker: actor(sup), requestId: request.id });
    const failed = await db.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(failed).toMatchObject({ status: "FAILED", fundedFen: 0n });
    for (const [i, investor] of investors.entries()) {
      expect(await getBalances(db, investor.id)).toEqual({ availableFen: amounts[i], frozenFen: 0n });
    }
    const refunded = await db.statusHistory.findMany({
      where: { entityType: "INVESTMENT", event: "REFUND", reason: "Borrower asked to cancel" },
    });
    expect(refunded).toHaveLength(2);
    await assertLedgerInvariants(db);
  });
});
