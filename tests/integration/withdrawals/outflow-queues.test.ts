import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueCounts } from "@/lib/server/admin/queues";
import { loadApprovalSubjects } from "@/lib/server/decision-context/approval-subjects";
import { approveOutflow, listOutflowQueue, requestOutflowFailure } from "@/lib/server/outflows";
import { listPendingApprovals } from "@/lib/server/review-requests";
import { requestWithdrawal } from "@/lib/server/withdrawals";
import { investorWithCard } from "../support/bank-card-holders";
import type { TestDatabase } from "../support/test-database";
import { actor, databaseWithStaff, type Staff } from "./helpers";

describe("staff outflow queues", () => {
  let db: TestDatabase;
  let people: Staff;
  beforeAll(async () => {
    ({ db, people } = await databaseWithStaff());
  });
  afterAll(() => db?.close());

  it("lists outflows to approve and to execute oldest first, masked, with counts from the registry", async () => {
    const ids: string[] = [];
    for (const day of [3, 1, 2]) {
      const { user, card } = await investorWithCard(db.prisma, 10_00n);
      const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: BigInt(day) * 100n, bankCardId: card.id });
      await db.prisma.outflow.update({ where: { id: outflow.id }, data: { createdAt: new Date(Date.UTC(2026, 0, day)) } });
      ids[day] = outflow.id;
    }
    const approvals = await listOutflowQueue(db.prisma, "approvals", 1, 10);
    expect(approvals.total).toBe(3);
    expect(approvals.items.map((o) => o.id)).toEqual([ids[1], ids[2], ids[3]]);
    expect(approvals.items[0]).toMatchObject({ kind: "WITHDRAWAL", payeeName: "张三", amountFen: 100n });
    expect(approvals.items[0].cardMasked).toMatch(/^\*{4} \*{4} \*{4} \d{4}$/);
    expect((await queueCounts(db.prisma, actor(people.sup))).outflowApprovals).toBe(3);

    // Approved later first, approved earlier first in the execution queue (oldest approval first).
    await approveOutflow(db.prisma, actor(people.sup), ids[3]);
    await approveOutflow(db.prisma, actor(people.sup), ids[1]);
    await db.prisma.outflow.update({ where: { id: ids[3] }, data: { decidedAt: new Date(Date.UTC(2026, 0, 4)) } });
    await db.prisma.outflow.update({ where: { id: ids[1] }, data: { decidedAt: new Date(Date.UTC(2026, 0, 5)) } });
    const execution = await listOutflowQueue(db.prisma, "execution", 1, 10);
    expect(execution.items.map((o) => o.id)).toEqual([ids[3], ids[1]]);
    expect(await queueCounts(db.prisma, actor(people.cs))).toMatchObject({ outflowsToExecute: 2 });
    expect((await queueCounts(db.prisma, actor(people.sup))).outflowApprovals).toBe(1);
    expect((await listOutflowQueue(db.prisma, "approvals", 2, 10)).items).toEqual([]);
  });

  it("shows a failure request's outflow to the supervisor, named by amount and card, and marks it pending", async () => {
    const { user, card } = await investorWithCard(db.prisma, 10_00n);
    const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 10_00n, bankCardId: card.id });
    await approveOutflow(db.prisma, actor(people.sup), outflow.id);
    const request = await requestOutflowFailure(db.prisma, actor(people.cs), outflow.id, "account closed");
    const pending = await listPendingApprovals(db.prisma, 1, 50);
    const row = pending.items.find((r) => r.id === request.id);
    expect(row?.target.name).toBe(`¥10.00 · ****${card.numberLast4}`);
    const subject = (await loadApprovalSubjects(db.prisma, [request])).get(request.id);
    if (subject?.kind !== "OUTFLOW") throw new Error(`expected an outflow subject, got ${subject?.kind}`);
    expect(subject.outflow).toMatchObject({ id: outflow.id, status: "APPROVED", pendingRequests: ["FAIL"] });
    const queued = (await listOutflowQueue(db.prisma, "execution", 1, 50)).items.find((o) => o.id === outflow.id);
    expect(queued?.pendingRequests).toEqual(["FAIL"]);
  });
});
