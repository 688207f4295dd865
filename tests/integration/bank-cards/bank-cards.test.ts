import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindBankCardSchema } from "@/lib/schemas/bank-cards";
import { bankCardsOverview, bindBankCard, listBankCards, unbindBankCard } from "@/lib/server/bank-cards";
import { decryptPii, hashPii } from "@/lib/server/security/pii";
import { bindCard, cardNumber, companyUser, REAL_NAME, verifiedInvestor } from "../support/bank-card-holders";
import { createUser } from "../support/factories";
import { refusal } from "../support/refusal";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("bank cards", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("binds a card of a verified investor: encrypted number, keyed hash, last four, audit row", async () => {
    const investor = await verifiedInvestor(db.prisma);
    const number = cardNumber();
    const input = bindBankCardSchema.parse({ holderName: ` ${REAL_NAME} `, bank: "CMB", cardNumber: number.replace(/(\d{4})/g, "$1 ") });
    const card = await bindBankCard(db.prisma, investor.id, input);

    expect(card).toMatchObject({ userId: investor.id, holderName: REAL_NAME, bankName: "招商银行", numberLast4: number.slice(-4) });
    expect(card.luhnUnverified).toBe(false);
    expect(card.numberCipher).not.toContain(number);
    expect(decryptPii(card.numberCipher)).toBe(number);
    expect(card.numberHash).toBe(hashPii(number));
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "BANK_CARD_BOUND", targetId: investor.id } });
    expect(audit.actorId).toBe(investor.id);
    expect(JSON.stringify(audit.data)).not.toContain(number);
    expect(await listBankCards(db.prisma, investor.id)).toEqual([
      expect.objectContaining({ id: card.id, masked: `**** **** **** ${number.slice(-4)}` }),
    ]);
  });

  it("binds a company's card in the company's name", async () => {
    const { user, company } = await companyUser(db.prisma);
    const card = await bindCard(db.prisma, user.id, company.name);
    expect(card.holderName).toBe(company.name);
  });

  it("refuses an unverified investor and a company not in good standing", async () => {
    const unverified = await createUser(db.prisma, { role: "INVESTOR" });
    expect(await refusal(bindCard(db.prisma, unverified.id))).toMatchObject({ code: "BANK_CARD_NOT_ELIGIBLE" });
    for (const status of ["INVALID", "WATCH"] as const) {
      const { user, company } = await companyUser(db.prisma, status);
      expect(await refusal(bindCard(db.prisma, user.id, company.name))).toMatchObject({ code: "BANK_CARD_NOT_ELIGIBLE" });
    }
    const staff = await createUser(db.prisma, { role: "CUSTOMER_SERVICE" });
    expect(await refusal(bindCard(db.prisma, staff.id))).toMatchObject({ code: "BANK_CARD_NOT_ELIGIBLE" });
    expect(await db.prisma.bankCard.count({ where: { userId: { in: [unverified.id, staff.id] } } })).toBe(0);
    expect(await bankCardsOverview(db.prisma, unverified.id)).toMatchObject({ mayBind: false, verifiedName: null });
  });

  it("refuses a holder name other than the verified name", async () => {
    const investor = await verifiedInvestor(db.prisma);
    expect(await refusal(bindCard(db.prisma, investor.id, "李四"))).toEqual({
      code: "VALIDATION",
      fieldErrors: { holderName: ["validation.holderNameMismatch"] },
    });
  });

  it("asks to confirm a number failing its Luhn check digit, then stores it as unverified", async () => {
    const investor = await verifiedInvestor(db.prisma);
    const number = cardNumber({ valid: false });
    const unconfirmed = bindBankCardSchema.safeParse({ holderName: REAL_NAME, bank: "ICBC", cardNumber: number });
    expect(unconfirmed.success).toBe(false);
    expect(unconfirmed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["cardNumber", "validation.cardNumberLUHN"],
      ["cardNumberConfirmed", "validation.cardNumberConfirmRequired"],
    ]);
    // The service refuses it too when called without the confirmation.
    expect(
      await refusal(
        bindBankCard(db.prisma, investor.id, { holderName: REAL_NAME, bankName: "x", cardNumber: number, luhnConfirmed: false }),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { cardNumber: ["validation.cardNumberConfirmRequired"] },
    });
    // A confirmation of another number confirms nothing.
    const other = bindBankCardSchema.safeParse({
      holderName: REAL_NAME,
      bank: "ICBC",
      cardNumber: number,
      cardNumberConfirmed: cardNumber(),
    });
    expect(other.success).toBe(false);

    const input = bindBankCardSchema.parse({ holderName: REAL_NAME, bank: "ICBC", cardNumber: number, cardNumberConfirmed: number });
    expect(input).toMatchObject({ bankName: "中国工商银行", luhnConfirmed: true });
    const card = await bindBankCard(db.prisma, investor.id, input);
    expect(card.luhnUnverified).toBe(true);
  });

  it("takes a typed bank name for another bank, and wants one", async () => {
    expect(bindBankCardSchema.parse({ holderName: "a", bank: "OTHER", bankOther: " 宁波银行 ", cardNumber: cardNumber() }).bankName).toBe(
      "宁波银行",
    );
    const missing = bindBankCardSchema.safeParse({ holderName: "a", bank: "OTHER", cardNumber: cardNumber() });
    expect(missing.error?.issues.map((i) => i.path.join("."))).toEqual(["bankOther"]);
    const unknown = bindBankCardSchema.safeParse({ holderName: "a", bank: "NOPE", cardNumber: cardNumber() });
    expect(unknown.error?.issues.map((i) => i.path.join("."))).toEqual(["bank"]);
  });

  it("refuses the same card twice on one account, and binds it again once unbound", async () => {
    const investor = await verifiedInvestor(db.prisma);
    const number = cardNumber();
    const first = await bindCard(db.prisma, investor.id, REAL_NAME, number);
    expect(await refusal(bindCard(db.prisma, investor.id, REAL_NAME, number))).toEqual({
      code: "VALIDATION",
      fieldErrors: { cardNumber: ["validation.cardAlreadyBound"] },
    });
    await unbindBankCard(db.prisma, investor.id, first.id);
    expect(await listBankCards(db.prisma, investor.id)).toEqual([]);
    const again = await bindCard(db.prisma, investor.id, REAL_NAME, number);
    expect(again.id).not.toBe(first.id);
    const audit = await db.prisma.auditLog.findMany({
      where: { targetId: investor.id, action: { startsWith: "BANK_CARD_" } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["BANK_CARD_BOUND", "BANK_CARD_UNBOUND", "BANK_CARD_BOUND"]);
  });

  it("unbinds only the caller's own active card (NOT_FOUND otherwise)", async () => {
    const owner = await verifiedInvestor(db.prisma);
    const stranger = await verifiedInvestor(db.prisma);
    const card = await bindCard(db.prisma, owner.id);
    expect(await refusal(unbindBankCard(db.prisma, stranger.id, card.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(unbindBankCard(db.prisma, owner.id, "no-such-card"))).toMatchObject({ code: "NOT_FOUND" });
    await unbindBankCard(db.prisma, owner.id, card.id);
    expect(await refusal(unbindBankCard(db.prisma, owner.id, card.id))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps a card bound while an outflow to it is requested or approved", async () => {
    const investor = await verifiedInvestor(db.prisma);
    const card = await bindCard(db.prisma, investor.id);
    const supervisor = await createUser(db.prisma, { role: "SUPERVISOR" });
    const outflow = await db.prisma.outflow.create({
      data: { kind: "WITHDRAWAL", userId: investor.id, bankCardId: card.id, amountFen: 100n, requestedById: investor.id },
    });
    expect(await refusal(unbindBankCard(db.prisma, investor.id, card.id))).toMatchObject({ code: "BANK_CARD_IN_USE" });
    await db.prisma.outflow.update({
      where: { id: outflow.id },
      data: { status: "APPROVED", decidedById: supervisor.id, decidedAt: new Date() },
    });
    expect(await refusal(unbindBankCard(db.prisma, investor.id, card.id))).toMatchObject({ code: "BANK_CARD_IN_USE" });
    await db.prisma.outflow.update({ where: { id: outflow.id }, data: { status: "REJECTED" } });
    await unbindBankCard(db.prisma, investor.id, card.id);
    expect((await db.prisma.bankCard.findUniqueOrThrow({ where: { id: card.id } })).unboundAt).toBeInstanceOf(Date);
  });
});
