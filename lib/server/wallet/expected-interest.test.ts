import { describe, expect, it } from "vitest";
import { businessDate } from "@/lib/domain/dates";
import { buildSchedule, scheduleTotals } from "@/lib/domain/schedules";
import { expectedInterestByInvestment, type InterestTerms } from "./expected-interest";

const startDate = businessDate("2026-12-01");
const terms: InterestTerms = { amountFen: 120_000_00n, annualRateBp: 1200, termMonths: 12, repaymentMethod: "EQUAL_PRINCIPAL" };
const schedule = buildSchedule({ principalFen: terms.amountFen, annualRateBp: 1200, termMonths: 12, method: "EQUAL_PRINCIPAL", startDate });
const total = scheduleTotals(schedule).interestFen;

describe("expectedInterestByInvestment", () => {
  it("gives each investment its share, the shares adding up to the schedule's interest", () => {
    const live = [
      { id: "a", amountFen: 60_000_00n },
      { id: "b", amountFen: 40_000_00n },
      { id: "c", amountFen: 20_000_00n },
    ];
    const parts = expectedInterestByInvestment(terms, live, ["a", "b", "c"], { startDate });
    expect([...parts.values()].reduce((s, x) => s + x, 0n)).toBe(total);
    // Equal principal on ¥120,000 at 1 % a month: 78 × ¥1,000 = ¥7,800 of interest; a half, a third, a sixth.
    expect(total).toBe(7_800_00n);
    expect(parts.get("a")).toBe(3_900_00n);
    expect(parts.get("b")).toBe(2_600_00n);
    expect(parts.get("c")).toBe(1_300_00n);
  });

  it("treats the unfunded rest as one more investment and returns only the ids asked for", () => {
    const parts = expectedInterestByInvestment(terms, [{ id: "a", amountFen: 30_000_00n }], ["a", "zzz"], { startDate });
    expect([...parts.keys()]).toEqual(["a"]);
    expect(parts.get("a")).toBe(1_950_00n);
  });

  it("leaves out the instalments already paid", () => {
    const live = [{ id: "a", amountFen: 120_000_00n }];
    const paid = schedule.slice(0, 4).reduce((s, i) => s + i.interestFen, 0n);
    const parts = expectedInterestByInvestment(terms, live, ["a"], { startDate, paidThroughInstalment: 4 });
    expect(parts.get("a")).toBe(total - paid);
    expect(expectedInterestByInvestment(terms, live, ["a"], { startDate, paidThroughInstalment: 12 }).get("a")).toBe(0n);
  });

  it("refuses live investments above the amount (an over-funded project is a bug upstream)", () => {
    expect(() => expectedInterestByInvestment(terms, [{ id: "a", amountFen: 120_000_01n }], ["a"], { startDate })).toThrow(RangeError);
  });

  it("is empty when nothing is live", () => {
    expect(expectedInterestByInvestment(terms, [], ["a"], { startDate }).size).toBe(0);
  });
});
