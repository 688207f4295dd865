import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  approveReviewRequest,
  cancelOwnReviewRequest,
  createReviewRequest,
  listOwnReviewRequests,
  listPendingApprovals,
} from "@/lib/server/review-requests";
import { createCompany, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("customer service's own review requests", () => {
  let db: TestDatabase;
  let cs: { id: string; role: "CUSTOMER_SERVICE" };
  let otherCs: { id: string; role: "CUSTOMER_SERVICE" };
  let sup: { id: string; role: "SUPERVISOR" };

  beforeAll(async () => {
    db = await createTestDatabase();
    cs = { id: (await createUser(db.prisma, { role: "CUSTOMER_SERVICE", displayName: "客服甲" })).id, role: "CUSTOMER_SERVICE" };
    otherCs = { id: (await createUser(db.prisma, { role: "CUSTOMER_SERVICE" })).id, role: "CUSTOMER_SERVICE" };
    sup = { id: (await createUser(db.prisma, { role: "SUPERVISOR" })).id, role: "SUPERVISOR" };
  });
  afterAll(async () => {
    await db.close();
  });

  // A NORMAL company without outstanding loans can be put up for DEACTIVATE by customer service.
  async function request(maker = cs, name = "某公司") {
    const company = await createCompany(db.prisma, { status: "NORMAL", name });
    const created = await createReviewRequest(db.prisma, {
      maker,
      targetType: "COMPANY",
      targetId: company.id,
      action: "DEACTIVATE",
      reason: "停止经营",
    });
    return { company, request: created };
  }

  it("lists only the maker's requests, pending first, with target names", async () => {
    const decided = await request(cs, "已处理公司");
    await approveReviewRequest(db.prisma, { checker: sup, requestId: decided.request.id, decisionReason: "同意" });
    const pending = await request(cs, "待处理公司");
    await request(otherCs, "别人的公司");

    const mine = await listOwnReviewRequests(db.prisma, cs.id, 1);
    expect(mine.total).toBe(2);
    expect(mine.pending).toBe(1);
    expect(mine.items.map((r) => [r.target.name, r.status])).toEqual([
      ["待处理公司", "PENDING"],
      ["已处理公司", "APPROVED"],
    ]);
    expect(mine.items[0].id).toBe(pending.request.id);
    expect(mine.items[0].makerName).toBe("客服甲");
  });

  it("the maker cancels a pending request: it leaves the supervisor's queue, with history and audit rows", async () => {
    const { request: pending } = await request();
    expect((await listPendingApprovals(db.prisma, 1, 100)).items.map((r) => r.id)).toContain(pending.id);
    await cancelOwnReviewRequest(db.prisma, cs, pending.id, "提交错了");
    expect(await db.prisma.reviewRequest.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "CANCELLED" });
    expect((await listPendingApprovals(db.prisma, 1, 100)).items.map((r) => r.id)).not.toContain(pending.id);
    expect(await db.prisma.statusHistory.findFirst({ where: { entityId: pending.id, event: "CANCEL" } })).toMatchObject({
      fromStatus: "PENDING",
      toStatus: "CANCELLED",
      actorId: cs.id,
      reason: "提交错了",
    });
    expect(await db.prisma.auditLog.count({ where: { targetId: pending.id, action: "REVIEW_REQUEST.CANCEL", actorId: cs.id } })).toBe(1);
  });

  it("someone else's request answers NOT_FOUND and stays pending; a decided one cannot be cancelled", async () => {
    const { request: theirs } = await request(otherCs);
    await expect(cancelOwnReviewRequest(db.prisma, cs, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelOwnReviewRequest(db.prisma, cs, "no-such-request")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.prisma.reviewRequest.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("PENDING");

    const { request: decided } = await request();
    await approveReviewRequest(db.prisma, { checker: sup, requestId: decided.id });
    await expect(cancelOwnReviewRequest(db.prisma, cs, decided.id)).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
  });
});
