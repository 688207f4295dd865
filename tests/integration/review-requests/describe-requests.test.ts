import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeRequests } from "@/lib/server/review-requests/describe-requests";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("describeRequests", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("names each target by kind: a company by its name, a project by its title, an outflow by amount and card", async () => {
    const maker = await createUser(db.prisma, { role: "CUSTOMER_SERVICE", displayName: "客服甲" });
    const investor = await createUser(db.prisma, { role: "INVESTOR" });
    const company = await createCompany(db.prisma, { status: "NORMAL" });
    const project = await createLoanProject(db.prisma, { companyId: company.id });
    const card = await db.prisma.bankCard.create({
      data: { userId: investor.id, holderName: "张三", bankName: "工商银行", numberCipher: "x", numberHash: "h", numberLast4: "1234" },
    });
    const outflow = await db.prisma.outflow.create({
      data: { kind: "WITHDRAWAL", userId: investor.id, bankCardId: card.id, amountFen: 123_456n, requestedById: investor.id },
    });
    const base = { action: "X", payload: null, reason: "r", status: "PENDING" as const, makerId: maker.id, checkerId: null };
    const at = { createdAt: new Date(), decidedAt: null, decisionReason: null };
    const described = await describeRequests(db.prisma, [
      { id: "1", targetType: "COMPANY", targetId: company.id, ...base, ...at },
      { id: "2", targetType: "LOAN_PROJECT", targetId: project.id, ...base, ...at },
      { id: "3", targetType: "OUTFLOW", targetId: outflow.id, ...base, ...at },
    ]);
    expect(described.map((r) => r.target)).toEqual([
      { name: company.name, status: "NORMAL" },
      { name: project.title, status: project.status },
      { name: "¥1234.56 · ****1234", status: "REQUESTED" },
    ]);
    expect(described.map((r) => r.makerName)).toEqual(["客服甲", "客服甲", "客服甲"]);
  });
});
