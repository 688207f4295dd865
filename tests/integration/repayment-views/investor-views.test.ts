import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, type BusinessDate, calendarMonthOf, shiftCalendarMonth } from "@/lib/domain/dates";
import { divRoundHalfUp } from "@/lib/domain/money";
import { fixedClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { getInvestmentSchedule, getMonthlyReturns, getRepaymentCalendar, type InvestmentSchedule } from "@/lib/server/repayment-views";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { depositFor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { type RepayingProject, repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { repayInstalmentsOn } from "./support";

let database: TestDatabase;
let db: Db;
let loan: RepayingProject;

const FEE_BP = 1000;

/** The list's element at `index`, which the test knows is there. */
function nth<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`no element ${index}`);
  return value;
}

const day = (date: Date) => date.toISOString().slice(0, 10) as BusinessDate;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  loan = await repayingProject(db);
  await depositFor(db, loan.companyUser.id, 20_000_000n);
});
afterAll(async () => {
  await database?.close();
});

/** The investor's claims on instalment `number` (one investment each in the fixture). */
async function claimOn(investorIndex: number, number: number) {
  return db.claimInstalment.findFirstOrThrow({
    where: { investmentId: loan.investmentIds[investorIndex], instalment: { number } },
  });
}

/** What the REPAYMENT entries credited the investor's wallet with. */
async function repaymentCredits(investorId: string): Promise<bigint> {
  const [row] = await db.$queryRaw<{ total: bigint | null }[]>`
    SELECT sum(p."amountFen")::bigint AS total FROM "Posting" p
      JOIN "JournalEntry" e ON e."id" = p."entryId" JOIN "LedgerAccount" a ON a."id" = p."accountId"
     WHERE e."kind" = 'REPAYMENT' AND a."code" = ${`user:${investorId}:available`}`;
  return row?.total ?? 0n;
}

