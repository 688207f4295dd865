import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addDays, type BusinessDate } from "@/lib/domain/dates";
import type { Clock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { markOverdue } from "@/lib/server/jobs/mark-overdue";
import { requestBadDebtDeclaration, requestCompanyBlacklist } from "@/lib/server/overdue/bad-debt-requests";
import { countAwaitingBadDebtDeclaration, listOverdueProjects } from "@/lib/server/overdue/list-overdue-projects";
import { overdueAging } from "@/lib/server/overdue/overdue-aging";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { approveReviewRequest } from "@/lib/server/review-requests/approve-review-request";
import { updateOverdueSettings } from "@/lib/server/settings/overdue-settings";
import { createUser } from "../support/factories";
import { depositFor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { type RepayingProject, repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The guards read the server's clock (getClock): this file moves it.
const state = vi.hoisted(() => ({ clock: undefined as unknown as Clock }));
vi.mock("@/lib/server/clock", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/clock")>();
  return { ...original, getClock: () => state.clock ?? original.getClock() };
});
const { fixedClock } = await vi.importActual<typeof import("@/lib/server/clock")>("@/lib/server/clock");

let database: TestDatabase;
let db: Db;
let cs: { id: string; role: "CUSTOMER_SERVICE" };
let supervisor: { id: string; role: "SUPERVISOR" };

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  const admin = await createUser(db, { role: "ADMIN" });
  await updateOverdueSettings(db, { id: admin.id, role: admin.role }, { graceDays: 0, penaltyDailyBp: 5 });
  cs = { id: (await createUser(db, { role: "CUSTOMER_SERVICE" })).id, role: "CUSTOMER_SERVICE" };
  supervisor = { id: (await createUser(db, { role: "SUPERVISOR" })).id, role: "SUPERVISOR" };
});
afterAll(async () => {
  await database?.close();
});

const day = (date: Date) => date.toISOString().slice(0, 10) as BusinessDate;
const firstDue = (made: RepayingProject) => day((made.instalments[0] as { dueDate: Date }).dueDate);

/** The server's clock at 10:00 Shanghai on `date`, and the daily job run then. */
async function dayOf(date: BusinessDate) {
  state.clock = fixedClock(`${date}T02:00:00Z`, "Asia/Shanghai");
  await markOverdue(db, state.clock);
}

