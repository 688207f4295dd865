import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { EntityType } from "@/lib/generated/prisma/client";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { getBalances, platformGateway, postEntry, userAvailable } from "@/lib/server/ledger";
import { applyTransition, ENTITIES } from "@/lib/server/lifecycle";
import type { TransitionInput } from "@/lib/server/transitions";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
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
afterEach(() => {
  vi.restoreAllMocks();
});

const transition = <E extends EntityType>(input: TransitionInput<E>) => withTransaction(prisma, (tx) => applyTransition(tx, input));

async function snapshot(entityId: string) {
  const [history, audit] = await Promise.all([
    prisma.statusHistory.findMany({ where: { entityId }, orderBy: { id: "asc" } }),
    prisma.auditLog.findMany({ where: { targetId: entityId }, orderBy: { id: "asc" } }),
  ]);
  return { history, audit };
}

describe("applyTransition", () => {
  it("an allowed staff event moves the status, writes its columns, one history row and one audit row", async () => {
    const cs = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
    const project = await createLoanProject(prisma, { status: "PENDING_PRELIMINARY_REVIEW" });
    const result = await transition({
      entity: "LOAN_PROJECT",
      id: project.id,
      event: "PASS_PRELIMINARY",
      actor: cs,
      reason: "documents complete",
      data: { passedById: cs.id },
    });
    expect(result).toEqual({
      entity: "LOAN_PROJECT",
      id: project.id,
      event: "PASS_PRELIMINARY",
      from: "PENDING_PRELIMINARY_REVIEW",
      to: "PENDING_FINAL_REVIEW",
    });
    const row = await prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(row).toMatchObject({ status: "PENDING_FINAL_REVIEW", passedById: cs.id });

    const { history, audit } = await snapshot(project.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      entityType: "LOAN_PROJECT",
      fromStatus: "PENDING_PRELIMINARY_REVIEW",
      toStatus: "PENDING_FINAL_REVIEW",
      event: "PASS_PRELIMINARY",
      actorId: cs.id,
      reason: "documents complete",
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: cs.id, action: "LOAN_PROJECT.PASS_PRELIMINARY", targetType: "LOAN_PROJECT" });
    expect(audit[0].data).toMatchObject({ from: "PENDING_PRELIMINARY_REVIEW", to: "PENDING_FINAL_REVIEW", reason: "documents complete" });
  });

  it("a company's own event writes history but no audit row; the system writes history with no actor", async () => {
    const company = await createCompany(prisma, { status: "NORMAL" });
    const owner = await prisma.user.findUniqueOrThrow({ where: { id: company.userId } });
    const project = await createLoanProject(prisma, { companyId: company.id, status: "DRAFT" });
    await transition({
      entity: "LOAN_PROJECT",
      id: project.id,
      event: "SUBMIT",
      actor: owner,
      context: { requiredFieldsValid: true },
    });
    const funded = await createLoanProject(prisma, { status: "FUNDRAISING", amountFen: 1_000_00n, fundedFen: 1_000_00n });
    await transition({ entity: "LOAN_PROJECT", id: funded.id, event: "FILL", actor: null });

    expect((await prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("PENDING_PRELIMINARY_REVIEW");
    expect((await prisma.loanProject.findUniqueOrThrow({ where: { id: funded.id } })).status).toBe("FULLY_FUNDED");
    const submitted = await snapshot(project.id);
    expect(submitted.history).toHaveLength(1);
    expect(submitted.history[0]).toMatchObject({ event: "SUBMIT", actorId: owner.id });
    expect(submitted.audit).toHaveLength(0);
    const filled = await snapshot(funded.id);
    expect(filled.history).toHaveLength(1);
    expect(filled.history[0]).toMatchObject({ event: "FILL", fromStatus: "FUNDRAISING", toStatus: "FULLY_FUNDED", actorId: null });
    expect(filled.audit).toHaveLength(0);
  });

  it("a refused event changes nothing: TRANSITION_NOT_ALLOWED with params", async () => {
    const sup = await createUser(prisma, { role: "SUPERVISOR" });
    const project = await createLoanProject(prisma, { status: "DRAFT" });
    await expect(transition({ entity: "LOAN_PROJECT", id: project.id, event: "PUBLISH", actor: sup })).rejects.toMatchObject({
      name: "DomainError",
      code: "TRANSITION_NOT_ALLOWED",
      params: { entity: "LOAN_PROJECT", event: "PUBLISH", from: "DRAFT" },
    });
    const row = await prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.status).toBe("DRAFT");
    expect(row.updatedAt).toEqual(project.updatedAt);
    expect(await snapshot(project.id)).toEqual({ history: [], audit: [] });
  });

  it("guards read facts from the database, which a caller cannot override: GUARD_FAILED", async () => {
    const company = await createCompany(prisma, { status: "WATCH" });
    const owner = await prisma.user.findUniqueOrThrow({ where: { id: company.userId } });
    const project = await createLoanProject(prisma, { companyId: company.id, status: "DRAFT" });
    await expect(
      transition({
        entity: "LOAN_PROJECT",
        id: project.id,
        event: "SUBMIT",
        actor: owner,
        context: { requiredFieldsValid: true, companyStatus: "NORMAL" },
      }),
    ).rejects.toMatchObject({ code: "GUARD_FAILED", params: { event: "SUBMIT", from: "DRAFT" } });
    expect((await prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("DRAFT");
    expect(await snapshot(project.id)).toEqual({ history: [], audit: [] });
  });

  it("reasons reach the guards and the history; four eyes on publication", async () => {
    const cs = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
    const sup = await createUser(prisma, { role: "SUPERVISOR" });
    const project = await createLoanProject(prisma, { status: "PENDING_PRELIMINARY_REVIEW" });
    await expect(
      transition({ entity: "LOAN_PROJECT", id: project.id, event: "RETURN_FOR_REVISION", actor: cs, reason: "   " }),
    ).rejects.toMatchObject({ code: "GUARD_FAILED" });
    await transition({ entity: "LOAN_PROJECT", id: project.id, event: "RETURN_FOR_REVISION", actor: cs, reason: "add the licence" });
    expect((await prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("DRAFT");
    expect((await snapshot(project.id)).history.map((h) => h.reason)).toEqual(["add the licence"]);

    // The supervisor who passed it cannot publish it; another one can.
    const passedBySup = await createLoanProject(prisma, { status: "PENDING_FINAL_REVIEW", passedById: sup.id });
    await expect(transition({ entity: "LOAN_PROJECT", id: passedBySup.id, event: "PUBLISH", actor: sup })).rejects.toMatchObject({
      code: "GUARD_FAILED",
    });
    const other = await createUser(prisma, { role: "SUPERVISOR" });
    const deadline = new Date(Date.now() + 10 * 86_400_000);
    await transition({
      entity: "LOAN_PROJECT",
      id: passedBySup.id,
      event: "PUBLISH",
      actor: other,
      data: { publishedById: other.id, publishedAt: new Date(), fundraisingDeadline: deadline, riskGrade: "B" },
    });
    expect(await prisma.loanProject.findUniqueOrThrow({ where: { id: passedBySup.id } })).toMatchObject({
      status: "FUNDRAISING",
      publishedById: other.id,
      riskGrade: "B",
      fundraisingDeadline: deadline,
    });
  });

  it("STALE_STATE when the status changed between the read and the conditional update", async () => {
    const cs = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
    const project = await createLoanProject(prisma, { status: "PENDING_PRELIMINARY_REVIEW" });
    const config = ENTITIES.LOAN_PROJECT;
    const realLoad = config.load;
    // Someone else's committed change lands right after our read.
    vi.spyOn(config, "load").mockImplementation(async (tx, id) => {
      const row = await realLoad(tx, id);
      await tx.loanProject.update({ where: { id }, data: { status: "WITHDRAWN" } });
      return row;
    });
    await expect(transition({ entity: "LOAN_PROJECT", id: project.id, event: "PASS_PRELIMINARY", actor: cs })).rejects.toMatchObject({
      code: "STALE_STATE",
      params: { entity: "LOAN_PROJECT", event: "PASS_PRELIMINARY", from: "PENDING_PRELIMINARY_REVIEW" },
    });
    vi.restoreAllMocks();
    // The failed transaction rolled back as a whole (including the simulated change inside it).
    expect((await prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("PENDING_PRELIMINARY_REVIEW");
    expect(await snapshot(project.id)).toEqual({ history: [], audit: [] });
  });

  it("maker-checker events are FORBIDDEN outside a review request", async () => {
    const sup = await createUser(prisma, { role: "SUPERVISOR" });
    const project = await createLoanProject(prisma, { status: "FUNDRAISING" });
    await expect(transition({ entity: "LOAN_PROJECT", id: project.id, event: "CANCEL", actor: sup })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FUNDRAISING");
  });

  it("NOT_FOUND for a missing row; refuses to run outside a transaction", async () => {
    await expect(transition({ entity: "COMPANY", id: "missing", event: "FLAG_OVERDUE", actor: null })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      applyTransition(prisma as never, { entity: "COMPANY", id: "missing", event: "FLAG_OVERDUE", actor: null }),
    ).rejects.toThrow(/inside a transaction/);
  });

  it("a status change and its ledger entry commit together, and a replayed callback posts nothing", async () => {
    const investor = await createUser(prisma);
    const deposit = await prisma.deposit.create({
      data: { userId: investor.id, amountFen: 200_00n, expiresAt: new Date(Date.now() + 30 * 60_000) },
    });
    const pay = (paidFen: bigint, serial: string) =>
      withTransaction(prisma, async (tx) => {
        await applyTransition(tx, {
          entity: "DEPOSIT",
          id: deposit.id,
          event: { type: "PAY", paidFen, gatewaySerial: serial },
          actor: null,
          data: { gatewaySerial: serial, paidAt: new Date() },
        });
        await postEntry(tx, {
          idempotencyKey: `deposit:${deposit.id}:paid`,
          kind: "DEPOSIT",
          postings: [
            { account: platformGateway(), amountFen: -paidFen },
            { account: userAvailable(investor.id), amountFen: paidFen },
          ],
        });
      });

    await expect(pay(199_99n, "GW-1")).rejects.toMatchObject({ code: "GUARD_FAILED" });
    await pay(200_00n, "GW-1");
    await expect(pay(200_00n, "GW-1")).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    expect(await prisma.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).toMatchObject({
      status: "PAID",
      gatewaySerial: "GW-1",
    });
    expect(await getBalances(prisma, investor.id)).toEqual({ availableFen: 200_00n, frozenFen: 0n });
    expect((await snapshot(deposit.id)).history).toHaveLength(1);
    await assertLedgerInvariants(prisma);
  });

  it("a failing ledger entry rolls the status change back", async () => {
    const investor = await createUser(prisma);
    const cs = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
    const project = await createLoanProject(prisma, { status: "FUNDRAISING", amountFen: 100n, fundedFen: 100n });
    const investment = await prisma.investment.create({ data: { projectId: project.id, investorId: investor.id, amountFen: 100n } });
    await expect(
      withTransaction(prisma, async (tx) => {
        await applyTransition(tx, { entity: "INVESTMENT", id: investment.id, event: "REJECT", actor: cs, reason: "limits" });
        // Unfreezing money that was never frozen: the frozen account would go negative.
        await postEntry(tx, {
          idempotencyKey: `investment:${investment.id}:unfreeze`,
          kind: "INVEST_UNFREEZE",
          postings: [
            { account: { code: `user:${investor.id}:frozen`, kind: "USER_FROZEN", userId: investor.id }, amountFen: -100n },
            { account: userAvailable(investor.id), amountFen: 100n },
          ],
        });
      }),
    ).rejects.toMatchObject({ code: "INSUFFICIENT_FUNDS" });
    expect((await prisma.investment.findUniqueOrThrow({ where: { id: investment.id } })).status).toBe("PENDING");
    expect(await snapshot(investment.id)).toEqual({ history: [], audit: [] });
    await assertLedgerInvariants(prisma);
  });
});
