import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBalances } from "@/lib/server/ledger";
import { approveOutflow, recordOutflowTransfer, rejectOutflow, requestOutflowFailure, revealOutflowCard } from "@/lib/server/outflows";
import { approveReviewRequest } from "@/lib/server/review-requests";
import { listOwnWithdrawals, requestWithdrawal } from "@/lib/server/withdrawals";
import { deposit } from "../ledger/helpers";
import { bindCard, companyUser, investorWithCard, verifiedInvestor } from "../support/bank-card-holders";
import { createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { refusal } from "../support/refusal";
import type { TestDatabase } from "../support/test-database";
import { actor, databaseWithStaff, newSerial, type Staff } from "./helpers";

describe("withdrawals (提现)", () => {
  let db: TestDatabase;
  let people: Staff;
  beforeAll(async () => {
    ({ db, people } = await databaseWithStaff());
  });
  afterAll(() => db?.close());

  const entriesOf = async (outflowId: string) =>
    (
      await db.prisma.journalEntry.findMany({
        where: { idempotencyKey: { startsWith: `withdrawal:${outflowId}:` } },
        orderBy: { createdAt: "asc" },
      })
    ).map((e) => [e.idempotencyKey.split(":")[2], e.kind]);

  it("request freezes the amount; approve keeps it frozen; the transfer sends it out through the gateway", async () => {
    const { user, card } = await investorWithCard(db.prisma, 1_000_00n);
    const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 300_00n, bankCardId: card.id });
    expect(outflow).toMatchObject({ kind: "WITHDRAWAL", status: "REQUESTED", requestedById: user.id, amountFen: 300_00n, feeFen: 0n });
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 700_00n, frozenFen: 300_00n });
    await assertLedgerInvariants(db.prisma);

    await approveOutflow(db.prisma, actor(people.sup), outflow.id);
    expect(await db.prisma.outflow.findUniqueOrThrow({ where: { id: outflow.id } })).toMatchObject({
      status: "APPROVED",
      decidedById: people.sup.id,
    });
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 700_00n, frozenFen: 300_00n });

    const serial = newSerial();
    await recordOutflowTransfer(db.prisma, actor(people.cs), outflow.id, `  ${serial} `);
    expect(await db.prisma.outflow.findUniqueOrThrow({ where: { id: outflow.id } })).toMatchObject({
      status: "TRANSFERRED",
      externalSerial: serial,
      transferredById: people.cs.id,
    });
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 700_00n, frozenFen: 0n });
    expect(await entriesOf(outflow.id)).toEqual([
      ["freeze", "WITHDRAWAL_FREEZE"],
      ["transfer", "WITHDRAWAL"],
    ]);
    const audit = await db.prisma.auditLog.findMany({ where: { targetId: outflow.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["OUTFLOW.APPROVE", people.sup.id],
      ["OUTFLOW.MARK_TRANSFERRED", people.cs.id],
    ]);
    const history = await db.prisma.statusHistory.findMany({ where: { entityId: outflow.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => `${h.fromStatus}>${h.toStatus}`)).toEqual([">REQUESTED", "REQUESTED>APPROVED", "APPROVED>TRANSFERRED"]);
    await assertLedgerInvariants(db.prisma);

    const page = await listOwnWithdrawals(db.prisma, user.id, 1, 10);
    expect(page.items).toEqual([
      expect.objectContaining({ id: outflow.id, status: "TRANSFERRED", cardMasked: `**** **** **** ${card.numberLast4}` }),
    ]);
  });

  it("a rejection with its reason unfreezes the amount", async () => {
    const { user, card } = await investorWithCard(db.prisma, 500_00n);
    const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 500_00n, bankCardId: card.id });
    expect(await refusal(rejectOutflow(db.prisma, actor(people.sup), outflow.id, "  "))).toMatchObject({ code: "VALIDATION" });
    await rejectOutflow(db.prisma, actor(people.sup), outflow.id, "the card is frozen by the bank");
    expect(await db.prisma.outflow.findUniqueOrThrow({ where: { id: outflow.id } })).toMatchObject({
      status: "REJECTED",
      reason: "the card is frozen by the bank",
      decidedById: people.sup.id,
    });
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 500_00n, frozenFen: 0n });
    expect(await entriesOf(outflow.id)).toEqual([
      ["freeze", "WITHDRAWAL_FREEZE"],
      ["unfreeze", "WITHDRAWAL_UNFREEZE"],
    ]);
    // Decided once: a second decision changes nothing.
    expect((await refusal(approveOutflow(db.prisma, actor(people.sup2), outflow.id))).code).toBe("TRANSITION_NOT_ALLOWED");
    await assertLedgerInvariants(db.prisma);
  });

  it("a failure requested by customer service and approved by a supervisor unfreezes the amount", async () => {
    const { user, card } = await investorWithCard(db.prisma, 200_00n);
    const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 150_00n, bankCardId: card.id });
    await approveOutflow(db.prisma, actor(people.sup), outflow.id);
    const request = await requestOutflowFailure(db.prisma, actor(people.cs), outflow.id, "the bank refused the account");
    // Nothing moves until the supervisor approves.
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 50_00n, frozenFen: 150_00n });
    await approveReviewRequest(db.prisma, { checker: actor(people.sup2), requestId: request.id });
    expect(await db.prisma.outflow.findUniqueOrThrow({ where: { id: outflow.id } })).toMatchObject({
      status: "FAILED",
      reason: "the bank refused the account",
    });
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 200_00n, frozenFen: 0n });
    await assertLedgerInvariants(db.prisma);
  });

  it("a transfer that bounced comes back from the gateway when its failure is approved", async () => {
    const { user, card } = await investorWithCard(db.prisma, 80_00n);
    const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 80_00n, bankCardId: card.id });
    await approveOutflow(db.prisma, actor(people.sup), outflow.id);
    await recordOutflowTransfer(db.prisma, actor(people.cs), outflow.id, newSerial());
    const before = await assertLedgerInvariants(db.prisma);
    const request = await requestOutflowFailure(db.prisma, actor(people.cs2), outflow.id, "bounced: account closed");
    await approveReviewRequest(db.prisma, { checker: actor(people.sup2), requestId: request.id });
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 80_00n, frozenFen: 0n });
    expect(await entriesOf(outflow.id)).toEqual([
      ["freeze", "WITHDRAWAL_FREEZE"],
      ["transfer", "WITHDRAWAL"],
      ["returned", "WITHDRAWAL_RETURNED"],
    ]);
    expect((await assertLedgerInvariants(db.prisma)).insidePlatformFen).toBe(before.insidePlatformFen + 80_00n);
  });

  it("customer service cannot mark a failure directly, nor a supervisor approve their own request's kind of step", async () => {
    const { user, card } = await investorWithCard(db.prisma, 10_00n);
    const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 10_00n, bankCardId: card.id });
    expect((await refusal(approveOutflow(db.prisma, actor(people.cs), outflow.id))).code).toBe("FORBIDDEN");
    expect((await refusal(rejectOutflow(db.prisma, actor(people.cs), outflow.id, "no"))).code).toBe("FORBIDDEN");
    expect((await refusal(approveOutflow(db.prisma, actor(user), outflow.id))).code).toBe("FORBIDDEN");
    // A failure cannot be asked for before approval (nothing to fail yet: reject it instead).
    expect((await refusal(requestOutflowFailure(db.prisma, actor(people.cs), outflow.id, "x"))).code).toBe("TRANSITION_NOT_ALLOWED");
    await approveOutflow(db.prisma, actor(people.sup), outflow.id);
    expect((await refusal(recordOutflowTransfer(db.prisma, actor(people.sup), outflow.id, newSerial()))).code).toBe("FORBIDDEN");
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 0n, frozenFen: 10_00n });
    await assertLedgerInvariants(db.prisma);
  });

  it("four eyes: the supervisor who approved it cannot record the transfer, even after becoming customer service", async () => {
    const { user, card } = await investorWithCard(db.prisma, 10_00n);
    const approver = await createUser(db.prisma, { role: "SUPERVISOR" });
    const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 10_00n, bankCardId: card.id });
    await approveOutflow(db.prisma, actor(approver), outflow.id);
    const demoted = await db.prisma.user.update({ where: { id: approver.id }, data: { role: "CUSTOMER_SERVICE" } });
    expect((await refusal(recordOutflowTransfer(db.prisma, actor(demoted), outflow.id, newSerial()))).code).toBe("SELF_TRANSFER");
    expect((await db.prisma.outflow.findUniqueOrThrow({ where: { id: outflow.id } })).status).toBe("APPROVED");
    // The database refuses it too, whatever the code in front of it.
    await expect(
      db.prisma.outflow.update({
        where: { id: outflow.id },
        data: { status: "TRANSFERRED", externalSerial: newSerial(), transferredById: approver.id, transferredAt: new Date() },
      }),
    ).rejects.toThrow(/Outflow_four_eyes_check/);
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 0n, frozenFen: 10_00n });
  });

  it("a transfer serial is used once across all outflows, and must look like one", async () => {
    const a = await investorWithCard(db.prisma, 20_00n);
    const b = await investorWithCard(db.prisma, 20_00n);
    const first = await requestWithdrawal(db.prisma, { userId: a.user.id, amountFen: 20_00n, bankCardId: a.card.id });
    const second = await requestWithdrawal(db.prisma, { userId: b.user.id, amountFen: 20_00n, bankCardId: b.card.id });
    await approveOutflow(db.prisma, actor(people.sup), first.id);
    await approveOutflow(db.prisma, actor(people.sup), second.id);
    const serial = newSerial();
    await recordOutflowTransfer(db.prisma, actor(people.cs), first.id, serial);
    expect(await refusal(recordOutflowTransfer(db.prisma, actor(people.cs), second.id, ` ${serial}`))).toEqual({
      code: "SERIAL_ALREADY_USED",
      fieldErrors: { externalSerial: ["validation.serialAlreadyUsed"] },
    });
    for (const bad of ["", "ab", "has space 123", "流水号12345", "x".repeat(65)]) {
      expect((await refusal(recordOutflowTransfer(db.prisma, actor(people.cs), second.id, bad))).fieldErrors).toEqual({
        externalSerial: ["validation.transferSerial"],
      });
    }
    expect(await getBalances(db.prisma, b.user.id)).toEqual({ availableFen: 0n, frozenFen: 20_00n });
    // Recorded once: the same outflow cannot be transferred twice.
    expect((await refusal(recordOutflowTransfer(db.prisma, actor(people.cs2), first.id, newSerial()))).code).toBe("TRANSITION_NOT_ALLOWED");
    await assertLedgerInvariants(db.prisma);
  });

  it("refuses an amount above the available balance, a zero amount, another user's card and an unbound card", async () => {
    const { user, card } = await investorWithCard(db.prisma, 100n);
    expect(await refusal(requestWithdrawal(db.prisma, { userId: user.id, amountFen: 101n, bankCardId: card.id }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { amount: ["validation.withdrawalAmountTooLarge"] },
    });
    expect((await refusal(requestWithdrawal(db.prisma, { userId: user.id, amountFen: 0n, bankCardId: card.id }))).code).toBe("VALIDATION");
    const other = await investorWithCard(db.prisma, 0n);
    expect((await refusal(requestWithdrawal(db.prisma, { userId: user.id, amountFen: 1n, bankCardId: other.card.id }))).code).toBe(
      "NOT_FOUND",
    );
    await db.prisma.bankCard.update({ where: { id: card.id }, data: { unboundAt: new Date() } });
    expect(await refusal(requestWithdrawal(db.prisma, { userId: user.id, amountFen: 1n, bankCardId: card.id }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { bankCardId: ["validation.bankCardUnavailable"] },
    });
    expect(await db.prisma.outflow.count({ where: { userId: user.id } })).toBe(0);
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 100n, frozenFen: 0n });
    await assertLedgerInvariants(db.prisma);
  });

  it("works for a company's wallet too", async () => {
    const { user, company } = await companyUser(db.prisma);
    await deposit(db.prisma, user.id, 9_00n, `test-deposit:${user.id}`);
    const card = await bindCard(db.prisma, user.id, company.name);
    const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 9_00n, bankCardId: card.id });
    await approveOutflow(db.prisma, actor(people.sup), outflow.id);
    await recordOutflowTransfer(db.prisma, actor(people.cs), outflow.id, newSerial());
    expect(await getBalances(db.prisma, user.id)).toEqual({ availableFen: 0n, frozenFen: 0n });
    await assertLedgerInvariants(db.prisma);
  });

  it("staff cannot withdraw", async () => {
    const cs = await createUser(db.prisma, { role: "CUSTOMER_SERVICE" });
    const investor = await verifiedInvestor(db.prisma);
    const card = await bindCard(db.prisma, investor.id);
    await db.prisma.bankCard.update({ where: { id: card.id }, data: { userId: cs.id } });
    expect((await refusal(requestWithdrawal(db.prisma, { userId: cs.id, amountFen: 1n, bankCardId: card.id }))).code).toBe("FORBIDDEN");
  });

  it("reveals the full card number only to customer service, only while the transfer is due, audited", async () => {
    const { user, card } = await investorWithCard(db.prisma, 5_00n);
    const outflow = await requestWithdrawal(db.prisma, { userId: user.id, amountFen: 5_00n, bankCardId: card.id });
    expect((await refusal(revealOutflowCard(db.prisma, actor(people.cs), outflow.id))).code).toBe("TRANSITION_NOT_ALLOWED");
    await approveOutflow(db.prisma, actor(people.sup), outflow.id);
    expect((await refusal(revealOutflowCard(db.prisma, actor(people.sup), outflow.id))).code).toBe("FORBIDDEN");
    const revealed = await revealOutflowCard(db.prisma, actor(people.cs), outflow.id);
    expect(revealed.number.replace(/ /g, "")).toHaveLength(19);
    expect(revealed.number.replace(/ /g, "").endsWith(card.numberLast4)).toBe(true);
    expect(revealed.holderName).toBe(card.holderName);
    const audit = await db.prisma.auditLog.findMany({ where: { targetId: outflow.id, action: "OUTFLOW_CARD_REVEALED" } });
    expect(audit.map((a) => a.actorId)).toEqual([people.cs.id]);
    expect(JSON.stringify(audit[0].data)).not.toContain(revealed.number.replace(/ /g, ""));
  });
});
