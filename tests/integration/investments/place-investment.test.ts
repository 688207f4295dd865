import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/server/clock";
import { type DomainError, isDomainError } from "@/lib/server/errors";
import { placeInvestment } from "@/lib/server/investments";
import { getBalances } from "@/lib/server/ledger";
import { updateInvestmentSettings } from "@/lib/server/settings/investment-settings";
import { createUser } from "../support/factories";
import { createFundraisingProject, createInvestor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// 2026-12-01 10:00 in Shanghai.
const clock = fixedClock("2026-12-01T02:00:00Z", "Asia/Shanghai");

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("placeInvestment", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await assertLedgerInvariants(db.prisma);
    await db?.close();
  });

  const invest = (investorId: string, projectId: string, amountFen: bigint, riskNoticeAccepted = true) =>
    placeInvestment(db.prisma, { investorId, projectId, amountFen, riskNoticeAccepted }, { clock });

  it("freezes the amount, reserves it on the project and records a PENDING investment", async () => {
    const investor = await createInvestor(db.prisma, { moneyFen: 10_000_00n });
    const project = await createFundraisingProject(db.prisma);
    const placed = await invest(investor.id, project.id, 3_000_00n);
    expect(placed).toMatchObject({ status: "PENDING", amountFen: 3_000_00n, remainingFen: 97_000_00n, filled: false });
    const row = await db.prisma.investment.findUniqueOrThrow({ where: { id: placed.id } });
    expect(row).toMatchObject({ status: "PENDING", investorId: investor.id, projectId: project.id, amountFen: 3_000_00n });
    expect(row.riskNoticeAcceptedAt).toEqual(clock.now());
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 7_000_00n, frozenFen: 3_000_00n });
    expect((await db.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).fundedFen).toBe(3_000_00n);
    const entry = await db.prisma.journalEntry.findUniqueOrThrow({ where: { idempotencyKey: `invest:${placed.id}` } });
    expect(entry.kind).toBe("INVEST_FREEZE");
    await assertLedgerInvariants(db.prisma);
  });

  it("refuses without the risk notice, changing nothing", async () => {
    const investor = await createInvestor(db.prisma, { moneyFen: 1_000_00n });
    const project = await createFundraisingProject(db.prisma);
    const error = await refusal(invest(investor.id, project.id, 100_00n, false));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.riskNotice).toEqual(["validation.riskNoticeRequired"]);
    expect(await db.prisma.investment.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("refuses an unverified investor and one under age on the business date", async () => {
    const project = await createFundraisingProject(db.prisma);
    const unverified = await createInvestor(db.prisma, { verified: false, moneyFen: 1_000_00n });
    expect((await refusal(invest(unverified.id, project.id, 100_00n))).code).toBe("NOT_VERIFIED");
    const noProfile = await createUser(db.prisma, { role: "INVESTOR" });
    expect((await refusal(invest(noProfile.id, project.id, 100_00n))).code).toBe("NOT_VERIFIED");
    // 18 on 2026-12-02 (Shanghai): still 17 on the business date 2026-12-01.
    const minor = await createInvestor(db.prisma, { born: "20081202", moneyFen: 1_000_00n });
    const error = await refusal(invest(minor.id, project.id, 100_00n));
    expect(error.code).toBe("UNDERAGE");
    expect(error.params).toEqual({ minimumAge: 18 });
    // 18 today: may invest.
    const adult = await createInvestor(db.prisma, { born: "20081201", moneyFen: 1_000_00n });
    await expect(invest(adult.id, project.id, 100_00n)).resolves.toMatchObject({ status: "PENDING" });
    expect(await db.prisma.investment.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("refuses a project that is not fundraising or whose deadline has passed", async () => {
    const investor = await createInvestor(db.prisma, { moneyFen: 1_000_00n });
    const expired = await createFundraisingProject(db.prisma, { deadline: clock.now() });
    expect((await refusal(invest(investor.id, expired.id, 100_00n))).code).toBe("FUNDRAISING_CLOSED");
    const draft = await createFundraisingProject(db.prisma);
    await db.prisma.loanProject.update({ where: { id: draft.id }, data: { status: "PENDING_FINAL_REVIEW" } });
    expect((await refusal(invest(investor.id, draft.id, 100_00n))).code).toBe("FUNDRAISING_CLOSED");
    expect((await refusal(invest(investor.id, "no-such-project", 100_00n))).code).toBe("NOT_FOUND");
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 1_000_00n, frozenFen: 0n });
  });

  it("wants a multiple of the minimum unit, at most the remaining amount", async () => {
    const investor = await createInvestor(db.prisma, { moneyFen: 100_000_00n });
    const project = await createFundraisingProject(db.prisma, { amountFen: 1_000_00n, fundedFen: 500_00n });
    const notMultiple = await refusal(invest(investor.id, project.id, 150_00n));
    expect(notMultiple.code).toBe("VALIDATION");
    expect(notMultiple.fieldErrors.amount).toEqual(["validation.investmentMultiple"]);
    expect(notMultiple.params).toEqual({ unit: "¥100.00" });
    const tooMuch = await refusal(invest(investor.id, project.id, 600_00n));
    expect(tooMuch.code).toBe("ONLY_REMAINING");
    expect(tooMuch.params).toEqual({ remaining: "¥500.00" });
    expect((await refusal(invest(investor.id, project.id, 0n))).code).toBe("VALIDATION");
    expect(await db.prisma.investment.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("below one unit left, takes exactly the remainder and nothing else", async () => {
    const investor = await createInvestor(db.prisma, { moneyFen: 1_000_00n });
    const project = await createFundraisingProject(db.prisma, { amountFen: 1_000_00n, fundedFen: 1_000_00n - 37n });
    const wrong = await refusal(invest(investor.id, project.id, 36n));
    expect(wrong.fieldErrors.amount).toEqual(["validation.investmentRemainder"]);
    expect(wrong.params).toEqual({ remaining: "¥0.37" });
    const placed = await invest(investor.id, project.id, 37n);
    expect(placed).toMatchObject({ remainingFen: 0n, filled: true });
    expect((await db.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FULLY_FUNDED");
  });

  it("refuses more than the available balance, freezing nothing", async () => {
    const investor = await createInvestor(db.prisma, { moneyFen: 99_99n });
    const project = await createFundraisingProject(db.prisma);
    expect((await refusal(invest(investor.id, project.id, 100_00n))).code).toBe("INSUFFICIENT_FUNDS");
    expect(await getBalances(db.prisma, investor.id)).toEqual({ availableFen: 99_99n, frozenFen: 0n });
    expect((await db.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).fundedFen).toBe(0n);
  });

  it("the investment that completes the amount fills the project once; the next is told it is fully subscribed", async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createInvestor(db.prisma, { moneyFen: 1_000_00n })));
    const project = await createFundraisingProject(db.prisma, { amountFen: 1_000_00n });
    expect((await invest(a.id, project.id, 400_00n)).filled).toBe(false);
    expect((await invest(b.id, project.id, 600_00n)).filled).toBe(true);
    expect((await db.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FULLY_FUNDED");
    expect((await refusal(invest(c.id, project.id, 100_00n))).code).toBe("FULLY_SUBSCRIBED");
    const fills = await db.prisma.statusHistory.findMany({ where: { entityType: "LOAN_PROJECT", entityId: project.id, event: "FILL" } });
    expect(fills).toHaveLength(1);
    expect(fills[0]).toMatchObject({ fromStatus: "FUNDRAISING", toStatus: "FULLY_FUNDED", actorId: null });
    await assertLedgerInvariants(db.prisma);
  });

  it("with investments.autoConfirm, confirms in the placing transaction", async () => {
    const admin = await createUser(db.prisma, { role: "ADMIN" });
    await updateInvestmentSettings(db.prisma, admin, { autoConfirm: true });
    try {
      const investor = await createInvestor(db.prisma, { moneyFen: 1_000_00n });
      const project = await createFundraisingProject(db.prisma);
      const placed = await invest(investor.id, project.id, 100_00n);
      expect(placed.status).toBe("CONFIRMED");
      expect((await db.prisma.investment.findUniqueOrThrow({ where: { id: placed.id } })).status).toBe("CONFIRMED");
      const history = await db.prisma.statusHistory.findFirstOrThrow({ where: { entityType: "INVESTMENT", entityId: placed.id } });
      expect(history).toMatchObject({ event: "CONFIRM", actorId: null, toStatus: "CONFIRMED" });
    } finally {
      await updateInvestmentSettings(db.prisma, admin, { autoConfirm: false });
    }
    const investor = await createInvestor(db.prisma, { moneyFen: 1_000_00n });
    const project = await createFundraisingProject(db.prisma);
    expect((await invest(investor.id, project.id, 100_00n)).status).toBe("PENDING");
  });

  it("only an admin changes the setting", async () => {
    const cs = await createUser(db.prisma, { role: "CUSTOMER_SERVICE" });
    await expect(updateInvestmentSettings(db.prisma, cs, { autoConfirm: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
