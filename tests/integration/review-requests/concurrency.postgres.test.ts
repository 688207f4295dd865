import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDomainError } from "@/lib/server/errors";
import { approveReviewRequest, createReviewRequest } from "@/lib/server/review-requests";
import { createCompany, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const codeOf = (error: unknown) => (isDomainError(error) ? error.code : String(error));

// PGlite has a single connection: races there prove nothing, so these run on PostgreSQL only.
describe("review requests under concurrency (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 25 });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("twenty makers racing for one target and action: one PENDING request, the rest DUPLICATE_PENDING_REQUEST", async () => {
    const company = await createCompany(db.prisma, { status: "NORMAL" });
    const makers = await Promise.all(Array.from({ length: 20 }, () => createUser(db.prisma, { role: "CUSTOMER_SERVICE" })));
    const outcomes = await Promise.allSettled(
      makers.map((maker) =>
        createReviewRequest(db.prisma, { maker, targetType: "COMPANY", targetId: company.id, action: "DEACTIVATE", reason: "race" }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const codes = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => codeOf(o.reason));
    expect(new Set(codes)).toEqual(new Set(["DUPLICATE_PENDING_REQUEST"]));
    expect(await db.prisma.reviewRequest.count({ where: { targetId: company.id } })).toBe(1);
    expect(await db.prisma.statusHistory.count({ where: { entityType: "REVIEW_REQUEST", event: "CREATE" } })).toBe(1);
  });

  it("twenty supervisors approving one request: it is approved once and the change applied once", async () => {
    const maker = await createUser(db.prisma, { role: "CUSTOMER_SERVICE" });
    const company = await createCompany(db.prisma, { status: "NORMAL" });
    const request = await createReviewRequest(db.prisma, {
      maker,
      targetType: "COMPANY",
      targetId: company.id,
      action: "DEACTIVATE",
      reason: "closing",
    });
    const checkers = await Promise.all(Array.from({ length: 20 }, () => createUser(db.prisma, { role: "SUPERVISOR" })));
    const outcomes = await Promise.allSettled(
      checkers.map((checker) => approveReviewRequest(db.prisma, { checker, requestId: request.id })),
    );
    const winners = outcomes.filter((o) => o.status === "fulfilled");
    expect(winners).toHaveLength(1);
    const codes = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => codeOf(o.reason));
    for (const code of codes) expect(code).toMatch(/^(STALE_STATE|TRANSITION_NOT_ALLOWED)$/);
    const decided = await db.prisma.reviewRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(decided.status).toBe("APPROVED");
    expect(await db.prisma.statusHistory.count({ where: { entityId: company.id } })).toBe(1);
    expect(await db.prisma.statusHistory.count({ where: { entityId: request.id, event: "APPROVE" } })).toBe(1);
    expect((await db.prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("INVALID");
  });
});