describe("the investor's repayment read models", () => {
  it("shows upcoming claims by due date before anything is repaid, and nothing of other investors", async () => {
    const first = nth(loan.instalments, 0);
    const second = nth(loan.instalments, 1);
    const investor = nth(loan.investors, 0);
    const month = calendarMonthOf(day(first.dueDate));
    const calendar = await getRepaymentCalendar(db, investor.id, month, { today: day(first.dueDate), managementFeeBp: FEE_BP });
    const claim = await claimOn(0, 1);
    // Without a fee given, the repayment setting's (10 % by default).
    expect(await getRepaymentCalendar(db, investor.id, month, { today: day(first.dueDate) })).toEqual(calendar);
    expect(calendar.days.map((d) => d.date)).toEqual([day(first.dueDate)]);
    expect(calendar.received.netFen).toBe(0n);
    const fee = divRoundHalfUp(claim.interestFen * BigInt(FEE_BP), 10_000n);
    expect(calendar.upcoming).toEqual({
      principalFen: claim.principalFen,
      interestFen: claim.interestFen,
      penaltyFen: 0n,
      feeFen: fee,
      netFen: claim.principalFen + claim.interestFen - fee,
    });
    expect(nth(calendar.days, 0).items).toMatchObject([{ kind: "upcoming", investmentId: loan.investmentIds[0], instalmentNumber: 1 }]);
    expect(calendarMonthOf(day(second.dueDate))).not.toBe(month);

    const stranger = nth(loan.investors, 1);
    const theirs = await getRepaymentCalendar(db, stranger.id, month, { today: day(first.dueDate), managementFeeBp: FEE_BP });
    expect(nth(theirs.days, 0).items.every((item) => item.investmentId === loan.investmentIds[1])).toBe(true);

    const empty = await getRepaymentCalendar(db, investor.id, shiftCalendarMonth(month, -1), {
      today: day(first.dueDate),
      managementFeeBp: FEE_BP,
    });
    expect(empty.days).toEqual([]);
  });

  it("moves a repaid instalment to received on its repayment date, net of the fee, as the ledger credited it", async () => {
    const first = nth(loan.instalments, 0);
    const paidOn = addDays(day(first.dueDate), -2);
    await repayInstalmentsOn(db, loan, [1], paidOn);
    await assertLedgerInvariants(db);

    for (const [index, investor] of loan.investors.entries()) {
      const calendar = await getRepaymentCalendar(db, investor.id, calendarMonthOf(paidOn), { today: paidOn, managementFeeBp: FEE_BP });
      const claim = await claimOn(index, 1);
      const receivedDay = calendar.days.find((d) => d.date === paidOn);
      expect(receivedDay?.received).toEqual({
        principalFen: claim.principalFen,
        interestFen: claim.interestFen,
        penaltyFen: 0n,
        feeFen: claim.feeFen,
        netFen: claim.principalFen + claim.interestFen - claim.feeFen,
      });
      expect(calendar.received.netFen).toBe(await repaymentCredits(investor.id));
      // Fully received: no longer upcoming on its due date.
      expect(calendar.days.find((d) => d.date === day(first.dueDate))).toBeUndefined();
    }

    const returns = await getMonthlyReturns(db, nth(loan.investors, 0).id, {
      until: shiftCalendarMonth(calendarMonthOf(paidOn), 1),
      months: 3,
    });
    const claim = await claimOn(0, 1);
    expect(returns.map((r) => r.month)).toEqual([
      shiftCalendarMonth(calendarMonthOf(paidOn), -1),
      calendarMonthOf(paidOn),
      shiftCalendarMonth(calendarMonthOf(paidOn), 1),
    ]);
    expect(returns[1]).toMatchObject({ interestFen: claim.interestFen, feeFen: claim.feeFen, netFen: claim.interestFen - claim.feeFen });
    expect(nth(returns, 0).netFen).toBe(0n);
    expect(nth(returns, 2).netFen).toBe(0n);
  });

  it("gives the investment's schedule per instalment with received, due and overdue claims", async () => {
    const second = nth(loan.instalments, 1);
    const today = addDays(day(second.dueDate), 10);
    await accrueOverdue(db, today, { graceDays: 3, penaltyDailyBp: 5 }, [loan.project.id]);

    const schedule = await getInvestmentSchedule(db, nth(loan.investors, 0).id, nth(loan.investmentIds, 0), {
      today,
      managementFeeBp: FEE_BP,
    });
    expect(schedule).not.toBeNull();
    const sched = schedule as InvestmentSchedule;
    expect(sched.lines).toHaveLength(loan.instalments.length);
    expect(sched.totals.principalFen).toBe(sched.amountFen);
    expect(sched.lines.map((l) => l.standing)).toEqual(["RECEIVED", "OVERDUE", ...Array(loan.instalments.length - 2).fill("DUE")]);
    expect(nth(sched.lines, 1).overdueDays).toBe(10);
    expect(nth(sched.lines, 0).feeEstimated).toBe(false);
    expect(nth(sched.lines, 2).feeEstimated).toBe(true);
    const claim = await claimOn(0, 1);
    expect(nth(sched.lines, 0).received.netFen).toBe(claim.principalFen + claim.interestFen - claim.feeFen);

    const calendar = await getRepaymentCalendar(db, nth(loan.investors, 0).id, calendarMonthOf(day(second.dueDate)), {
      today,
      managementFeeBp: FEE_BP,
    });
    expect(calendar.days.find((d) => d.date === day(second.dueDate))?.items[0]).toMatchObject({ kind: "upcoming", overdueDays: 10 });
  });

  it("shows a partial payment of the overdue instalment received on its date (penalty first), the rest still due", async () => {
    const first = nth(loan.instalments, 0);
    const second = nth(loan.instalments, 1);
    const today = addDays(day(second.dueDate), 10);
    const pay = (amountFen: bigint) =>
      repayFromWallet(
        db,
        { id: loan.companyUser.id, role: loan.companyUser.role },
        { projectId: loan.project.id, amountFen },
        { clock: fixedClock(`${today}T02:00:00Z`, "Asia/Shanghai") },
      );
    await pay(100_000n);
    await assertLedgerInvariants(db);
    const instalment = await db.repaymentInstalment.findUniqueOrThrow({ where: { id: second.id } });
    expect(instalment.paidPenaltyFen).toBe(instalment.penaltyFen);
    expect(instalment.status).toBe("DUE");

    let penaltyReceived = 0n;
    for (const [index, investor] of loan.investors.entries()) {
      // The first instalment was repaid two days early (above), in the month before its due date.
      const months = [calendarMonthOf(addDays(day(first.dueDate), -2)), calendarMonthOf(today)];
      const calendars = await Promise.all(months.map((month) => getRepaymentCalendar(db, investor.id, month, { today })));
      // Every fen the ledger credited shows as received, on the dates of the repayments.
      expect(calendars.reduce((sum, c) => sum + c.received.netFen, 0n)).toBe(await repaymentCredits(investor.id));
      const now = calendars[1] as (typeof calendars)[number];
      const received = now.days.find((d) => d.date === today)?.items.find((i) => i.instalmentNumber === 2);
      expect(received?.kind).toBe("received");
      penaltyReceived += received?.amounts.penaltyFen ?? 0n;
      const claim = await claimOn(index, 2);
      const upcoming = now.days.find((d) => d.date === day(second.dueDate))?.items.find((i) => i.kind === "upcoming");
      expect(upcoming).toMatchObject({ overdueDays: 10, instalmentNumber: 2 });
      expect(upcoming?.amounts.principalFen).toBe(claim.principalFen - claim.receivedPrincipalFen);
      expect(upcoming?.amounts.interestFen).toBe(claim.interestFen - claim.receivedInterestFen);
    }
    expect(penaltyReceived).toBe(instalment.paidPenaltyFen);

    // The rest of it: the claim is received in full, penalty included.
    const rest = instalment.principalFen - instalment.paidPrincipalFen + instalment.interestFen - instalment.paidInterestFen;
    await pay(rest);
    await assertLedgerInvariants(db);
    const sched = (await getInvestmentSchedule(db, nth(loan.investors, 0).id, nth(loan.investmentIds, 0), { today })) as InvestmentSchedule;
    const line = nth(sched.lines, 1);
    const claim = await claimOn(0, 2);
    expect(line.standing).toBe("RECEIVED");
    expect(line.receivedOn).toBe(today);
    expect(line.received).toEqual({
      principalFen: claim.principalFen,
      interestFen: claim.interestFen,
      penaltyFen: claim.receivedPenaltyFen,
      feeFen: claim.feeFen,
      netFen: claim.principalFen + claim.interestFen - claim.feeFen + claim.receivedPenaltyFen,
    });
    expect(claim.receivedPenaltyFen).toBeGreaterThan(0n);
  });

  it("answers null for another investor's investment or an unknown one", async () => {
    const today = day(nth(loan.instalments, 0).dueDate);
    expect(
      await getInvestmentSchedule(db, nth(loan.investors, 1).id, nth(loan.investmentIds, 0), { today, managementFeeBp: FEE_BP }),
    ).toBeNull();
    expect(await getInvestmentSchedule(db, nth(loan.investors, 0).id, "no-such-investment", { today, managementFeeBp: FEE_BP })).toBeNull();
  });
});
