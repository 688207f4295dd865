import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDomainError } from "@/lib/server/errors";
import { bindCard, cardNumber, REAL_NAME, verifiedInvestor } from "../support/bank-card-holders";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// PGlite has a single connection: the race is only real on PostgreSQL.
describe("binding one card at the same moment (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 12 });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("the same card bound by ten requests at once is stored once; the others are told it is already bound", async () => {
    for (let round = 0; round < 3; round++) {
      const investor = await verifiedInvestor(db.prisma);
      const number = cardNumber();
      const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => bindCard(db.prisma, investor.id, REAL_NAME, number)));
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      for (const o of outcomes) {
        if (o.status === "rejected") {
          expect(isDomainError(o.reason) && o.reason.fieldErrors).toEqual({ cardNumber: ["validation.cardAlreadyBound"] });
        }
      }
      expect(await db.prisma.bankCard.count({ where: { userId: investor.id } })).toBe(1);
      expect(await db.prisma.auditLog.count({ where: { targetId: investor.id, action: "BANK_CARD_BOUND" } })).toBe(1);
    }
  });
});
