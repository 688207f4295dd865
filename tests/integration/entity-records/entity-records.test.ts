import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { depositCreditKey } from "@/lib/domain/deposits/deposit-rules";
import type { User } from "@/lib/generated/prisma/client";
import { systemClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import {
  type EntityRef,
  getDepositRecord,
  getInvestmentRecord,
  getOutflowRecord,
  getProjectRecord,
  listAuditRows,
  listDeposits,
  listLedgerEntries,
  listProjectInvestments,
  listReviewRequests,
  listStatusHistory,
} from "@/lib/server/entity-records";
import { exportEntry } from "@/lib/server/exports/registry";
import { investFreeze, investUnfreeze } from "@/lib/server/investments/ledger-entries";
import { loanEscrow, platformGateway, postEntry, userAvailable } from "@/lib/server/ledger";
import { withdrawalFreezeEntry, withdrawalUnfreezeEntry } from "@/lib/server/withdrawals/withdrawal-entries";
import { bindCard } from "../disbursement/funded-project";
import { createUser } from "../support/factories";
import { depositFor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { type RepayingProject, repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The staff record pages' read services (issue 13 §4): each section selects exactly its record's rows. Two
 * loan projects made through the real services (funded, disbursement approved, payout transferred), and
 * records whose ids are prefixes of each other, so a key matched by prefix would show up where it must not.
 */

const ALL = 1000;

describe("entity records", () => {
  let database: TestDatabase;
  let a: RepayingProject;
  let b: RepayingProject;
  let cs: User;
  let investor: User;
  const tag = Date.now().toString(36);
  const ids = { inv: `inv-${tag}`, inv1: `inv-${tag}1`, dep: `dep-${tag}`, dep1: `dep-${tag}1`, out: `out-${tag}`, out1: `out-${tag}1` };
  const serial = `SER${tag}`;

  const keysOf = async (ref: EntityRef) =>
    (await listLedgerEntries(database.prisma, cs, ref, 1, ALL)).items.map((e) => e.idempotencyKey).sort();

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.prisma;
    a = await repayingProject(db, { amounts: [6_000_000n, 4_000_000n], termMonths: 3 });
    b = await repayingProject(db, { amounts: [10_000_000n], termMonths: 3 });
    cs = await createUser(db, { role: "CUSTOMER_SERVICE", displayName: "Cs Maker" });
    investor = await createUser(db, { role: "INVESTOR" });
    await depositFor(db, investor.id, 1_000_000n);
    const card = await bindCard(db, investor.id);
    await withTransaction(db, async (tx) => {
      // Two investments whose ids are prefixes of each other: one frozen, the other frozen and released.
      for (const id of [ids.inv, ids.inv1]) {
        await tx.investment.create({
          data: { id, projectId: a.project.id, investorId: investor.id, amountFen: 10_000n, status: "PENDING" },
        });
        await postEntry(tx, investFreeze(id, investor.id, 10_000n));
      }
      await postEntry(tx, investUnfreeze(ids.inv1, investor.id, 10_000n));
      // Two paid deposits, serials prefixes of each other, credited under the production key.
      for (const [id, gatewaySerial] of [
        [ids.dep, serial],
        [ids.dep1, `${serial}1`],
      ] as const) {
        await tx.deposit.create({
          data: { id, userId: investor.id, amountFen: 20_000n, status: "PAID", gatewaySerial, expiresAt: new Date(), paidAt: new Date() },
        });
        await postEntry(tx, {
          idempotencyKey: depositCreditKey(gatewaySerial),
          kind: "DEPOSIT",
          postings: [
            { account: platformGateway(), amountFen: -20_000n },
            { account: userAvailable(investor.id), amountFen: 20_000n },
          ],
        });
      }
      await tx.deposit.create({ data: { userId: investor.id, amountFen: 5_000n, status: "CREATED", expiresAt: new Date() } });
      // Two withdrawals, ids prefixes of each other.
      for (const id of [ids.out, ids.out1]) {
        await tx.outflow.create({
          data: { id, kind: "WITHDRAWAL", userId: investor.id, bankCardId: card.id, amountFen: 3_000n, requestedById: investor.id },
        });
        await postEntry(tx, withdrawalFreezeEntry({ id, userId: investor.id, amountFen: 3_000n }));
      }
      await postEntry(tx, withdrawalUnfreezeEntry({ id: ids.out1, userId: investor.id, amountFen: 3_000n }));
    });
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it("a project's ledger entries are its escrow, its payout and nothing of another project", async () => {
    const payoutA = await database.prisma.outflow.findFirstOrThrow({ where: { projectId: a.project.id, kind: "PAYOUT" } });
    expect(await keysOf({ type: "LOAN_PROJECT", id: a.project.id })).toEqual([`escrow:${a.project.id}`, `payout:${payoutA.id}`].sort());
    const entries = (await listLedgerEntries(database.prisma, cs, { type: "LOAN_PROJECT", id: a.project.id }, 1, ALL)).items;
    const escrowCode = loanEscrow(a.project.id).code;
    const onEscrow = (kind: string) =>
      entries
        .find((e) => e.kind === kind)
        ?.postings.filter((p) => p.accountCode === escrowCode)
        .map((p) => [p.amountFen, p.own]);
    expect(onEscrow("ESCROW")).toEqual([[10_000_000n, true]]);
    expect(onEscrow("PAYOUT")).toEqual([[-10_000_000n, true]]);
    // Every posting of an entry is there (short entries), and they balance.
    for (const entry of entries) {
      expect(entry.postings).toHaveLength(entry.postingCount);
      expect(entry.postings.reduce((sum, p) => sum + p.amountFen, 0n)).toBe(0n);
    }
  });

  it("a company's entries touch its wallet or its projects' escrow, not another company's", async () => {
    const payoutA = await database.prisma.outflow.findFirstOrThrow({ where: { projectId: a.project.id, kind: "PAYOUT" } });
    expect(await keysOf({ type: "COMPANY", id: a.project.companyId })).toEqual([`escrow:${a.project.id}`, `payout:${payoutA.id}`].sort());
    const payoutB = await database.prisma.outflow.findFirstOrThrow({ where: { projectId: b.project.id, kind: "PAYOUT" } });
    expect(await keysOf({ type: "OUTFLOW", id: payoutB.id })).toEqual([`payout:${payoutB.id}`]);
  });

  it("an investment, a deposit and a withdrawal select their own keys exactly, never a longer id's", async () => {
    expect(await keysOf({ type: "INVESTMENT", id: ids.inv })).toEqual([`invest:${ids.inv}`]);
    expect(await keysOf({ type: "INVESTMENT", id: ids.inv1 })).toEqual([`invest:${ids.inv1}`, `invest:${ids.inv1}:unfreeze`]);
    expect(await keysOf({ type: "DEPOSIT", id: ids.dep })).toEqual([`deposit:${serial}`]);
    expect(await keysOf({ type: "DEPOSIT", id: ids.dep1 })).toEqual([`deposit:${serial}1`]);
    expect(await keysOf({ type: "OUTFLOW", id: ids.out })).toEqual([`withdrawal:${ids.out}:freeze`]);
    expect(await keysOf({ type: "OUTFLOW", id: ids.out1 })).toEqual([`withdrawal:${ids.out1}:freeze`, `withdrawal:${ids.out1}:unfreeze`]);
    expect(await keysOf({ type: "INVESTMENT", id: "no-such-investment" })).toEqual([]);
    const [freeze] = (await listLedgerEntries(database.prisma, cs, { type: "INVESTMENT", id: ids.inv }, 1)).items;
    expect(freeze?.postings.map((p) => [p.accountCode, p.amountFen])).toEqual(
      expect.arrayContaining([
        [`user:${investor.id}:available`, -10_000n],
        [`user:${investor.id}:frozen`, 10_000n],
      ]),
    );
    await assertLedgerInvariants(database.prisma);
  });

  it("status history: the record's own rows, newest first, with who made them; paged", async () => {
    const db = database.prisma;
    const ref = { type: "LOAN_PROJECT", id: a.project.id } as const;
    const history = await listStatusHistory(db, cs, ref, 1, ALL);
    const stored = await db.statusHistory.findMany({ where: { entityType: "LOAN_PROJECT", entityId: a.project.id } });
    expect(history.total).toBe(stored.length);
    expect(history.items.map((h) => String(h.id)).sort()).toEqual(stored.map((h) => String(h.id)).sort());
    expect(history.items.map((h) => h.event)).toEqual(expect.arrayContaining(["APPROVE_DISBURSEMENT", "CONFIRM_DISBURSED"]));
    const approve = history.items.find((h) => h.event === "APPROVE_DISBURSEMENT");
    expect(approve?.actor?.role).toBe("SUPERVISOR");
    expect(approve).toMatchObject({ fromStatus: "FULLY_FUNDED", toStatus: "DISBURSING" });
    const times = history.items.map((h) => h.createdAt.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    const first = await listStatusHistory(db, cs, ref, 1, 1);
    expect(first).toMatchObject({ total: stored.length, page: 1, pageSize: 1 });
    expect(first.items).toHaveLength(1);
  });

  it("review requests and audit rows: the record's own and its requests', with maker and checker", async () => {
    const db = database.prisma;
    const supervisor = await createUser(db, { role: "SUPERVISOR", displayName: "Sup Checker" });
    const mine = await db.reviewRequest.create({
      data: {
        targetType: "COMPANY",
        targetId: a.project.companyId,
        action: "BLACKLIST",
        reason: "Overdue for months",
        makerId: cs.id,
        checkerId: supervisor.id,
        status: "REJECTED",
        decisionReason: "Not yet",
        decidedAt: new Date(),
      },
    });
    const other = await db.reviewRequest.create({
      data: { targetType: "COMPANY", targetId: b.project.companyId, action: "BLACKLIST", reason: "Other", makerId: cs.id },
    });
    await db.auditLog.createMany({
      data: [
        {
          actorId: cs.id,
          action: "REVIEW_REQUEST.CREATE",
          targetType: "REVIEW_REQUEST",
          targetId: mine.id,
          data: { reason: "Overdue for months" },
        },
        { actorId: cs.id, action: "REVIEW_REQUEST.CREATE", targetType: "REVIEW_REQUEST", targetId: other.id },
        { actorId: cs.id, action: "COMPANY_PROFILE_UPDATED", targetType: "COMPANY", targetId: a.project.companyId },
        { actorId: cs.id, action: "COMPANY_PROFILE_UPDATED", targetType: "COMPANY", targetId: b.project.companyId },
      ],
    });
    const ref = { type: "COMPANY", id: a.project.companyId } as const;
    const requests = await listReviewRequests(db, cs, ref, 1);
    expect(requests.items).toHaveLength(1);
    expect(requests.items[0]).toMatchObject({
      id: mine.id,
      status: "REJECTED",
      decisionReason: "Not yet",
      maker: { name: "Cs Maker", role: "CUSTOMER_SERVICE" },
      checker: { name: "Sup Checker", role: "SUPERVISOR" },
    });
    const audit = await listAuditRows(db, cs, ref, 1);
    expect(audit.items.map((r) => [r.targetType, r.targetId]).sort()).toEqual(
      [
        ["COMPANY", a.project.companyId],
        ["REVIEW_REQUEST", mine.id],
      ].sort(),
    );
    expect(audit.items.find((r) => r.targetType === "REVIEW_REQUEST")).toMatchObject({
      reason: "Overdue for months",
      actor: { name: "Cs Maker" },
    });
  });

  it("records: facts, related rows; NOT_FOUND for an unknown id", async () => {
    const db = database.prisma;
    const { project, payouts, investmentCount } = await getProjectRecord(db, cs, a.project.id);
    expect(project.instalments).toHaveLength(3);
    expect(payouts).toHaveLength(1);
    expect(investmentCount).toBe(4);
    const investments = await listProjectInvestments(db, cs, a.project.id, 1, 3);
    expect(investments).toMatchObject({ total: 4, pageSize: 3 });
    expect(investments.items).toHaveLength(3);
    const held = await getInvestmentRecord(db, cs, a.investmentIds[0] as string);
    expect(held.claims).toHaveLength(3);
    expect(held.claims.reduce((sum, c) => sum + c.principalFen, 0n)).toBe(6_000_000n);
    expect(held.project.id).toBe(a.project.id);
    const deposit = await getDepositRecord(db, cs, ids.dep);
    expect(deposit).toMatchObject({ gatewaySerial: serial, status: "PAID", purpose: "WALLET", repayment: null });
    const payout = await getOutflowRecord(db, cs, payouts[0]?.id as string);
    expect(payout.kind).toBe("PAYOUT");
    expect(payout.decidedByName).not.toBeNull();
    expect(payout.transferredByName).not.toBeNull();
    expect(payout.bankCard).not.toHaveProperty("numberCipher");
    for (const read of [getProjectRecord, getInvestmentRecord, getDepositRecord, getOutflowRecord]) {
      await expect(read(db, cs, "no-such-id")).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("the deposits list: newest first, filtered by status and purpose", async () => {
    const db = database.prisma;
    const paid = await listDeposits(db, cs, { status: "PAID" }, 1, ALL);
    expect(paid.items.map((d) => d.id).sort()).toEqual([ids.dep, ids.dep1].sort());
    const created = await listDeposits(db, cs, { status: "CREATED", purpose: "WALLET" }, 1, ALL);
    expect(created.items.every((d) => d.status === "CREATED" && d.purpose === "WALLET")).toBe(true);
    expect(created.total).toBe(1);
    expect((await listDeposits(db, cs, { purpose: "REPAYMENT" }, 1, ALL)).total).toBe(0);
    // Its CSV export reads the same list with the page's filter.
    const csv = await exportEntry("deposits")?.read(
      { db, viewer: cs, query: new URLSearchParams("status=PAID&purpose=WALLET"), clock: systemClock("Asia/Shanghai") },
      ALL,
    );
    expect(csv?.total).toBe(2);
    expect(csv?.rows.map((row) => row[0]).sort()).toEqual([ids.dep, ids.dep1].sort());
    const all = await listDeposits(db, cs, {}, 1, ALL);
    const times = all.items.map((d) => d.createdAt.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });

  it("only customer service, supervisors and admins may read records", async () => {
    const db = database.prisma;
    const ref = { type: "LOAN_PROJECT", id: a.project.id } as const;
    for (const role of ["INVESTOR", "COMPANY"] as const) {
      const reader = { role };
      await expect(listLedgerEntries(db, reader, ref, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listStatusHistory(db, reader, ref, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listReviewRequests(db, reader, ref, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listAuditRows(db, reader, ref, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getProjectRecord(db, reader, a.project.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listDeposits(db, reader, {}, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const role of ["SUPERVISOR", "ADMIN"] as const) {
      expect((await listLedgerEntries(db, { role }, ref, 1)).total).toBe(2);
    }
  });
});
