import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/server/clock";
import { isDomainError } from "@/lib/server/errors";
import { placeInvestment } from "@/lib/server/investments";
import { createFundraisingProject, createInvestor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const clock = fixedClock("2026-12-01T02:00:00Z", "Asia/Shanghai");

type Outcome = { ok: true; id: string; filled: boolean } | { ok: false; code: string; params: Record<string, unknown> };

// PGlite has a single connection: races there prove nothing, so these run on PostgreSQL only.
describe("investors racing for one project (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 40 });
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Every investor invests at once; each answer is a success or a DomainError (anything else fails the test). */
  async function race(investorIds: string[], projectId: string, amountFen: bigint): Promise<Outcome[]> {
    const outcomes = await Promise.allSettled(
      investorIds.map((investorId) =>
        placeInvestment(db.prisma, { investorId, projectId, amountFen, riskNoticeAccepted: true }, { clock }),
      ),
    );
    return outcomes.map((o) => {
      if (o.status === "fulfilled") return { ok: true, id: o.value.id, filled: o.value.filled };
      if (!isDomainError(o.reason)) throw o.reason;
      return { ok: false, code: o.reason.code, params: o.reason.params };
    });
  }

  async function assertProjectConsistent(projectId: string) {
    const project = await db.prisma.loanProject.findUniqueOrThrow({ where: { id: projectId } });
    const live = await db.prisma.investment.aggregate({ where: { projectId, status: "PENDING" }, _sum: { amountFen: true } });
    expect(live._sum.amountFen ?? 0n).toBe(project.fundedFen);
    const fills = await db.prisma.statusHistory.count({ where: { entityType: "LOAN_PROJECT", entityId: projectId, event: "FILL" } });
    return { project, fills };
  }

  it("200 investors for a project that fits 37: exactly 37 succeed, one FILL, the rest are told why", async () => {
    const k = 37;
    const unit = 100_00n;
    const investors = await Promise.all(Array.from({ length: 200 }, () => createInvestor(db.prisma, { moneyFen: 1_000_00n })));
    const project = await createFundraisingProject(db.prisma, { amountFen: unit * BigInt(k), minInvestmentFen: unit });

    const outcomes = await race(
      investors.map((i) => i.id),
      project.id,
      unit,
    );
    const won = outcomes.filter((o) => o.ok);
    const lost = outcomes.filter((o) => !o.ok);
    expect(won).toHaveLength(k);
    expect(won.filter((o) => o.ok && o.filled)).toHaveLength(1);
    // Late losers see the project full; none sees anything but "fully subscribed" (each asks for one unit).
    expect(new Set(lost.map((o) => !o.ok && o.code))).toEqual(new Set(["FULLY_SUBSCRIBED"]));

    const { project: after, fills } = await assertProjectConsistent(project.id);
    expect(after).toMatchObject({ fundedFen: after.amountFen, status: "FULLY_FUNDED" });
    expect(fills).toBe(1);
    expect(await db.prisma.investment.count({ where: { projectId: project.id } })).toBe(k);
    expect(await db.prisma.journalEntry.count({ where: { kind: "INVEST_FREEZE" } })).toBe(k);
    await assertLedgerInvariants(db.prisma);
  });

  it("racing amounts larger than what is left: never over-funded, losers told what is left", async () => {
    // ¥1,000 left; 60 investors each ask for ¥300: three fit (¥900), then ¥100 is left, less than asked.
    const investors = await Promise.all(Array.from({ length: 60 }, () => createInvestor(db.prisma, { moneyFen: 1_000_00n })));
    const project = await createFundraisingProject(db.prisma, { amountFen: 1_000_00n, minInvestmentFen: 100_00n });
    const outcomes = await race(
      investors.map((i) => i.id),
      project.id,
      300_00n,
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
    const lost = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
    expect(lost.every((o) => o.code === "ONLY_REMAINING" && o.params.remaining === "¥100.00")).toBe(true);
    const { project: after, fills } = await assertProjectConsistent(project.id);
    expect(after).toMatchObject({ fundedFen: 900_00n, status: "FUNDRAISING" });
    expect(fills).toBe(0);
    await assertLedgerInvariants(db.prisma);
  });

  it("racing for the last fen under the remainder rule: one takes it, the project fills once", async () => {
    const investors = await Promise.all(Array.from({ length: 50 }, () => createInvestor(db.prisma, { moneyFen: 1_000_00n })));
    const project = await createFundraisingProject(db.prisma, {
      amountFen: 1_000_00n,
      minInvestmentFen: 100_00n,
      fundedFen: 1_000_00n - 1n,
    });
    const outcomes = await race(
      investors.map((i) => i.id),
      project.id,
      1n,
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(new Set(outcomes.filter((o) => !o.ok).map((o) => !o.ok && o.code))).toEqual(new Set(["FULLY_SUBSCRIBED"]));
    const after = await db.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(after).toMatchObject({ fundedFen: 1_000_00n, status: "FULLY_FUNDED" });
    expect(await db.prisma.statusHistory.count({ where: { entityId: project.id, event: "FILL" } })).toBe(1);
    await assertLedgerInvariants(db.prisma);
  });

  it("one investor racing themselves past their balance: the freeze aborts everything it would overdraw", async () => {
    // ¥500 in the wallet, ten ¥100 investments at once: five freeze, five abort with nothing reserved.
    const investor = await createInvestor(db.prisma, { moneyFen: 500_00n });
    const project = await createFundraisingProject(db.prisma);
    const outcomes = await race(Array(10).fill(investor.id), project.id, 100_00n);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(new Set(outcomes.filter((o) => !o.ok).map((o) => !o.ok && o.code))).toEqual(new Set(["INSUFFICIENT_FUNDS"]));
    const { project: after } = await assertProjectConsistent(project.id);
    expect(after.fundedFen).toBe(500_00n);
    await assertLedgerInvariants(db.prisma);
  });
});
