import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "@/lib/server/db/transaction";
import { isDomainError } from "@/lib/server/errors";
import { applyTransition } from "@/lib/server/lifecycle";
import { createLoanProject, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// PGlite has a single connection: races there prove nothing, so these run on PostgreSQL only.
describe("transitions under concurrency (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 25 });
  });
  afterAll(async () => {
    await db?.close();
  });

  async function race(lockRow: boolean) {
    const staff = await Promise.all(Array.from({ length: 5 }, () => createUser(db.prisma, { role: "CUSTOMER_SERVICE" })));
    const project = await createLoanProject(db.prisma, { status: "PENDING_PRELIMINARY_REVIEW" });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        withTransaction(db.prisma, (tx) =>
          applyTransition(tx, {
            entity: "LOAN_PROJECT",
            id: project.id,
            event: "PASS_PRELIMINARY",
            actor: staff[i % staff.length],
            data: { passedById: staff[i % staff.length].id },
            lockRow,
          }),
        ),
      ),
    );
    const winners = outcomes.filter((o) => o.status === "fulfilled");
    const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => o.reason);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    for (const loser of losers) {
      expect(isDomainError(loser) ? loser.code : loser).toMatch(/^(STALE_STATE|TRANSITION_NOT_ALLOWED)$/);
    }
    const history = await db.prisma.statusHistory.findMany({ where: { entityId: project.id } });
    expect(history).toHaveLength(1);
    expect(await db.prisma.auditLog.count({ where: { targetId: project.id } })).toBe(1);
    const row = await db.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.status).toBe("PENDING_FINAL_REVIEW");
    expect(row.passedById).toBe(history[0].actorId);
    return losers.map((l) => (isDomainError(l) ? l.code : "?"));
  }

  it("50 concurrent PASS_PRELIMINARY of one project: exactly one winner and one history row", async () => {
    const codes = await race(false);
    // Without a row lock, most losers read the old status and lose at the conditional update.
    expect(codes).toContain("STALE_STATE");
  });

  it("the same race with lockRow: losers wait, then see the new status", async () => {
    const codes = await race(true);
    expect(new Set(codes)).toEqual(new Set(["TRANSITION_NOT_ALLOWED"]));
  });
});
