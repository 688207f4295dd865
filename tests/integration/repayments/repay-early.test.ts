import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/dates";
import type { Db } from "@/lib/server/db/types";
import { getBalances } from "@/lib/server/ledger";
import { quoteEarlyRepayment } from "@/lib/server/repayments/quote-early-repayment";
import { repayEarly } from "@/lib/server/repayments/repay-early";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { depositFor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { actorOf, clockOn, day, repaymentSnapshot } from "./support";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  await database?.close();
});

describe("early repayment", () => {
  it("quotes, then repays all principal with interest to date: every investor gets their principal back, the rest of the interest is waived, everything settles", async () => {
    const amounts = [3_333_333n, 5_000_001n, 1_666_666n];
    const { project, companyUser, investors, investmentIds, instalments } = await repayingProject(db, { amounts });
    await depositFor(db, companyUser.id, 12_000_000n);
    const [first, second] = instalments as [(typeof instalments)[number], (typeof instalments)[number]];
    // The first instalment on time, then early repayment 10 days into the second period.
    await repayFromWallet(
      db,
      actorOf(companyUser),
      { projectId: project.id, amountFen: first.principalFen + first.interestFen },
      {
        clock: clockOn(day(first.dueDate)),
      },
    );
    const clock = clockOn(addDays(day(first.dueDate), 10));
    const quote = await quoteEarlyRepayment(db, actorOf(companyUser), project.id, { clock });
    expect(quote.principalFen).toBe(10_000_000n - first.principalFen);
    expect(quote.interestFen).toBeGreaterThan(0n);
    expect(quote.interestFen).toBeLessThan(second.interestFen);
    expect(quote.totalFen).toBe(quote.principalFen + quote.interestFen);

    await expect(
      repayEarly(db, actorOf(companyUser), { projectId: project.id, expectedTotalFen: quote.totalFen - 1n }, { clock }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const before = await Promise.all(investors.map((i) => getBalances(db, i.id)));
    const applied = await repayEarly(db, actorOf(companyUser), { projectId: project.id, expectedTotalFen: quote.totalFen }, { clock });
    expect(applied).toMatchObject({
      amountFen: quote.totalFen,
      principalFen: quote.principalFen,
      interestFen: quote.interestFen,
      projectEvent: "SETTLE",
    });
    await assertLedgerInvariants(db);

    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("SETTLED");
    const investments = await db.investment.findMany({ where: { id: { in: investmentIds } } });
    expect(investments.every((i) => i.status === "SETTLED")).toBe(true);
    const rows = await db.repaymentInstalment.findMany({ where: { projectId: project.id } });
    expect(rows.every((r) => r.status === "PAID")).toBe(true);
    const waived = rows.reduce((s, r) => s + r.interestWaivedFen, 0n);
    expect(waived).toBe(quote.waivedInterestFen);
    const scheduledInterest = instalments.reduce((s, i) => s + i.interestFen, 0n);
    expect(waived).toBe(scheduledInterest - first.interestFen - quote.interestFen);

    let credited = 0n;
    for (const [k, investment] of investments.entries()) {
      const claims = await db.claimInstalment.findMany({ where: { investmentId: investment.id } });
      expect(claims.reduce((s, c) => s + c.receivedPrincipalFen, 0n)).toBe(investment.amountFen);
      // Every claim is complete: received + waived = its interest.
      expect(claims.every((c) => c.receivedInterestFen + c.interestWaivedFen === c.interestFen)).toBe(true);
      const index = investors.findIndex((i) => i.id === investment.investorId);
      credited +=
        (await getBalances(db, investment.investorId)).availableFen - (before[index] ?? before[k] ?? { availableFen: 0n }).availableFen;
    }
    expect(credited).toBe(applied.amountFen - applied.feeFen);
    const repayment = await db.repayment.findUniqueOrThrow({ where: { id: applied.repaymentId } });
    expect(repayment.kind).toBe("EARLY");
  });

  it("is refused while an instalment is due, changing nothing", async () => {
    const { project, companyUser, investors, instalments } = await repayingProject(db);
    await depositFor(db, companyUser.id, 12_000_000n);
    const first = instalments[0] as (typeof instalments)[number];
    const clock = clockOn(addDays(day(first.dueDate), 1));
    const users = [companyUser.id, ...investors.map((i) => i.id)];
    const before = await repaymentSnapshot(db, project.id, users);
    await expect(quoteEarlyRepayment(db, actorOf(companyUser), project.id, { clock })).rejects.toMatchObject({ code: "INSTALMENT_DUE" });
    await expect(repayEarly(db, actorOf(companyUser), { projectId: project.id, expectedTotalFen: 1n }, { clock })).rejects.toMatchObject({
      code: "INSTALMENT_DUE",
    });
    const other = await repayingProject(db);
    await expect(quoteEarlyRepayment(db, actorOf(other.companyUser), project.id, { clock })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await repaymentSnapshot(db, project.id, users)).toEqual(before);
  });
});
