import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUEUES } from "@/lib/server/admin/queues/registry";
import { fixedClock } from "@/lib/server/clock";
import {
  cancelInvestment,
  confirmInvestment,
  listInvestmentsToReview,
  listOwnInvestments,
  placeInvestment,
  rejectInvestment,
} from "@/lib/server/investments";
import { getBalances } from "@/lib/server/ledger";
import { listPublicInvestmentRecords } from "@/lib/server/listings";
import { createUser } from "../support/factories";
import { createFundraisingProject, createInvestor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const clock = fixedClock("2026-12-01T02:00:00Z", "Asia/Shanghai");
const later = fixedClock("2026-12-20T02:00:00Z", "Asia/Shanghai");

describe("cancelling and reviewing investments", () => {
  let db: TestDatabase;
  let cs: { id: string; role: "CUSTOMER_SERVICE" };
  beforeAll(async () => {
    db = await createTestDatabase();
    cs = { id: (await createUser(db.prisma, { role: "CUSTOMER_SERVICE" })).id, role: "CUSTOMER_SERVICE" };
  });
  afterAll(async () => {
    await db?.close();
  });

  const actorOf = (user: { id: string }) => ({ id: user.id, role: "INVESTOR" as const });
  const invest = (investorId: string, projectId: string, amountFen: bigint) =>
    placeInvestment(db.prisma, { investorId, projectId, amountFen, riskNoticeAccepted: true }, { clock });
  const project = (id: string) => db.prisma.loanProject.findUniqueOrThrow({ where: { id } });
  const events = (entityId: string, event: string) => db.prisma.statusHistory.count({ where: { entityId, event } });

  it("the investor cancels a PENDING investment: unfrozen, released; not twice, not someone else's", async () => {
    const investor = await createInvestor(db.prisma, { moneyFen: 1_000_00n });
    const other = await createInvestor(db.prisma);
    const p = await createFundraisingProject(db.prisma);
    const placed = await invest(investor.id, p.id, 300_00n);
    await expect(cancelInvestment(db.prisma, actorOf(other), placed.id, { clock })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await cancelInvestment(db.prisma, actorOf(investor), placed.id, { clock })).toEqual({ reopened: false });
    expect((await db.prisma.investment.findUniqueOrThrow({ where: { id: placed.id } })).status).toBe("CANCELLED");
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 1_000_00n, frozenFen: 0n });
    expect((await project(p.id)).fundedFen).toBe(0n);
    await expect(cancelInvestment(db.prisma, actorOf(investor), placed.id, { clock })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
    await assertLedgerInvariants(db.prisma);
  });

  it("cancelling from a FULLY_FUNDED project reopens it before its deadline, not after", async () => {
    const investor = await createInvestor(db.prisma, { moneyFen: 2_000_00n });
    const open = await createFundraisingProject(db.prisma, { amountFen: 1_000_00n, deadline: new Date("2026-12-10T16:00:00Z") });
    const placed = await invest(investor.id, open.id, 1_000_00n);
    expect((await project(open.id)).status).toBe("FULLY_FUNDED");
    expect(await cancelInvestment(db.prisma, actorOf(investor), placed.id, { clock })).toEqual({ reopened: true });
    expect(await project(open.id)).toMatchObject({ status: "FUNDRAISING", fundedFen: 0n });
    expect(await events(open.id, "REOPEN")).toBe(1);

    const closing = await createFundraisingProject(db.prisma, { amountFen: 1_000_00n, deadline: new Date("2026-12-10T16:00:00Z") });
    const second = await invest(investor.id, closing.id, 1_000_00n);
    expect(await cancelInvestment(db.prisma, actorOf(investor), second.id, { clock: later })).toEqual({ reopened: false });
    expect(await project(closing.id)).toMatchObject({ status: "FULLY_FUNDED", fundedFen: 0n });
    await assertLedgerInvariants(db.prisma);
  });

  it("customer service confirms: who and when are stored, with history and audit rows", async () => {
    const investor = await createInvestor(db.prisma, { moneyFen: 1_000_00n });
    const p = await createFundraisingProject(db.prisma);
    const placed = await invest(investor.id, p.id, 500_00n);
    await expect(confirmInvestment(db.prisma, actorOf(investor), placed.id, { clock })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await confirmInvestment(db.prisma, cs, placed.id, { clock });
    const row = await db.prisma.investment.findUniqueOrThrow({ where: { id: placed.id } });
    expect(row).toMatchObject({ status: "CONFIRMED", decidedById: cs.id, decidedAt: clock.now() });
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 500_00n, frozenFen: 500_00n });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { targetId: placed.id } });
    expect(audit).toMatchObject({ actorId: cs.id, action: "INVESTMENT.CONFIRM" });
    await expect(confirmInvestment(db.prisma, cs, placed.id, { clock })).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    await expect(cancelInvestment(db.prisma, actorOf(investor), placed.id, { clock })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
    await expect(confirmInvestment(db.prisma, cs, "nope", { clock })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("customer service rejects with a reason: unfrozen, released, a FULLY_FUNDED project reopened", async () => {
    const [a, b] = await Promise.all([1, 2].map(() => createInvestor(db.prisma, { moneyFen: 1_000_00n })));
    const p = await createFundraisingProject(db.prisma, { amountFen: 1_000_00n });
    await invest(a.id, p.id, 400_00n);
    const placed = await invest(b.id, p.id, 600_00n);
    expect((await project(p.id)).status).toBe("FULLY_FUNDED");
    expect(await rejectInvestment(db.prisma, cs, placed.id, "Source of funds unclear", { clock })).toEqual({ reopened: true });
    expect(await db.prisma.investment.findUniqueOrThrow({ where: { id: placed.id } })).toMatchObject({
      status: "REJECTED",
      decisionReason: "Source of funds unclear",
      decidedById: cs.id,
    });
    expect(await getBalances(db.prisma, b.id)).toEqual({ availableFen: 1_000_00n, frozenFen: 0n });
    expect(await project(p.id)).toMatchObject({ status: "FUNDRAISING", fundedFen: 400_00n });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { targetId: placed.id } });
    expect(audit).toMatchObject({ actorId: cs.id, action: "INVESTMENT.REJECT" });
    await assertLedgerInvariants(db.prisma);
  });

  it("lists: masked public records newest first, the investor's own, the review queue oldest first with its count", async () => {
    const p = await createFundraisingProject(db.prisma);
    const zhang = await createInvestor(db.prisma, { realName: "张三丰", moneyFen: 10_000_00n });
    const li = await createInvestor(db.prisma, { realName: "李四", moneyFen: 10_000_00n });
    const first = await placeInvestment(
      db.prisma,
      { investorId: zhang.id, projectId: p.id, amountFen: 5_000_00n, riskNoticeAccepted: true },
      { clock },
    );
    const second = await placeInvestment(
      db.prisma,
      { investorId: li.id, projectId: p.id, amountFen: 100_00n, riskNoticeAccepted: true },
      { clock: fixedClock("2026-12-01T03:00:00Z", "Asia/Shanghai") },
    );
    const cancelled = await invest(li.id, p.id, 200_00n);
    await cancelInvestment(db.prisma, actorOf(li), cancelled.id, { clock });

    const records = await listPublicInvestmentRecords(db.prisma, p.id, 1);
    expect(records?.total).toBe(2);
    expect(records?.items.map((r) => [r.investorMasked, r.amountFen])).toEqual([
      ["李*", 100_00n],
      ["张**", 5_000_00n],
    ]);
    expect(JSON.stringify(records?.items.map((r) => ({ ...r, amountFen: String(r.amountFen) })))).not.toContain("三丰");

    const own = await listOwnInvestments(db.prisma, li.id, 1);
    expect(own.items.map((i) => i.status).sort()).toEqual(["CANCELLED", "PENDING"]);
    expect(own.items[0]?.project.id).toBe(p.id);

    const queue = await listInvestmentsToReview(db.prisma, 1, 1000);
    const ids = queue.items.map((i) => i.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(ids).not.toContain(cancelled.id);
    const entry = QUEUES.find((q) => q.key === "investmentReviews");
    expect(await entry?.count?.(db.prisma, cs)).toBe(queue.total);
  });
});
