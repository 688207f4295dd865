import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payoutAmounts } from "@/lib/domain/fees/service-fee";
import type { User } from "@/lib/generated/prisma/client";
import { fixedClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { approveDisbursement } from "@/lib/server/disbursement/approve-disbursement";
import { payoutOutflowHandler } from "@/lib/server/disbursement/payout-outflow-handler";
import { reissuePayout } from "@/lib/server/disbursement/reissue-payout";
import { rejectDisbursement } from "@/lib/server/disbursement/reject-disbursement";
import { getBalances, loanEscrow, platformFees } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import { DISBURSEMENT_SETTING_KEY } from "@/lib/server/settings/disbursement-fee";
import { createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { bindCard, fundedProject, SHANGHAI } from "./funded-project";

let database: TestDatabase;
let db: Db;
let cs: User;
let sup: User;
const actor = (user: User) => ({ id: user.id, role: user.role });

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  cs = await createUser(db, { role: "CUSTOMER_SERVICE" });
  sup = await createUser(db, { role: "SUPERVISOR" });
  await db.platformSetting.create({ data: { key: DISBURSEMENT_SETTING_KEY, value: { serviceFeeBp: 150 } } });
});
afterAll(async () => {
  await database?.close();
});

const balanceOf = async (code: string) => (await db.ledgerAccount.findUnique({ where: { code } }))?.balanceFen ?? 0n;
const statusOf = async (projectId: string) => (await db.loanProject.findUniqueOrThrow({ where: { id: projectId } })).status;

/** CS records the serial (what the generic outflow service does), then the payout handler runs, in one transaction. */
async function transfer(outflowId: string, serial: string, at: string) {
  const clock = fixedClock(at, SHANGHAI);
  await withTransaction(db, async (tx) => {
    await applyTransition(tx, {
      entity: "OUTFLOW",
      id: outflowId,
      event: { type: "MARK_TRANSFERRED", externalSerial: serial },
      actor: actor(cs),
      data: { externalSerial: serial, transferredById: cs.id, transferredAt: clock.now() },
    });
    const outflow = await tx.outflow.findUniqueOrThrow({ where: { id: outflowId } });
    await payoutOutflowHandler.transferred(tx, outflow, { actor: actor(cs), clock });
  });
}

describe("full-subscription review: approve", () => {
  it("is refused while any investment is still PENDING, and nothing moves", async () => {
    const { project } = await fundedProject(db, { statuses: ["CONFIRMED", "PENDING", "CONFIRMED"] });
    await expect(approveDisbursement(db, actor(sup), project.id)).rejects.toMatchObject({
      code: "INVESTMENTS_NOT_CONFIRMED",
      params: { count: 1 },
    });
    expect(await statusOf(project.id)).toBe("FULLY_FUNDED");
    expect(await db.outflow.count({ where: { projectId: project.id } })).toBe(0);
    expect(await balanceOf(loanEscrow(project.id).code)).toBe(0n);
  });

  it("is refused when the company has no bound card (an unbound one does not count)", async () => {
    const { project, companyUser } = await fundedProject(db, { card: false });
    await db.bankCard.create({
      data: {
        userId: companyUser.id,
        holderName: "x",
        bankName: "ICBC",
        numberCipher: "c",
        numberHash: `h-${project.id}`,
        numberLast4: "1234",
        unboundAt: new Date(),
      },
    });
    await expect(approveDisbursement(db, actor(sup), project.id)).rejects.toMatchObject({ code: "NO_BANK_CARD" });
    expect(await statusOf(project.id)).toBe("FULLY_FUNDED");
  });

  it("is the supervisor's: customer service is refused", async () => {
    const { project } = await fundedProject(db);
    await expect(approveDisbursement(db, actor(cs), project.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await statusOf(project.id)).toBe("FULLY_FUNDED");
  });

  it("moves the project to DISBURSING, every investor's frozen money into escrow and creates the approved payout less the fee", async () => {
    const { project, investors, companyUser } = await fundedProject(db, { amounts: [3_333_333n, 6_666_667n] });
    const card = await db.bankCard.findFirstOrThrow({ where: { userId: companyUser.id } });
    const payout = await approveDisbursement(db, actor(sup), project.id, fixedClock("2026-12-01T03:00:00Z", SHANGHAI));

    expect(await statusOf(project.id)).toBe("DISBURSING");
    expect(await balanceOf(loanEscrow(project.id).code)).toBe(10_000_000n);
    for (const investor of investors) expect(await getBalances(db, investor.id)).toEqual({ availableFen: 0n, frozenFen: 0n });
    const { feeFen, netFen } = payoutAmounts(10_000_000n, 150);
    expect(feeFen).toBe(150_000n);
    expect(payout).toMatchObject({
      kind: "PAYOUT",
      status: "APPROVED",
      projectId: project.id,
      userId: companyUser.id,
      bankCardId: card.id,
      amountFen: netFen,
      feeFen,
      requestedById: sup.id,
      decidedById: sup.id,
      decidedAt: new Date("2026-12-01T03:00:00Z"),
    });
    const entries = await db.journalEntry.findMany({ where: { idempotencyKey: `escrow:${project.id}` }, include: { postings: true } });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.kind).toBe("ESCROW");
    expect(entries[0]?.postings).toHaveLength(3);
    expect(await db.auditLog.count({ where: { targetId: project.id, action: "LOAN_PROJECT.APPROVE_DISBURSEMENT" } })).toBe(1);
    await assertLedgerInvariants(db);

    // A second approval is no longer possible: the project is DISBURSING.
    await expect(approveDisbursement(db, actor(sup), project.id)).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
  });
});

