import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/dates";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { getBalances } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { updateRepaymentSettings } from "@/lib/server/settings/repayment-settings";
import { createUser } from "../support/factories";
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

const owedOf = (i: {
  principalFen: bigint;
  interestFen: bigint;
  penaltyFen: bigint;
  paidPrincipalFen: bigint;
  paidInterestFen: bigint;
  paidPenaltyFen: bigint;
  interestWaivedFen: bigint;
}) => i.principalFen - i.paidPrincipalFen + i.interestFen - i.paidInterestFen - i.interestWaivedFen + i.penaltyFen - i.paidPenaltyFen;

describe("repayFromWallet", () => {
  it("repays every instalment on its due date: the project and its investments settle, each investor gets back exactly their principal", async () => {
    const amounts = [3_333_333n, 5_000_001n, 1_666_667n];
    const { project, companyUser, investors, investmentIds, instalments } = await repayingProject(db, { amounts, termMonths: 6 });
    await depositFor(db, companyUser.id, 12_000_000n);
    const before = await Promise.all(investors.map((i) => getBalances(db, i.id)));
    let feeTotal = 0n;
    for (const instalment of instalments) {
      const applied = await repayFromWallet(
        db,
        actorOf(companyUser),
        { projectId: project.id, amountFen: instalment.principalFen + instalment.interestFen },
        { clock: clockOn(day(instalment.dueDate)) },
      );
      expect(applied.principalFen).toBe(instalment.principalFen);
      expect(applied.interestFen).toBe(instalment.interestFen);
      expect(applied.penaltyFen).toBe(0n);
      feeTotal += applied.feeFen;
      await assertLedgerInvariants(db);
    }
    const settled = await db.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(settled.status).toBe("SETTLED");
    const investments = await db.investment.findMany({ where: { id: { in: investmentIds } } });
    expect(investments.every((i) => i.status === "SETTLED")).toBe(true);
    expect(await db.repaymentInstalment.count({ where: { projectId: project.id, status: "PAID" } })).toBe(instalments.length);

    const interestTotal = instalments.reduce((s, i) => s + i.interestFen, 0n);
    for (const [k, investor] of investors.entries()) {
      const investment = investments.find((i) => i.investorId === investor.id);
      const claims = await db.claimInstalment.findMany({ where: { investmentId: investment?.id } });
      const received = claims.reduce((s, c) => s + c.receivedPrincipalFen, 0n);
      expect(received).toBe(investment?.amountFen);
      const interest = claims.reduce((s, c) => s + c.receivedInterestFen - c.feeFen, 0n);
      expect(claims.every((c) => c.receivedInterestFen === c.interestFen)).toBe(true);
      const after = await getBalances(db, investor.id);
      expect(after.availableFen - (before[k]?.availableFen ?? 0n)).toBe(received + interest);
    }
    // 10 % of the interest, per instalment rounded.
    expect(feeTotal > (interestTotal * 1000n) / 10_000n - BigInt(instalments.length)).toBe(true);
    expect(feeTotal <= (interestTotal * 1000n) / 10_000n + BigInt(instalments.length)).toBe(true);
    const history = await db.statusHistory.findMany({ where: { entityId: project.id, event: "SETTLE" } });
    expect(history).toHaveLength(1);
  });

  it("takes a partial payment on an overdue instalment penalty first, and cures the project once the overdue instalment is paid", async () => {
    const { project, companyUser, instalments } = await repayingProject(db);
    await depositFor(db, companyUser.id, 2_000_000n);
    const first = instalments[0] as (typeof instalments)[number];
    const today = addDays(day(first.dueDate), 10);
    const clock = clockOn(today);
    // What the daily job does: accrue, then MARK_OVERDUE.
    await accrueOverdue(db, today, { graceDays: 3, penaltyDailyBp: 5 });
    await withTransaction(db, (tx) => applyTransition(tx, { entity: "LOAN_PROJECT", id: project.id, event: "MARK_OVERDUE", actor: null }));
    const accrued = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
    expect(accrued.penaltyFen).toBeGreaterThan(0n);

    const part = accrued.penaltyFen + 100n;
    const applied = await repayFromWallet(db, actorOf(companyUser), { projectId: project.id, amountFen: part }, { clock });
    expect(applied).toMatchObject({ penaltyFen: accrued.penaltyFen, interestFen: 100n, principalFen: 0n, projectEvent: null });
    const partly = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
    expect(partly).toMatchObject({ status: "DUE", paidPenaltyFen: accrued.penaltyFen, paidInterestFen: 100n });
    const claimPenalty = await db.claimInstalment.aggregate({ where: { instalmentId: first.id }, _sum: { receivedPenaltyFen: true } });
    expect(claimPenalty._sum.receivedPenaltyFen).toBe(accrued.penaltyFen);
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("OVERDUE");
    await assertLedgerInvariants(db);

    // The same day again: no new penalty; the rest of the instalment clears what was overdue.
    const rest = owedOf(partly);
    const cured = await repayFromWallet(db, actorOf(companyUser), { projectId: project.id, amountFen: rest }, { clock });
    expect(cured.projectEvent).toBe("CURE");
    const paid = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
    expect(paid.status).toBe("PAID");
    expect(paid.paidAt).not.toBeNull();
    expect(day(paid.overdueSince as Date)).toBe(addDays(day(first.dueDate), 4));
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("REPAYING");
    await assertLedgerInvariants(db);
  });

  it("follows the allocation order setting: interest, then principal, then penalty", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const { project, companyUser, instalments } = await repayingProject(db);
    await depositFor(db, companyUser.id, 2_000_000n);
    const first = instalments[0] as (typeof instalments)[number];
    const today = addDays(day(first.dueDate), 5);
    await updateRepaymentSettings(db, actorOf(admin), { managementFeeBp: 2000, allocationOrder: "INTEREST_PRINCIPAL_PENALTY" });
    try {
      const amount = first.interestFen + 10n;
      const applied = await repayFromWallet(
        db,
        actorOf(companyUser),
        { projectId: project.id, amountFen: amount },
        { clock: clockOn(today) },
      );
      expect(applied).toMatchObject({ interestFen: first.interestFen, principalFen: 10n, penaltyFen: 0n });
      expect(applied.feeFen).toBe((first.interestFen * 2000n * 2n + 10_000n) / 20_000n);
      const row = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } });
      expect(row.penaltyFen).toBeGreaterThan(0n);
      expect(row.paidPenaltyFen).toBe(0n);
      await assertLedgerInvariants(db);
    } finally {
      await db.platformSetting.delete({ where: { key: "repayment" } });
    }
  });

  it("may prepay the next instalment not yet due, but no further", async () => {
    const { project, companyUser, instalments } = await repayingProject(db);
    await depositFor(db, companyUser.id, 4_000_000n);
    const [first, second] = instalments as [(typeof instalments)[number], (typeof instalments)[number]];
    const clock = clockOn(day(first.dueDate));
    const max = first.principalFen + first.interestFen + second.principalFen + second.interestFen;
    await expect(
      repayFromWallet(db, actorOf(companyUser), { projectId: project.id, amountFen: max + 1n }, { clock }),
    ).rejects.toMatchObject({
      code: "REPAYMENT_TOO_LARGE",
    });
    const applied = await repayFromWallet(db, actorOf(companyUser), { projectId: project.id, amountFen: max }, { clock });
    expect(applied.principalFen).toBe(first.principalFen + second.principalFen);
    expect(await db.repaymentInstalment.count({ where: { projectId: project.id, status: "PAID" } })).toBe(2);
    await assertLedgerInvariants(db);
  });

  it("refuses another company's project, too much, too little, an empty wallet and non-companies, changing nothing", async () => {
    const { project, companyUser, investors, instalments } = await repayingProject(db);
    const other = await repayingProject(db);
    const first = instalments[0] as (typeof instalments)[number];
    const clock = clockOn(day(first.dueDate));
    const users = [companyUser.id, ...investors.map((i) => i.id)];
    // The company's wallet is empty (the payout went to its bank card).
    const empty = await repaymentSnapshot(db, project.id, users);
    await expect(repayFromWallet(db, actorOf(companyUser), { projectId: project.id, amountFen: 100n }, { clock })).rejects.toMatchObject({
      code: "INSUFFICIENT_FUNDS",
    });
    expect(await repaymentSnapshot(db, project.id, users)).toEqual(empty);

    await depositFor(db, companyUser.id, 2_000_000n);
    const before = await repaymentSnapshot(db, project.id, users);
    const attempts: [Parameters<typeof repayFromWallet>[1], bigint, string][] = [
      [actorOf(other.companyUser), 100n, "NOT_FOUND"],
      [actorOf(companyUser), 0n, "VALIDATION"],
      [actorOf(companyUser), -5n, "VALIDATION"],
      [actorOf(investors[0] as (typeof investors)[number]), 100n, "FORBIDDEN"],
      [actorOf(companyUser), 10n ** 12n, "REPAYMENT_TOO_LARGE"],
    ];
    for (const [actor, amountFen, code] of attempts) {
      await expect(repayFromWallet(db, actor, { projectId: project.id, amountFen }, { clock })).rejects.toMatchObject({ code });
    }
    await expect(
      repayFromWallet(db, actorOf(companyUser), { projectId: "no-such-project", amountFen: 100n }, { clock }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await repaymentSnapshot(db, project.id, users)).toEqual(before);
    await assertLedgerInvariants(db);
  });
});
