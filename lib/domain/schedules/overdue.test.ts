import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessDate, businessDateOf } from "../dates/business-calendar";
import { overdueAgingBucket, overdueDays, penaltyInterestFen } from "./overdue";

const d = businessDate;

describe("overdueDays", () => {
  it.each([
    ["2025-03-10", "2025-03-09", 3, 0],
    ["2025-03-10", "2025-03-10", 3, 0],
    ["2025-03-10", "2025-03-13", 3, 0], // last grace day
    ["2025-03-10", "2025-03-14", 3, 4], // past grace: counted from the due date
    ["2025-03-10", "2025-03-11", 0, 1],
    ["2025-03-10", "2025-06-08", 0, 90],
  ])("due %s, on %s with %i grace days: %i days overdue", (due, asOf, graceDays, days) => {
    expect(overdueDays({ dueDate: d(due), asOf: d(asOf), graceDays })).toBe(days);
  });

  it("refuses a negative grace period", () => {
    expect(() => overdueDays({ dueDate: d("2025-01-01"), asOf: d("2025-01-05"), graceDays: -1 })).toThrow(RangeError);
  });
});

describe("penaltyInterestFen", () => {
  it.each([
    // ¥10,000 overdue at 0.05%/day for 10 days = ¥50.00
    [1_000_000n, 5, 10, 5_000n],
    // ¥123.45 at 0.05%/day for 7 days = 0.432075 yuan → 43.2075 fen → 43
    [12_345n, 5, 7, 43n],
    // ¥100.00 at 0.05%/day for 1 day = 5 fen exactly; ¥1.00 → 0.05 fen → 0
    [10_000n, 5, 1, 5n],
    [100n, 5, 1, 0n],
    // exactly half a fen rounds up: 1000 fen × 5 bp × 1 day = 0.5 fen
    [1_000n, 5, 1, 1n],
    [1_000_000n, 5, 0, 0n],
    [0n, 5, 30, 0n],
  ])("%s fen at %i bp/day for %i days is %s fen", (overdueFen, dailyRateBp, daysOverdue, fen) => {
    expect(penaltyInterestFen({ overdueFen, dailyRateBp, daysOverdue })).toBe(fen);
  });

  it("refuses negative or fractional inputs", () => {
    expect(() => penaltyInterestFen({ overdueFen: -1n, dailyRateBp: 5, daysOverdue: 1 })).toThrow(RangeError);
    expect(() => penaltyInterestFen({ overdueFen: 1n, dailyRateBp: 0.5, daysOverdue: 1 })).toThrow(RangeError);
    expect(() => penaltyInterestFen({ overdueFen: 1n, dailyRateBp: 5, daysOverdue: -1 })).toThrow(RangeError);
  });

  it("is simple interest, rounded once", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.nat(100), fc.nat(3650), (overdueFen, dailyRateBp, daysOverdue) => {
        const fen = penaltyInterestFen({ overdueFen, dailyRateBp, daysOverdue });
        const diffTimes2 = 2n * (fen * 10_000n - overdueFen * BigInt(dailyRateBp) * BigInt(daysOverdue));
        expect(diffTimes2 <= 10_000n && diffTimes2 > -10_000n).toBe(true);
      }),
    );
  });
});

describe("overdueAgingBucket", () => {
  it.each([
    [0, "CURRENT"],
    [1, "DAYS_1_30"],
    [30, "DAYS_1_30"],
    [31, "DAYS_31_60"],
    [60, "DAYS_31_60"],
    [61, "DAYS_61_90"],
    [90, "DAYS_61_90"],
    [91, "DAYS_OVER_90"],
  ])("%i days is %s", (days, bucket) => {
    expect(overdueAgingBucket(days)).toBe(bucket);
  });
});

describe("overdueDays in business dates", () => {
  it("counts a day overdue from midnight China time, not from midnight UTC", () => {
    // Due 2026-12-30; at 2026-12-31 07:00 China time (23:00Z on the 30th) the instalment is one day late.
    const asOf = businessDateOf(new Date("2026-12-30T23:00:00Z"), "Asia/Shanghai");
    expect(overdueDays({ dueDate: businessDate("2026-12-30"), asOf, graceDays: 0 })).toBe(1);
    // At 23:59 China time on the due date (15:59Z) it is not late yet.
    const lastMinute = businessDateOf(new Date("2026-12-30T15:59:00Z"), "Asia/Shanghai");
    expect(overdueDays({ dueDate: businessDate("2026-12-30"), asOf: lastMinute, graceDays: 0 })).toBe(0);
  });
});
