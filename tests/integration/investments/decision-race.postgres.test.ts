import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/server/clock";
import { isDomainError } from "@/lib/server/errors";
import { cancelInvestment, confirmInvestment, placeInvestment, rejectInvestment } from "@/lib/server/investments";
import { getBalances } from "@/lib/server/ledger";
import { createUser } from "../support/factories";
import { createFundraisingProject, createInvestor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const clock = fixedClock("2026-12-01T02:00:00Z", "Asia/Shanghai");

/** Each promise's error code, or "ok"; anything but a DomainError fails the test. */
async function codes(promises: Promise<unknown>[]): Promise<string[]> {
  const outcomes = await Promise.allSettled(promises);
  return outcomes.map((o) => {
    if (o.status === "fulfilled") return "ok";
    if (!isDomainError(o.reason)) throw o.reason;
    return o.reason.code;
  });
}

// PGlite has a single connection: races there prove nothing, so these run on PostgreSQL only.
describe("ending investments at the same moment (PostgreSQL)", () => {
  let db: TestDatabase;
  let cs: { id: string; role: "CUSTOMER_SERVICE" };
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 30 });
    cs = { id: (await createUser(db.prisma, { role: "CUSTOMER_SERVICE" })).id, role: "CUSTOMER_SERVICE" };
  });
  afterAll(async () => {
    await db?.close();
  });

  it("the investor cancels while customer service confirms and rejects: one decision wins, unfrozen at most once", async () => {
    for (let round = 0; round < 5; round++) {
      const investor = await createInvestor(db.prisma, { moneyFen: 1_000_00n });
      const project = await createFundraisingProject(db.prisma);
      const placed = await placeInvestment(
        db.prisma,
        { investorId: investor.id, projectId: project.id, amountFen: 300_00n, riskNoticeAccepted: true },
        { clock },
      );
      const results = await codes([
        cancelInvestment(db.prisma, { id: investor.id, role: "INVESTOR" }, placed.id, { clock }),
        confirmInvestment(db.prisma, cs, placed.id, { clock }),
        rejectInvestment(db.prisma, cs, placed.id, "duplicate", { clock }),
      ]);
      expect(results.filter((r) => r === "ok")).toHaveLength(1);
      expect(results.filter((r) => r !== "ok").every((r) => r === "STALE_STATE" || r === "TRANSITION_NOT_ALLOWED")).toBe(true);
      const row = await db.prisma.investment.findUniqueOrThrow({ where: { id: placed.id } });
      const after = await db.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } });
      const balances = await getBalances(db.prisma, investor.id);
      if (row.status === "CONFIRMED") {
        expect(balances).toEqual({ availableFen: 700_00n, frozenFen: 300_00n });
        expect(after.fundedFen).toBe(300_00n);
      } else {
        expect(balances).toEqual({ availableFen: 1_000_00n, frozenFen: 0n });
        expect(after.fundedFen).toBe(0n);
      }
    }
    await assertLedgerInvariants(db.prisma);
  });

  it("every investor of a full project cancels at once: the project reopens exactly once and ends empty", async () => {
    const investors = await Promise.all(Array.from({ length: 10 }, () => createInvestor(db.prisma, { moneyFen: 1_000_00n })));
    const project = await createFundraisingProject(db.prisma, { amountFen: 1_000_00n });
    const placed = [];
    for (const investor of investors) {
      placed.push(
        await placeInvestment(
          db.prisma,
          { investorId: investor.id, projectId: project.id, amountFen: 100_00n, riskNoticeAccepted: true },
          { clock },
        ),
      );
    }
    expect((await db.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FULLY_FUNDED");
    const results = await codes(
      placed.map((p, i) => cancelInvestment(db.prisma, { id: investors[i]?.id as string, role: "INVESTOR" }, p.id, { clock })),
    );
    expect(results).toEqual(Array(10).fill("ok"));
    expect(await db.prisma.loanProject.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      status: "FUNDRAISING",
      fundedFen: 0n,
    });
    expect(await db.prisma.statusHistory.count({ where: { entityId: project.id, event: "REOPEN" } })).toBe(1);
    await assertLedgerInvariants(db.prisma);
  });
});