describe("full-subscription review: reject", () => {
  it("fails the project and refunds every investment in bulk with one REFUND entry", async () => {
    const amounts = [1_000_000n, 2_500_000n, 6_500_000n];
    const { project, investors, investmentIds } = await fundedProject(db, { amounts });
    await expect(rejectDisbursement(db, actor(sup), project.id, "  ")).rejects.toMatchObject({ code: "VALIDATION" });

    const result = await rejectDisbursement(db, actor(sup), project.id, "Company withdrew collateral");
    expect(result).toEqual({ count: 3, totalFen: 10_000_000n });
    const after = await db.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(after).toMatchObject({ status: "FAILED", fundedFen: 0n, lastReviewComment: "Company withdrew collateral" });
    const rows = await db.investment.findMany({ where: { id: { in: investmentIds } } });
    expect(rows.every((row) => row.status === "REFUNDED")).toBe(true);
    for (const [i, investor] of investors.entries()) {
      expect(await getBalances(db, investor.id)).toEqual({ availableFen: amounts[i], frozenFen: 0n });
    }
    expect(await db.journalEntry.count({ where: { idempotencyKey: `refund:${project.id}`, kind: "REFUND" } })).toBe(1);
    expect(await db.outflow.count({ where: { projectId: project.id } })).toBe(0);
    await assertLedgerInvariants(db);
  });
});

