import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/lib/generated/prisma/client";
import { listedQueue, listQueue, type QueueKey } from "@/lib/server/admin/queues";
import { fixedClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { getLoanReviewContext } from "@/lib/server/decision-context/loan-review-context";
import {
  passPreliminaryReview,
  publishLoanProject,
  rejectLoanProject,
  returnLoanProjectForRevision,
} from "@/lib/server/loan-projects/review-loan-project";
import { submitLoanRequest } from "@/lib/server/loan-requests/company-loan-events";
import { getOwnLoanRequest } from "@/lib/server/loan-requests/read-loan-requests";
import { updateLoanDraft } from "@/lib/server/loan-requests/save-loan-draft";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: Db;
let cs: User;
let cs2: User;
let sup: User;
let sup2: User;
let admin: User;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  cs = await createUser(db, { role: "CUSTOMER_SERVICE" });
  cs2 = await createUser(db, { role: "CUSTOMER_SERVICE" });
  sup = await createUser(db, { role: "SUPERVISOR" });
  sup2 = await createUser(db, { role: "SUPERVISOR" });
  admin = await createUser(db, { role: "ADMIN" });
});
afterAll(async () => {
  await database?.close();
});

const project = (id: string) => db.loanProject.findUniqueOrThrow({ where: { id } });
const historyOf = (id: string) =>
  db.statusHistory.findMany({ where: { entityType: "LOAN_PROJECT", entityId: id }, orderBy: { id: "asc" } });
const auditOf = (id: string) => db.auditLog.findMany({ where: { targetId: id }, orderBy: { id: "asc" } });

/** A NORMAL company's loan project, submitted through the service (so submittedAt and history are real). */
async function submitted(fields: { fundraisingDays?: number; title?: string } = {}) {
  const user = await createUser(db, { role: "COMPANY" });
  const company = await createCompany(db, { userId: user.id, status: "NORMAL" });
  const draft = await createLoanProject(db, { companyId: company.id, ...fields });
  await submitLoanRequest(db, { id: user.id, role: "COMPANY" }, draft.id);
  return { user, company, id: draft.id };
}

async function passed(by: User = cs) {
  const loan = await submitted();
  await passPreliminaryReview(db, by, loan.id);
  return loan;
}

