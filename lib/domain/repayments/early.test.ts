import { describe, expect, it } from "vitest";
import { addDays, businessDate } from "../dates/business-calendar";
import { buildSchedule } from "../schedules/build-schedule";
import type { LoanTerms } from "../schedules/terms";
import { type EarlyOwedInstalment, planEarlyRepayment } from "./early";

const terms: LoanTerms = {
  principalFen: 1_200_000n,
  annualRateBp: 1200,
  termMonths: 3,
  method: "EQUAL_PRINCIPAL",
  startDate: businessDate("2027-01-10"),
};
const schedule = buildSchedule(terms);
const unpaid = (from: number): EarlyOwedInstalment[] =>
  schedule.slice(from).map((i) => ({
    id: String(i.number),
    number: i.number,
    dueDate: i.dueDate,
    principalFen: i.principalFen,
    interestFen: i.interestFen,
    penaltyFen: 0n,
    paidInterestFen: 0n,
  }));

describe("planEarlyRepayment", () => {
  it("pays all principal and the interest to date, waiving the rest", () => {
    const first = schedule[0] as (typeof schedule)[number];
    const plan = planEarlyRepayment(terms, unpaid(0), addDays(terms.startDate, 15));
    if (!plan.ok) throw new Error(plan.code);
    expect(plan.principalFen).toBe(1_200_000n);
    // 15 of 31 days of 1 % a month on 1,200,000.
    expect(plan.interestFen).toBe((12_000n * 15n * 2n + 31n) / 62n);
    expect(plan.totalFen).toBe(plan.principalFen + plan.interestFen);
    expect(plan.waivedInterest.get("1")).toBe(first.interestFen - plan.interestFen);
    expect(plan.waivedInterest.get("3")).toBe((schedule[2] as (typeof schedule)[number]).interestFen);
    expect(plan.allocations.map((a) => a.interestFen)).toEqual([plan.interestFen, 0n, 0n]);
  });

  it("on the due date costs the scheduled interest, and counts a prepaid interest", () => {
    const owed = unpaid(1);
    const second = owed[0] as EarlyOwedInstalment;
    const onDue = planEarlyRepayment(terms, owed, second.dueDate);
    if (!onDue.ok) throw new Error(onDue.code);
    expect(onDue.interestFen).toBe(second.interestFen);
    const prepaid = [{ ...second, interestFen: second.interestFen - 100n, paidInterestFen: 100n }, ...owed.slice(1)];
    const after = planEarlyRepayment(terms, prepaid, second.dueDate);
    if (!after.ok) throw new Error(after.code);
    expect(after.interestFen).toBe(second.interestFen - 100n);
  });

  it("is refused once a due date has passed, and when nothing is owed", () => {
    expect(planEarlyRepayment(terms, unpaid(0), addDays((schedule[0] as (typeof schedule)[number]).dueDate, 1))).toEqual({
      ok: false,
      code: "INSTALMENT_DUE",
    });
    expect(planEarlyRepayment(terms, [], terms.startDate)).toEqual({ ok: false, code: "NOTHING_OUTSTANDING" });
  });
});