describe("payout transferred", () => {
  it("confirms the disbursement: REPAYING, PAYOUT entry with the fee, investments HOLDING, schedule and claims that add up exactly", async () => {
    const amounts = [3_333_300n, 3_333_300n, 3_333_400n];
    const { project, investmentIds } = await fundedProject(db, { amounts, termMonths: 6, annualRateBp: 1250 });
    const payout = await approveDisbursement(db, actor(sup), project.id);
    const feesBefore = await balanceOf(platformFees().code);
    const gatewayBefore = await balanceOf("platform:gateway");

    // 17:30 UTC on 1 December is already 2 December in China: the schedule counts from the 2nd.
    await transfer(payout.id, "SBX-PAYOUT-0001", "2026-12-01T17:30:00Z");

    const after = await db.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(after.status).toBe("REPAYING");
    expect(after.disbursedAt).toEqual(new Date("2026-12-01T17:30:00Z"));
    expect(await balanceOf(loanEscrow(project.id).code)).toBe(0n);
    expect((await balanceOf(platformFees().code)) - feesBefore).toBe(payout.feeFen);
    expect((await balanceOf("platform:gateway")) - gatewayBefore).toBe(payout.amountFen);
    const entry = await db.journalEntry.findUniqueOrThrow({
      where: { idempotencyKey: `payout:${payout.id}` },
      include: { postings: true },
    });
    expect(entry.kind).toBe("PAYOUT");
    expect(entry.postings.map((p) => p.amountFen).sort()).toEqual([-10_000_000n, payout.feeFen, payout.amountFen].sort());

    const investments = await db.investment.findMany({ where: { id: { in: investmentIds } } });
    expect(investments.every((row) => row.status === "HOLDING")).toBe(true);
    const history = await db.statusHistory.findFirstOrThrow({ where: { entityId: project.id, event: "CONFIRM_DISBURSED" } });
    expect(history).toMatchObject({ fromStatus: "DISBURSING", toStatus: "REPAYING", actorId: cs.id });

    const instalments = await db.repaymentInstalment.findMany({
      where: { projectId: project.id },
      orderBy: { number: "asc" },
      include: { claims: true },
    });
    expect(instalments.map((row) => row.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(instalments[0]?.dueDate.toISOString().slice(0, 10)).toBe("2027-01-02");
    expect(instalments[5]?.dueDate.toISOString().slice(0, 10)).toBe("2027-06-02");
    expect(instalments.reduce((sum, row) => sum + row.principalFen, 0n)).toBe(10_000_000n);
    for (const row of instalments) {
      expect(row.status).toBe("DUE");
      expect(row.claims.reduce((sum, c) => sum + c.principalFen, 0n)).toBe(row.principalFen);
      expect(row.claims.reduce((sum, c) => sum + c.interestFen, 0n)).toBe(row.interestFen);
    }
    const totalInterest = instalments.reduce((sum, row) => sum + row.interestFen, 0n);
    expect(totalInterest).toBeGreaterThan(0n);
    for (const [i, id] of investmentIds.entries()) {
      const claims = instalments.flatMap((row) => row.claims.filter((c) => c.investmentId === id));
      expect(claims.reduce((sum, c) => sum + c.principalFen, 0n)).toBe(amounts[i]);
    }
    await assertLedgerInvariants(db);
  });

  it("rolls back entirely if the project is not DISBURSING (the payout transfer and the disbursement are one change)", async () => {
    const { project } = await fundedProject(db);
    const payout = await approveDisbursement(db, actor(sup), project.id);
    await transfer(payout.id, "SBX-PAYOUT-0002", "2026-12-01T03:00:00Z");
    // Replaying the handler for the same payout: CONFIRM_DISBURSED is no longer possible, nothing is posted twice.
    await expect(
      withTransaction(db, async (tx) => {
        const outflow = await tx.outflow.findUniqueOrThrow({ where: { id: payout.id } });
        await payoutOutflowHandler.transferred(tx, outflow, { actor: actor(cs), clock: fixedClock("2026-12-02T03:00:00Z", SHANGHAI) });
      }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    expect(await db.journalEntry.count({ where: { idempotencyKey: `payout:${payout.id}` } })).toBe(1);
    expect(await db.repaymentInstalment.count({ where: { projectId: project.id } })).toBe(12);
    await assertLedgerInvariants(db);
  });
});

describe("payout released", () => {
  it("a payout failed before its transfer leaves the money in escrow and the project DISBURSING", async () => {
    const { project } = await fundedProject(db);
    const payout = await approveDisbursement(db, actor(sup), project.id);
    await withTransaction(db, async (tx) => {
      await applyTransition(tx, {
        entity: "OUTFLOW",
        id: payout.id,
        event: "FAIL",
        actor: actor(sup),
        reviewRequestId: "test",
        reason: "card closed",
      });
      const outflow = await tx.outflow.findUniqueOrThrow({ where: { id: payout.id } });
      await payoutOutflowHandler.released(tx, outflow, { actor: actor(sup), clock: fixedClock("2026-12-01T03:00:00Z", SHANGHAI) });
    });
    expect(await statusOf(project.id)).toBe("DISBURSING");
    expect(await balanceOf(loanEscrow(project.id).code)).toBe(10_000_000n);
    await assertLedgerInvariants(db);

    // The supervisor makes a new payout to the card the company bound since; CS can then transfer it.
    const company = await db.company.findUniqueOrThrow({ where: { id: project.companyId } });
    const newCard = await bindCard(db, company.userId);
    await expect(reissuePayout(db, actor(cs), project.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const second = await reissuePayout(db, actor(sup), project.id);
    expect(second).toMatchObject({ status: "APPROVED", amountFen: payout.amountFen, feeFen: payout.feeFen, bankCardId: newCard.id });
    await expect(reissuePayout(db, actor(sup), project.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.auditLog.count({ where: { action: "PAYOUT_REISSUED", targetId: second.id } })).toBe(1);
    await transfer(second.id, "SBX-PAYOUT-REISSUED", "2026-12-02T03:00:00Z");
    expect(await statusOf(project.id)).toBe("REPAYING");
    expect(await balanceOf(loanEscrow(project.id).code)).toBe(0n);
    await assertLedgerInvariants(db);
  });

  it("no new payout while the approved one is live", async () => {
    const { project } = await fundedProject(db);
    await approveDisbursement(db, actor(sup), project.id);
    await expect(reissuePayout(db, actor(sup), project.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses to release a payout already transferred", async () => {
    const { project } = await fundedProject(db);
    const payout = await approveDisbursement(db, actor(sup), project.id);
    await transfer(payout.id, "SBX-PAYOUT-0003", "2026-12-01T03:00:00Z");
    const outflow = await db.outflow.findUniqueOrThrow({ where: { id: payout.id } });
    await expect(
      withTransaction(db, (tx) =>
        payoutOutflowHandler.released(tx, outflow, { actor: actor(sup), clock: fixedClock("2026-12-01T03:00:00Z", SHANGHAI) }),
      ),
    ).rejects.toMatchObject({ code: "PAYOUT_TRANSFERRED" });
  });
});