describe("overdue aging and the bad-debt queue", () => {
  it("buckets each overdue instalment by its own days overdue, with what it owes", async () => {
    const made = await repayingProject(db);
    const asOf = addDays(firstDue(made), 45);
    await dayOf(asOf);
    const aging = await overdueAging(db, asOf);
    expect(aging.map((row) => row.bucket)).toEqual(["DAYS_1_30", "DAYS_31_60", "DAYS_61_90", "DAYS_OVER_90"]);
    const rows = await db.repaymentInstalment.findMany({
      where: { projectId: made.project.id, overdueSince: { not: null } },
      orderBy: { number: "asc" },
    });
    expect(rows).toHaveLength(2); // due 45 days and about 14 days ago
    const owed = (r: (typeof rows)[number]) => r.principalFen + r.interestFen + r.penaltyFen;
    const [older, newer] = rows as [(typeof rows)[number], (typeof rows)[number]];
    expect(aging[1]).toEqual({ bucket: "DAYS_31_60", instalments: 1, projects: 1, owedFen: owed(older) });
    expect(aging[0]).toEqual({ bucket: "DAYS_1_30", instalments: 1, projects: 1, owedFen: owed(newer) });
    expect(aging[2]?.instalments).toBe(0);
    expect(aging[3]?.owedFen).toBe(0n);
    expect(older.penaltyFen).toBeGreaterThan(0n);
  });

  it("refuses DECLARE_BAD_DEBT before 90 days when filed, and again when approved; files and approves it at 90", async () => {
    const made = await repayingProject(db);
    const due = firstDue(made);

    await dayOf(addDays(due, 89));
    const listed = await listOverdueProjects(db, addDays(due, 89), 1, 100);
    const row = listed.items.find((item) => item.id === made.project.id);
    expect(row).toMatchObject({ status: "OVERDUE", daysOverdue: 89, bucket: "DAYS_61_90", longEnoughForBadDebt: false });
    expect(row?.company).toMatchObject({ id: made.project.companyId, status: "WATCH" });
    await expect(requestBadDebtDeclaration(db, cs, made.project.id, "89 days")).rejects.toMatchObject({ code: "GUARD_FAILED" });
    const before = await countAwaitingBadDebtDeclaration(db, addDays(due, 89));

    await dayOf(addDays(due, 90));
    const list90 = (await listOverdueProjects(db, addDays(due, 90), 1, 100)).items;
    const at90 = list90.find((item) => item.id === made.project.id);
    expect(at90).toMatchObject({ daysOverdue: 90, bucket: "DAYS_61_90", longEnoughForBadDebt: true, pendingRequests: [] });
    expect(at90?.overdueOwedFen).toBeGreaterThan(at90?.penaltyOwedFen ?? 0n);
    // The queue counts what the list offers to file: OVERDUE, 90 days, nothing pending (the first test's project too).
    const waiting = await countAwaitingBadDebtDeclaration(db, addDays(due, 90));
    expect(before).toBe(0);
    expect(waiting).toBe(
      list90.filter((item) => item.status === "OVERDUE" && item.longEnoughForBadDebt && item.pendingRequests.length === 0).length,
    );
    expect(waiting).toBeGreaterThanOrEqual(1);

    // Only customer service files it.
    await expect(requestBadDebtDeclaration(db, supervisor, made.project.id, "90 days")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const request = await requestBadDebtDeclaration(db, cs, made.project.id, "90 days overdue, the company stopped answering");
    expect(await countAwaitingBadDebtDeclaration(db, addDays(due, 90))).toBe(waiting - 1);
    await expect(requestBadDebtDeclaration(db, cs, made.project.id, "again")).rejects.toMatchObject({ code: "DUPLICATE_PENDING_REQUEST" });
    const pendingRow = (await listOverdueProjects(db, addDays(due, 90), 1, 100)).items.find((item) => item.id === made.project.id);
    expect(pendingRow?.pendingRequests).toEqual(["DECLARE_BAD_DEBT"]);

    // Blacklisting needs a BAD_DEBT project first.
    await expect(requestCompanyBlacklist(db, cs, made.project.companyId, "bad debt")).rejects.toMatchObject({
      code: "COMPANY_NO_BAD_DEBT",
    });

    const { target } = await approveReviewRequest(db, { checker: supervisor, requestId: request.id }, { clock: state.clock });
    expect(target).toMatchObject({ from: "OVERDUE", to: "BAD_DEBT" });
    const blacklist = await requestCompanyBlacklist(db, cs, made.project.companyId, "bad debt declared");
    await approveReviewRequest(db, { checker: supervisor, requestId: blacklist.id }, { clock: state.clock });
    expect((await db.company.findUniqueOrThrow({ where: { id: made.project.companyId } })).status).toBe("BLACKLIST");
    await assertLedgerInvariants(db);
  });

  it("refuses the approval when the project is no longer 90 days overdue: the request stays PENDING", async () => {
    const made = await repayingProject(db);
    const due = firstDue(made);
    await dayOf(addDays(due, 95));
    const request = await requestBadDebtDeclaration(db, cs, made.project.id, "95 days");

    // The company pays the oldest instalment in full, penalty included: the oldest overdue is now ~64 days.
    const first = await db.repaymentInstalment.findFirstOrThrow({ where: { projectId: made.project.id, number: 1 } });
    await depositFor(db, made.companyUser.id, 20_000_000n);
    await repayFromWallet(
      db,
      { id: made.companyUser.id, role: "COMPANY" },
      { projectId: made.project.id, amountFen: first.principalFen + first.interestFen + first.penaltyFen },
      { clock: state.clock },
    );
    expect((await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("PAID");
    await expect(approveReviewRequest(db, { checker: supervisor, requestId: request.id }, { clock: state.clock })).rejects.toMatchObject({
      code: "GUARD_FAILED",
    });
    expect((await db.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: made.project.id } })).status).toBe("OVERDUE");
    await assertLedgerInvariants(db);
  });
});
