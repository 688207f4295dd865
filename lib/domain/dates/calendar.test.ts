import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonthsUtc, daysBetweenUtc, startOfDayUtc, wholeMonthsBetweenUtc } from "./calendar";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe("addMonthsUtc", () => {
  it.each([
    ["2025-01-15", 1, "2025-02-15"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-01-31", 2, "2025-03-31"],
    ["2025-01-31", 3, "2025-04-30"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2025-11-30", 3, "2026-02-28"],
    ["2025-12-31", 1, "2026-01-31"],
    ["2025-03-31", -1, "2025-02-28"],
    ["2025-05-10", 0, "2025-05-10"],
  ])("%s + %i months = %s", (from, months, to) => {
    expect(iso(addMonthsUtc(d(from), months))).toBe(to);
  });

  it("drops the time of day", () => {
    expect(addMonthsUtc(new Date("2025-01-15T23:59:59Z"), 1).toISOString()).toBe("2025-02-15T00:00:00.000Z");
  });

  it("refuses invalid input", () => {
    expect(() => addMonthsUtc(new Date("nope"), 1)).toThrow(RangeError);
    expect(() => addMonthsUtc(d("2025-01-01"), 1.5)).toThrow(RangeError);
  });
});

describe("daysBetweenUtc", () => {
  it.each([
    ["2025-01-01", "2025-01-01", 0],
    ["2025-01-01", "2025-01-31", 30],
    ["2025-02-01", "2025-03-01", 28],
    ["2024-02-01", "2024-03-01", 29],
    ["2025-01-01", "2026-01-01", 365],
    ["2025-03-01", "2025-02-01", -28],
  ])("%s → %s is %i days", (from, to, days) => {
    expect(daysBetweenUtc(d(from), d(to))).toBe(days);
  });

  it("ignores times of day", () => {
    expect(daysBetweenUtc(new Date("2025-01-01T23:00:00Z"), new Date("2025-01-02T01:00:00Z"))).toBe(1);
  });
});

describe("wholeMonthsBetweenUtc", () => {
  it.each([
    ["2024-01-15", "2025-01-14", 11],
    ["2024-01-15", "2025-01-15", 12],
    ["2025-01-31", "2025-02-27", 0],
    ["2025-01-31", "2025-02-28", 1],
    ["2025-03-10", "2025-03-01", -1],
  ])("%s → %s is %i months", (from, to, months) => {
    expect(wholeMonthsBetweenUtc(d(from), d(to))).toBe(months);
  });

  it("agrees with addMonthsUtc", () => {
    const dates = fc.date({ min: d("2000-01-01"), max: d("2100-01-01"), noInvalidDate: true });
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 600 }), (from, n) => {
        expect(wholeMonthsBetweenUtc(from, addMonthsUtc(from, n))).toBe(n);
        expect(startOfDayUtc(addMonthsUtc(from, n)).getTime()).toBe(addMonthsUtc(from, n).getTime());
      }),
    );
  });
});
