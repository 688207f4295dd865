import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InvestmentStatus, LoanStatus } from "@/lib/generated/prisma/client";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { applyTransitionMany } from "@/lib/server/lifecycle";
import type { TransitionManyInput } from "@/lib/server/transitions";
import { createLoanProject, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let db: TestDatabase;
let prisma: Db;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(async () => {
  await db?.close();
});

const many = (input: TransitionManyInput<"INVESTMENT">) => withTransaction(prisma, (tx) => applyTransitionMany(tx, input));

async function investments(projectStatus: LoanStatus, statuses: InvestmentStatus[]) {
  const project = await createLoanProject(prisma, { status: projectStatus });
  const investor = await createUser(prisma);
  const rows = [];
  for (const status of statuses) {
    rows.push(await prisma.investment.create({ data: { projectId: project.id, investorId: investor.id, amountFen: 100n, status } }));
  }
  return rows.map((row) => row.id);
}

const statusesOf = async (ids: string[]) =>
  (await prisma.investment.findMany({ where: { id: { in: ids } }, select: { status: true } })).map((row) => row.status);

describe("applyTransitionMany", () => {
  it("refunds a failed project's investments at once: statuses, one history row each, no audit row for the system", async () => {
    const ids = await investments("FAILED", ["PENDING", "PENDING", "PENDING"]);
    const result = await many({ entity: "INVESTMENT", ids, from: "PENDING", event: "REFUND", actor: null, reason: "project failed" });
    expect(result).toEqual({ entity: "INVESTMENT", event: "REFUND", from: "PENDING", to: "REFUNDED", count: 3 });
    expect(await statusesOf(ids)).toEqual(["REFUNDED", "REFUNDED", "REFUNDED"]);
    const history = await prisma.statusHistory.findMany({ where: { entityId: { in: ids } } });
    expect(history).toHaveLength(3);
    expect(history.every((row) => row.fromStatus === "PENDING" && row.toStatus === "REFUNDED" && row.event === "REFUND")).toBe(true);
    expect(history.every((row) => row.reason === "project failed" && row.actorId === null && row.entityType === "INVESTMENT")).toBe(true);
    expect(await prisma.auditLog.count({ where: { targetId: { in: ids } } })).toBe(0);
  });

  it("writes one audit row per row when staff applies it", async () => {
    const cs = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
    const ids = await investments("FUNDRAISING", ["PENDING", "PENDING"]);
    await many({ entity: "INVESTMENT", ids, from: "PENDING", event: "REJECT", actor: { id: cs.id, role: cs.role }, reason: "limits" });
    const audit = await prisma.auditLog.findMany({ where: { targetId: { in: ids } } });
    expect(audit.map((row) => [row.action, row.actorId, row.targetType])).toEqual([
      ["INVESTMENT.REJECT", cs.id, "INVESTMENT"],
      ["INVESTMENT.REJECT", cs.id, "INVESTMENT"],
    ]);
    expect(audit[0]?.data).toMatchObject({ from: "PENDING", to: "REJECTED", bulk: 2 });
  });

  it("checks who may raise the event, as applyTransition does: staff cannot apply the system's REFUND", async () => {
    const cs = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
    const ids = await investments("FAILED", ["CONFIRMED", "CONFIRMED"]);
    await expect(
      many({ entity: "INVESTMENT", ids, from: "CONFIRMED", event: "REFUND", actor: { id: cs.id, role: cs.role } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", params: { entity: "INVESTMENT", event: "REFUND", from: "CONFIRMED" } });
    expect(await statusesOf(ids)).toEqual(["CONFIRMED", "CONFIRMED"]);
  });

  it("refuses the whole group when one investment's project has not failed, and changes nothing", async () => {
    const failed = await investments("FAILED", ["PENDING"]);
    const open = await investments("FUNDRAISING", ["PENDING"]);
    await expect(
      many({ entity: "INVESTMENT", ids: [...failed, ...open], from: "PENDING", event: "REFUND", actor: null }),
    ).rejects.toMatchObject({
      code: "GUARD_FAILED",
    });
    expect(await statusesOf([...failed, ...open])).toEqual(["PENDING", "PENDING"]);
  });

  it("is all or nothing: one row no longer in the status is STALE_STATE and no row moves", async () => {
    const ids = await investments("FAILED", ["PENDING", "PENDING", "CANCELLED"]);
    await expect(many({ entity: "INVESTMENT", ids, from: "PENDING", event: "REFUND", actor: null })).rejects.toMatchObject({
      code: "STALE_STATE",
    });
    expect((await statusesOf(ids)).sort()).toEqual(["CANCELLED", "PENDING", "PENDING"]);
    expect(await prisma.statusHistory.count({ where: { entityId: { in: ids } } })).toBe(0);
  });

  it("asks the machine once: an event the status does not have is TRANSITION_NOT_ALLOWED", async () => {
    const ids = await investments("FAILED", ["PENDING"]);
    await expect(many({ entity: "INVESTMENT", ids, from: "PENDING", event: "SETTLE", actor: null })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
  });

  it("moves nothing for no ids, and only inside a transaction", async () => {
    await expect(many({ entity: "INVESTMENT", ids: [], from: "PENDING", event: "REFUND", actor: null })).resolves.toMatchObject({
      count: 0,
    });
    await expect(
      applyTransitionMany(prisma as never, { entity: "INVESTMENT", ids: ["x"], from: "PENDING", event: "REFUND", actor: null }),
    ).rejects.toThrow(/inside a transaction/);
  });
});
