import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/lib/generated/prisma/client";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, Tx } from "@/lib/server/db/types";
import { loanEscrow, platformGateway, postEntry, userAvailable, userFrozen } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import { approveReviewRequest, cancelReviewRequest, createReviewRequest, rejectReviewRequest } from "@/lib/server/review-requests";
import { pgErrorInfo } from "@/lib/server/transitions";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let db: TestDatabase;
let prisma: Db;
let cs: User;
let cs2: User;
let sup: User;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  cs = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
  cs2 = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
  sup = await createUser(prisma, { role: "SUPERVISOR" });
});
afterAll(async () => {
  await db?.close();
});

const historyOf = (entityId: string) => prisma.statusHistory.findMany({ where: { entityId }, orderBy: { id: "asc" } });
const auditOf = (targetId: string) => prisma.auditLog.findMany({ where: { targetId }, orderBy: { id: "asc" } });

async function deactivationRequest(maker: User = cs) {
  const company = await createCompany(prisma, { status: "NORMAL" });
  const request = await createReviewRequest(prisma, {
    maker,
    targetType: "COMPANY",
    targetId: company.id,
    action: "DEACTIVATE",
    reason: "company closed its business",
  });
  return { company, request };
}

describe("createReviewRequest", () => {
  it("customer service opens a PENDING request, with a history and an audit row", async () => {
    const { company, request } = await deactivationRequest();
    expect(request).toMatchObject({
      status: "PENDING",
      targetType: "COMPANY",
      targetId: company.id,
      action: "DEACTIVATE",
      makerId: cs.id,
      checkerId: null,
      reason: "company closed its business",
    });
    expect(await historyOf(request.id)).toMatchObject([{ fromStatus: "", toStatus: "PENDING", event: "CREATE", actorId: cs.id }]);
    expect(await auditOf(request.id)).toMatchObject([{ action: "REVIEW_REQUEST.CREATE", actorId: cs.id }]);
    expect((await prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("NORMAL");
  });

  it("only customer service may open one", async () => {
    const company = await createCompany(prisma, { status: "NORMAL" });
    const investor = await createUser(prisma);
    for (const maker of [sup, investor]) {
      await expect(
        createReviewRequest(prisma, { maker, targetType: "COMPANY", targetId: company.id, action: "DEACTIVATE", reason: "x" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.reviewRequest.count({ where: { targetId: company.id } })).toBe(0);
  });

  it("checks up front: reason, maker-checker action, event possible now", async () => {
    const company = await createCompany(prisma, { status: "NORMAL" });
    const base = { maker: cs, targetType: "COMPANY" as const, targetId: company.id };
    await expect(createReviewRequest(prisma, { ...base, action: "DEACTIVATE", reason: "  " })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { reason: ["validation.required"] },
    });
    await expect(createReviewRequest(prisma, { ...base, action: "FLAG_OVERDUE", reason: "late" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(createReviewRequest(prisma, { ...base, action: "ACTIVATE", reason: "verified" })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
      params: { entity: "COMPANY", event: "ACTIVATE", from: "NORMAL" },
    });
    await createLoanProject(prisma, { companyId: company.id, status: "REPAYING" });
    // The company's guard refusal names its rule (lib/server/companies/company-status-refusal.ts).
    await expect(createReviewRequest(prisma, { ...base, action: "DEACTIVATE", reason: "closing" })).rejects.toMatchObject({
      code: "COMPANY_LOAN_OUTSTANDING",
    });
    await expect(
      createReviewRequest(prisma, { ...base, targetId: "missing", action: "DEACTIVATE", reason: "closing" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.reviewRequest.count({ where: { targetId: company.id } })).toBe(0);
  });

  it("one pending request per target and action: DUPLICATE_PENDING_REQUEST, in code and in the database", async () => {
    const { company, request } = await deactivationRequest();
    await expect(
      createReviewRequest(prisma, { maker: cs2, targetType: "COMPANY", targetId: company.id, action: "DEACTIVATE", reason: "again" }),
    ).rejects.toMatchObject({ code: "DUPLICATE_PENDING_REQUEST" });

    const error = await prisma.$executeRaw`
      INSERT INTO "ReviewRequest" ("id", "targetType", "targetId", "action", "reason", "makerId")
      VALUES ('raw-duplicate', 'COMPANY', ${company.id}, 'DEACTIVATE', 'raw', ${cs2.id})`.catch((e: unknown) => e);
    expect(pgErrorInfo(error)).toMatchObject({ sqlState: "23505", constraint: "ReviewRequest_one_pending_per_target_action" });
    expect(await prisma.reviewRequest.count({ where: { targetId: company.id } })).toBe(1);

    // Once decided, a new request may be opened.
    await cancelReviewRequest(prisma, { actor: cs, requestId: request.id });
    const next = await createReviewRequest(prisma, {
      maker: cs2,
      targetType: "COMPANY",
      targetId: company.id,
      action: "DEACTIVATE",
      reason: "again",
    });
    expect(next.status).toBe("PENDING");
  });
});

describe("approveReviewRequest", () => {
  it("applies the change and approves the request in one transaction, with history and audit rows", async () => {
    const { company, request } = await deactivationRequest();
    const { request: approved, target } = await approveReviewRequest(prisma, {
      checker: sup,
      requestId: request.id,
      decisionReason: "confirmed by phone",
    });
    expect(approved).toMatchObject({ status: "APPROVED", checkerId: sup.id, decisionReason: "confirmed by phone" });
    expect(approved.decidedAt).toBeInstanceOf(Date);
    expect(target).toMatchObject({ entity: "COMPANY", id: company.id, event: "DEACTIVATE", from: "NORMAL", to: "INVALID" });
    expect((await prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("INVALID");

    expect(await historyOf(company.id)).toMatchObject([
      { event: "DEACTIVATE", fromStatus: "NORMAL", toStatus: "INVALID", actorId: sup.id, reason: "company closed its business" },
    ]);
    expect((await historyOf(request.id)).map((h) => [h.event, h.toStatus, h.actorId])).toEqual([
      ["CREATE", "PENDING", cs.id],
      ["APPROVE", "APPROVED", sup.id],
    ]);
    const targetAudit = await auditOf(company.id);
    expect(targetAudit).toHaveLength(1);
    expect(targetAudit[0]).toMatchObject({ action: "COMPANY.DEACTIVATE", actorId: sup.id });
    expect(targetAudit[0].data).toMatchObject({ reviewRequestId: request.id });
    expect((await auditOf(request.id)).map((a) => a.action)).toEqual(["REVIEW_REQUEST.CREATE", "REVIEW_REQUEST.APPROVE"]);
  });

  it("only a supervisor approves", async () => {
    const { request } = await deactivationRequest();
    await expect(approveReviewRequest(prisma, { checker: cs2, requestId: request.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  });

  it("never by its maker: SELF_APPROVAL in code, and the database CHECK refuses checkerId = makerId", async () => {
    const maker = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
    const { company, request } = await deactivationRequest(maker);
    // The maker was promoted to supervisor after opening the request.
    const promoted = await prisma.user.update({ where: { id: maker.id }, data: { role: "SUPERVISOR" } });
    await expect(approveReviewRequest(prisma, { checker: promoted, requestId: request.id })).rejects.toMatchObject({
      code: "SELF_APPROVAL",
    });
    await expect(rejectReviewRequest(prisma, { checker: promoted, requestId: request.id, decisionReason: "no" })).rejects.toMatchObject({
      code: "SELF_APPROVAL",
    });

    const error = await prisma.$executeRaw`
      UPDATE "ReviewRequest" SET "checkerId" = "makerId", "status" = 'APPROVED' WHERE "id" = ${request.id}`.catch((e: unknown) => e);
    expect(pgErrorInfo(error)).toMatchObject({ sqlState: "23514", constraint: "ReviewRequest_checker_is_not_maker" });
    expect(await prisma.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "PENDING",
      checkerId: null,
    });
    expect((await prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("NORMAL");
  });

  it("when the target's change is refused, nothing is written and the request stays PENDING", async () => {
    const { company, request } = await deactivationRequest();
    // Meanwhile the company got a loan outstanding: DEACTIVATE's guard now refuses.
    await createLoanProject(prisma, { companyId: company.id, status: "FUNDRAISING" });
    const historyBefore = await historyOf(request.id);
    await expect(approveReviewRequest(prisma, { checker: sup, requestId: request.id })).rejects.toMatchObject({
      code: "COMPANY_LOAN_OUTSTANDING",
      params: { entity: "COMPANY", event: "DEACTIVATE" },
    });
    expect(await prisma.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "PENDING",
      checkerId: null,
      decidedAt: null,
    });
    expect(await historyOf(request.id)).toEqual(historyBefore);
    expect(await historyOf(company.id)).toEqual([]);
    expect(await auditOf(company.id)).toEqual([]);
  });

  it("cannot be decided twice", async () => {
    const { request } = await deactivationRequest();
    const other = await createUser(prisma, { role: "SUPERVISOR" });
    await approveReviewRequest(prisma, { checker: sup, requestId: request.id });
    await expect(approveReviewRequest(prisma, { checker: other, requestId: request.id })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
    await expect(rejectReviewRequest(prisma, { checker: other, requestId: request.id, decisionReason: "no" })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
    expect((await prisma.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).checkerId).toBe(sup.id);
  });

  it("runs the change's effects in the same transaction: cancelling a project refunds its investors", async () => {
    const investor = await createUser(prisma);
    const project = await createLoanProject(prisma, { status: "FUNDRAISING", amountFen: 1_000_00n, fundedFen: 300_00n });
    const investment = await prisma.investment.create({
      data: { projectId: project.id, investorId: investor.id, amountFen: 300_00n },
    });
    await withTransaction(prisma, async (tx) => {
      await postEntry(tx, {
        idempotencyKey: `t-dep-${investor.id}`,
        kind: "DEPOSIT",
        postings: [
          { account: platformGateway(), amountFen: -500_00n },
          { account: userAvailable(investor.id), amountFen: 500_00n },
        ],
      });
      await postEntry(tx, {
        idempotencyKey: `t-inv-${investment.id}`,
        kind: "INVEST_FREEZE",
        postings: [
          { account: userAvailable(investor.id), amountFen: -300_00n },
          { account: userFrozen(investor.id), amountFen: 300_00n },
        ],
      });
    });
    const request = await createReviewRequest(prisma, {
      maker: cs,
      targetType: "LOAN_PROJECT",
      targetId: project.id,
      action: "CANCEL",
      reason: "company asked to cancel",
    });
    const refundAll = async (tx: Tx) => {
      for (const inv of await tx.investment.findMany({ where: { projectId: project.id, status: "PENDING" } })) {
        await applyTransition(tx, { entity: "INVESTMENT", id: inv.id, event: "REFUND", actor: null });
        await postEntry(tx, {
          idempotencyKey: `investment:${inv.id}:refund`,
          kind: "REFUND",
          postings: [
            { account: userFrozen(inv.investorId), amountFen: -inv.amountFen },
            { account: userAvailable(inv.investorId), amountFen: inv.amountFen },
          ],
        });
      }
    };
    // The loan-project feature will declare this handler (issue 11); here the test hands it in.
    await approveReviewRequest(
      prisma,
      { checker: sup, requestId: request.id },
      { handlers: { LOAN_PROJECT: { CANCEL: { approved: (tx) => refundAll(tx) } } } },
    );
    expect((await prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FAILED");
    expect((await prisma.investment.findUniqueOrThrow({ where: { id: investment.id } })).status).toBe("REFUNDED");
    const balances = await prisma.ledgerAccount.findMany({
      where: { code: { in: [userAvailable(investor.id).code, userFrozen(investor.id).code, loanEscrow(project.id).code] } },
    });
    expect(Object.fromEntries(balances.map((b) => [b.code, b.balanceFen]))).toEqual({
      [userAvailable(investor.id).code]: 500_00n,
      [userFrozen(investor.id).code]: 0n,
    });
    await assertLedgerInvariants(prisma);
  });

  it("a failing effect rolls back the approval and the target's change", async () => {
    const project = await createLoanProject(prisma, { status: "FUNDRAISING" });
    const request = await createReviewRequest(prisma, {
      maker: cs,
      targetType: "LOAN_PROJECT",
      targetId: project.id,
      action: "CANCEL",
      reason: "fraud suspected",
    });
    await expect(
      approveReviewRequest(
        prisma,
        { checker: sup, requestId: request.id },
        {
          handlers: {
            LOAN_PROJECT: {
              CANCEL: {
                approved: async () => {
                  throw new Error("refund failed");
                },
              },
            },
          },
        },
      ),
    ).rejects.toThrow("refund failed");
    expect((await prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FUNDRAISING");
    expect((await prisma.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    await assertLedgerInvariants(prisma);
  });
});

describe("rejectReviewRequest and cancelReviewRequest", () => {
  it("a supervisor rejects with a reason; the target is untouched", async () => {
    const { company, request } = await deactivationRequest();
    await expect(rejectReviewRequest(prisma, { checker: sup, requestId: request.id, decisionReason: " " })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { decisionReason: ["validation.required"] },
    });
    await expect(rejectReviewRequest(prisma, { checker: cs2, requestId: request.id, decisionReason: "no" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const rejected = await rejectReviewRequest(prisma, { checker: sup, requestId: request.id, decisionReason: "documents missing" });
    expect(rejected).toMatchObject({ status: "REJECTED", checkerId: sup.id, decisionReason: "documents missing" });
    expect((await prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("NORMAL");
    expect((await historyOf(request.id)).at(-1)).toMatchObject({ event: "REJECT", toStatus: "REJECTED", reason: "documents missing" });
    expect((await auditOf(request.id)).at(-1)).toMatchObject({ action: "REVIEW_REQUEST.REJECT", actorId: sup.id });
    expect(await historyOf(company.id)).toEqual([]);
  });

  it("only its maker cancels, and only while PENDING", async () => {
    const { company, request } = await deactivationRequest();
    await expect(cancelReviewRequest(prisma, { actor: cs2, requestId: request.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(cancelReviewRequest(prisma, { actor: sup, requestId: request.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const cancelled = await cancelReviewRequest(prisma, { actor: cs, requestId: request.id, reason: "opened by mistake" });
    expect(cancelled).toMatchObject({ status: "CANCELLED", checkerId: null });
    expect((await historyOf(request.id)).at(-1)).toMatchObject({ event: "CANCEL", actorId: cs.id, reason: "opened by mistake" });
    expect((await auditOf(request.id)).at(-1)).toMatchObject({ action: "REVIEW_REQUEST.CANCEL", actorId: cs.id });
    await expect(cancelReviewRequest(prisma, { actor: cs, requestId: request.id })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
    await expect(approveReviewRequest(prisma, { checker: sup, requestId: request.id })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
    expect((await prisma.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("NORMAL");
  });
});