describe("preliminary review (customer service)", () => {
  it("CS passes: PENDING_FINAL_REVIEW with passedById, history with the comment, audit row", async () => {
    const { id } = await submitted();
    await passPreliminaryReview(db, cs, id, "资料齐全");
    expect(await project(id)).toMatchObject({ status: "PENDING_FINAL_REVIEW", passedById: cs.id });
    expect((await historyOf(id)).map((h) => [h.event, h.toStatus, h.actorId, h.reason])).toEqual([
      ["SUBMIT", "PENDING_PRELIMINARY_REVIEW", expect.any(String), null],
      ["PASS_PRELIMINARY", "PENDING_FINAL_REVIEW", cs.id, "资料齐全"],
    ]);
    expect(await auditOf(id)).toMatchObject([{ action: "LOAN_PROJECT.PASS_PRELIMINARY", actorId: cs.id }]);
  });

  it("a supervisor or an admin cannot pass (FORBIDDEN); a draft cannot be passed (TRANSITION_NOT_ALLOWED)", async () => {
    const { id } = await submitted();
    await expect(passPreliminaryReview(db, sup, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(passPreliminaryReview(db, admin, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await project(id)).status).toBe("PENDING_PRELIMINARY_REVIEW");
    const draft = await createLoanProject(db);
    await expect(passPreliminaryReview(db, cs, draft.id)).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    await expect(passPreliminaryReview(db, cs, "no-such-project")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("publishing (supervisor)", () => {
  it("another supervisor publishes: FUNDRAISING, risk grade, deadline at the end of the business day 7 days on, publisher recorded", async () => {
    const { id } = await submitted({ fundraisingDays: 7 });
    await passPreliminaryReview(db, cs, id);
    // 2026-07-01 16:00 China time: open through 07-08, closing at 07-09 00:00 China time.
    const now = new Date("2026-07-01T08:00:00Z");
    await publishLoanProject(db, sup, id, { riskGrade: "B", comment: "同意发布" }, fixedClock(now, "Asia/Shanghai"));
    expect(await project(id)).toMatchObject({
      status: "FUNDRAISING",
      riskGrade: "B",
      publishedById: sup.id,
      publishedAt: now,
      fundraisingDeadline: new Date("2026-07-08T16:00:00Z"),
      passedById: cs.id,
    });
    const last = (await historyOf(id)).at(-1);
    expect(last).toMatchObject({
      event: "PUBLISH",
      fromStatus: "PENDING_FINAL_REVIEW",
      toStatus: "FUNDRAISING",
      actorId: sup.id,
      reason: "同意发布",
    });
    expect((await auditOf(id)).map((a) => a.action)).toEqual(["LOAN_PROJECT.PASS_PRELIMINARY", "LOAN_PROJECT.PUBLISH"]);
  });

  it("customer service cannot publish (FORBIDDEN), not even one it did not pass", async () => {
    const { id } = await passed(cs);
    await expect(publishLoanProject(db, cs2, id, { riskGrade: "A" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(publishLoanProject(db, cs, id, { riskGrade: "A" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(publishLoanProject(db, admin, id, { riskGrade: "A" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await project(id)).toMatchObject({
      status: "PENDING_FINAL_REVIEW",
      riskGrade: null,
      publishedById: null,
      fundraisingDeadline: null,
    });
  });

  it("a supervisor recorded as the one who passed it cannot publish it (GUARD_FAILED); another supervisor can", async () => {
    // Passed while this person was customer service, then promoted to supervisor.
    const promoted = await createUser(db, { role: "CUSTOMER_SERVICE" });
    const { id } = await passed(promoted);
    await db.user.update({ where: { id: promoted.id }, data: { role: "SUPERVISOR" } });

    await expect(publishLoanProject(db, { id: promoted.id, role: "SUPERVISOR" }, id, { riskGrade: "C" })).rejects.toMatchObject({
      code: "GUARD_FAILED",
      params: { event: "PUBLISH", from: "PENDING_FINAL_REVIEW" },
    });
    expect(await project(id)).toMatchObject({ status: "PENDING_FINAL_REVIEW", publishedById: null, riskGrade: null });
    expect((await historyOf(id)).map((h) => h.event)).toEqual(["SUBMIT", "PASS_PRELIMINARY"]);

    await publishLoanProject(db, sup2, id, { riskGrade: "C" });
    expect(await project(id)).toMatchObject({ status: "FUNDRAISING", publishedById: sup2.id, riskGrade: "C" });
  });

  it("the database itself refuses a publisher who is the passer (CHECK LoanProject_publisher_is_not_passer)", async () => {
    const { id } = await passed(cs);
    await expect(db.loanProject.update({ where: { id }, data: { publishedById: cs.id } })).rejects.toThrow(
      /LoanProject_publisher_is_not_passer/,
    );
    expect((await project(id)).publishedById).toBeNull();
  });

  it("a loan project still in preliminary review cannot be published", async () => {
    const { id } = await submitted();
    await expect(publishLoanProject(db, sup, id, { riskGrade: "A" })).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    expect((await project(id)).status).toBe("PENDING_PRELIMINARY_REVIEW");
  });
});

describe("return for revision", () => {
  it("needs a reason: a blank one is refused by the machine (GUARD_FAILED) and nothing changes", async () => {
    const { id } = await submitted();
    for (const reason of ["", "   "]) {
      await expect(returnLoanProjectForRevision(db, cs, id, reason)).rejects.toMatchObject({ code: "GUARD_FAILED" });
    }
    expect(await project(id)).toMatchObject({ status: "PENDING_PRELIMINARY_REVIEW", lastReviewComment: null });
    expect(await db.statusHistory.count({ where: { entityId: id } })).toBe(1);
  });

  it("by CS from preliminary review: back to DRAFT with the comment; the company edits and resubmits", async () => {
    const { user, id } = await submitted();
    await returnLoanProjectForRevision(db, cs, id, "请补充借款用途的细节");
    expect(await project(id)).toMatchObject({ status: "DRAFT", lastReviewComment: "请补充借款用途的细节", passedById: null });

    // The company sees the reason in its history.
    const { history } = await getOwnLoanRequest(db, user.id, id);
    expect(history[0]).toMatchObject({
      event: "RETURN_FOR_REVISION",
      fromStatus: "PENDING_PRELIMINARY_REVIEW",
      toStatus: "DRAFT",
      reason: "请补充借款用途的细节",
    });

    const current = await project(id);
    await updateLoanDraft(db, user.id, id, {
      title: current.title,
      purpose: "采购原材料：钢材 300 吨，用于订单 A-17",
      amount: current.amountFen,
      annualRate: current.annualRateBp,
      termMonths: current.termMonths,
      repaymentMethod: current.repaymentMethod,
      fundraisingDays: current.fundraisingDays,
      minInvestment: current.minInvestmentFen,
    });
    await submitLoanRequest(db, { id: user.id, role: "COMPANY" }, id);
    expect(await project(id)).toMatchObject({ status: "PENDING_PRELIMINARY_REVIEW", purpose: "采购原材料：钢材 300 吨，用于订单 A-17" });
    expect((await historyOf(id)).map((h) => h.event)).toEqual(["SUBMIT", "RETURN_FOR_REVISION", "SUBMIT"]);
  });

  it("by a supervisor from final review: DRAFT, and the previous passer is cleared so a new pass is needed", async () => {
    const { user, id } = await passed(cs);
    await returnLoanProjectForRevision(db, sup, id, "利率偏高，请下调");
    expect(await project(id)).toMatchObject({ status: "DRAFT", lastReviewComment: "利率偏高，请下调", passedById: null });
    await submitLoanRequest(db, { id: user.id, role: "COMPANY" }, id);
    await passPreliminaryReview(db, cs2, id);
    await publishLoanProject(db, sup, id, { riskGrade: "D" });
    expect(await project(id)).toMatchObject({ status: "FUNDRAISING", passedById: cs2.id, publishedById: sup.id });
  });

  it("in final review only a supervisor may return or reject it; customer service, an admin or a company is FORBIDDEN", async () => {
    const { user, id } = await passed(cs);
    await expect(returnLoanProjectForRevision(db, admin, id, "reason")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(returnLoanProjectForRevision(db, user, id, "reason")).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Once passed, the loan project is the checker's: customer service (the passer or another) cannot decide it.
    await expect(returnLoanProjectForRevision(db, cs2, id, "复核发现营业执照已过期")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rejectLoanProject(db, cs, id, "复核发现营业执照已过期")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await project(id)).status).toBe("PENDING_FINAL_REVIEW");
    expect((await historyOf(id)).map((h) => h.event)).toEqual(["SUBMIT", "PASS_PRELIMINARY"]);
    await returnLoanProjectForRevision(db, sup, id, "复核发现营业执照已过期");
    expect(await project(id)).toMatchObject({ status: "DRAFT", lastReviewComment: "复核发现营业执照已过期" });
  });
});

describe("reject", () => {
  it("needs a reason; rejected is terminal, with the reason kept for the company", async () => {
    const { user, id } = await submitted();
    await expect(rejectLoanProject(db, cs, id, " ")).rejects.toMatchObject({ code: "GUARD_FAILED" });
    expect((await project(id)).status).toBe("PENDING_PRELIMINARY_REVIEW");

    await rejectLoanProject(db, cs, id, "企业经营范围不符");
    expect(await project(id)).toMatchObject({ status: "REJECTED", lastReviewComment: "企业经营范围不符" });
    await expect(submitLoanRequest(db, { id: user.id, role: "COMPANY" }, id)).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    await expect(passPreliminaryReview(db, cs, id)).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
  });
});

describe("queues", () => {
  // The review queues as the generic queue page lists them: the registry entry's query (lib/server/admin/queues).
  const listLoanReviewQueue = (key: QueueKey, page: number, pageSize: number) => listQueue(db, listedQueue(key).list, page, pageSize);

  it("list oldest submission first, each in its own queue, with the company's status", async () => {
    // A fresh database per file, but other tests above also queue loan projects: compare only ours, in order.
    const first = await submitted({ title: "Q-first" });
    const second = await submitted({ title: "Q-second" });
    const third = await submitted({ title: "Q-third" });
    // Make the submission times unambiguous (submission order ≠ creation order).
    const t0 = Date.UTC(2020, 0, 1);
    await db.loanProject.update({ where: { id: second.id }, data: { submittedAt: new Date(t0) } });
    await db.loanProject.update({ where: { id: third.id }, data: { submittedAt: new Date(t0 + 60_000) } });
    await db.loanProject.update({ where: { id: first.id }, data: { submittedAt: new Date(t0 + 120_000) } });

    const ours = new Set([first.id, second.id, third.id]);
    const preliminary = await listLoanReviewQueue("preliminaryReviews", 1, 100);
    expect(preliminary.items.filter((i) => ours.has(i.id)).map((i) => i.title)).toEqual(["Q-second", "Q-third", "Q-first"]);
    // Ours are the oldest of all, so they open the queue.
    expect(preliminary.items.slice(0, 3).map((i) => i.id)).toEqual([second.id, third.id, first.id]);
    expect(preliminary.items[0].company).toMatchObject({ id: second.company.id, status: "NORMAL" });
    expect(preliminary.total).toBe(await db.loanProject.count({ where: { status: "PENDING_PRELIMINARY_REVIEW" } }));

    // Paging keeps the order.
    const page2 = await listLoanReviewQueue("preliminaryReviews", 2, 1);
    expect(page2.items.map((i) => i.id)).toEqual([third.id]);

    await passPreliminaryReview(db, cs, third.id);
    expect((await listLoanReviewQueue("preliminaryReviews", 1, 100)).items.map((i) => i.id)).not.toContain(third.id);
    const final = await listLoanReviewQueue("finalReviews", 1, 100);
    expect(final.items.find((i) => i.id === third.id)).toMatchObject({ passedById: cs.id });
  });

  it("the review page has the project, its company, history and the company's other loan projects", async () => {
    const { company, id } = await passed(cs);
    const other = await createLoanProject(db, { companyId: company.id, title: "older project" });
    const view = await getLoanReviewContext(db, id);
    expect(view.company.company.id).toBe(company.id);
    expect(view.history.map((h) => h.event)).toEqual(["PASS_PRELIMINARY", "SUBMIT"]);
    expect(view.company.projects.map((p) => p.id)).toEqual([other.id]);
    await expect(getLoanReviewContext(db, "no-such-project")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
