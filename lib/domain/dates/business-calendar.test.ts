import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  businessDate,
  businessDateOf,
  canonicalTimeZone,
  compareBusinessDates,
  daysBetween,
  endOfBusinessDay,
  parseBusinessDate,
  startOfBusinessDay,
  wholeMonthsBetween,
} from "./business-calendar";

const d = businessDate;
const SHANGHAI = "Asia/Shanghai";

describe("businessDateOf", () => {
  it.each([
    // The example: 2026-11-30 07:14 China time is still 11-29 in UTC.
    ["2026-11-29T23:14:00Z", "2026-11-30"],
    // 23:59 China time on 11-30 is 15:59Z the same day; 00:01 on 12-01 is 16:01Z on 11-30.
    ["2026-11-30T15:59:00Z", "2026-11-30"],
    ["2026-11-30T16:01:00Z", "2026-12-01"],
    // The boundary itself: midnight China time belongs to the new day.
    ["2026-11-30T16:00:00Z", "2026-12-01"],
    ["2026-11-30T15:59:59.999Z", "2026-11-30"],
    // The year changes in China eight hours before UTC.
    ["2026-12-31T16:30:00Z", "2027-01-01"],
  ])("%s is %s in Asia/Shanghai", (instant, date) => {
    expect(businessDateOf(new Date(instant), SHANGHAI)).toBe(date);
  });

  it("depends on the zone given, not on the process's zone", () => {
    const instant = new Date("2026-11-29T23:14:00Z");
    expect(businessDateOf(instant, "UTC")).toBe("2026-11-29");
    expect(businessDateOf(instant, "America/Los_Angeles")).toBe("2026-11-29");
    expect(businessDateOf(instant, SHANGHAI)).toBe("2026-11-30");
  });

  it("refuses an invalid instant or zone", () => {
    expect(() => businessDateOf(new Date("nope"), SHANGHAI)).toThrow(RangeError);
    expect(() => businessDateOf(new Date(), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("startOfBusinessDay and endOfBusinessDay", () => {
  it("are China's midnights as instants", () => {
    expect(startOfBusinessDay(d("2026-11-30"), SHANGHAI).toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(endOfBusinessDay(d("2026-11-30"), SHANGHAI).toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(endOfBusinessDay(d("2026-12-31"), SHANGHAI).toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });

  it("follow daylight-saving time where the zone has it (a 23-hour day)", () => {
    const start = startOfBusinessDay(d("2026-03-08"), "America/New_York");
    const end = endOfBusinessDay(d("2026-03-08"), "America/New_York");
    expect(start.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(end.getTime() - start.getTime()).toBe(23 * 3_600_000);
  });

  it("bracket exactly the instants whose business date is that day", () => {
    const days = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays(d("2000-01-01"), n));
    const zones = fc.constantFrom(SHANGHAI, "UTC", "America/Los_Angeles", "Pacific/Kiritimati", "America/Sao_Paulo");
    fc.assert(
      fc.property(days, zones, fc.integer({ min: 0, max: 86_400_000 - 1 }), (date, zone, offset) => {
        const start = startOfBusinessDay(date, zone);
        const end = endOfBusinessDay(date, zone);
        expect(businessDateOf(start, zone)).toBe(date);
        expect(businessDateOf(new Date(end.getTime() - 1), zone)).toBe(date);
        expect(businessDateOf(end, zone)).toBe(addDays(date, 1));
        const inside = new Date(start.getTime() + (offset % (end.getTime() - start.getTime())));
        expect(businessDateOf(inside, zone)).toBe(date);
      }),
    );
  });
});

describe("parseBusinessDate and businessDate", () => {
  it("accept real calendar days only", () => {
    expect(parseBusinessDate("2024-02-29")).toBe("2024-02-29");
    expect(parseBusinessDate("2025-02-29")).toBeNull();
    expect(parseBusinessDate("2026-02-30")).toBeNull();
    expect(parseBusinessDate("2026-13-01")).toBeNull();
    expect(parseBusinessDate("2026-1-01")).toBeNull();
    expect(parseBusinessDate("2026-11-30T00:00:00Z")).toBeNull();
    expect(parseBusinessDate("tomorrow")).toBeNull();
    expect(() => businessDate("2026-02-30")).toThrow(RangeError);
  });
});

describe("canonicalTimeZone", () => {
  it("names IANA zones canonically and refuses unknown zones and fixed offsets", () => {
    expect(canonicalTimeZone("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(canonicalTimeZone("asia/shanghai")).toBe("Asia/Shanghai");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(() => canonicalTimeZone("Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => canonicalTimeZone("+08:00")).toThrow(RangeError);
    expect(() => canonicalTimeZone("")).toThrow(RangeError);
  });
});

describe("addMonths", () => {
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
    expect(addMonths(d(from), months)).toBe(to);
  });

  it("refuses a fractional count", () => {
    expect(() => addMonths(d("2025-01-01"), 1.5)).toThrow(RangeError);
    expect(() => addDays(d("2025-01-01"), 0.5)).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it.each([
    ["2026-11-30", 10, "2026-12-10"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-02-28", 1, "2025-03-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("%s + %i days = %s", (from, days, to) => {
    expect(addDays(d(from), days)).toBe(to);
  });
});

describe("daysBetween", () => {
  it.each([
    ["2025-01-01", "2025-01-01", 0],
    ["2025-01-01", "2025-01-31", 30],
    ["2025-02-01", "2025-03-01", 28],
    ["2024-02-01", "2024-03-01", 29],
    ["2025-01-01", "2026-01-01", 365],
    ["2025-03-01", "2025-02-01", -28],
  ])("%s → %s is %i days", (from, to, days) => {
    expect(daysBetween(d(from), d(to))).toBe(days);
  });

  it("agrees with addDays and with compareBusinessDates", () => {
    const days = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays(d("2000-01-01"), n));
    fc.assert(
      fc.property(days, fc.integer({ min: -5000, max: 5000 }), (from, n) => {
        const to = addDays(from, n);
        expect(daysBetween(from, to)).toBe(n);
        expect(Math.sign(compareBusinessDates(to, from))).toBe(Math.sign(n));
      }),
    );
  });
});

describe("wholeMonthsBetween", () => {
  it.each([
    ["2024-01-15", "2025-01-14", 11],
    ["2024-01-15", "2025-01-15", 12],
    ["2025-01-31", "2025-02-27", 0],
    ["2025-01-31", "2025-02-28", 1],
    ["2025-03-10", "2025-03-01", -1],
  ])("%s → %s is %i months", (from, to, months) => {
    expect(wholeMonthsBetween(d(from), d(to))).toBe(months);
  });

  it("agrees with addMonths", () => {
    const days = fc.integer({ min: 0, max: 36_525 }).map((n) => addDays(d("2000-01-01"), n));
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 600 }), (from, n) => {
        expect(wholeMonthsBetween(from, addMonths(from, n))).toBe(n);
      }),
    );
  });
});

describe("date arithmetic agrees with Temporal", () => {
  // The arithmetic is integer maths on the Gregorian calendar; Temporal is the independent reference.
  const dates = fc
    .record({ year: fc.integer({ min: 1600, max: 2400 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => Temporal.PlainDate.from({ year, month, day }, { overflow: "constrain" }));
  const asBusinessDate = (date: Temporal.PlainDate) => businessDate(date.toString());

  it("for days, months, differences and order", () => {
    fc.assert(
      fc.property(
        dates,
        dates,
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -2400, max: 2400 }),
        (a, b, days, months) => {
          expect(addDays(asBusinessDate(a), days)).toBe(a.add({ days }).toString());
          expect(addMonths(asBusinessDate(a), months)).toBe(a.add({ months }, { overflow: "constrain" }).toString());
          expect(daysBetween(asBusinessDate(a), asBusinessDate(b))).toBe(a.until(b, { largestUnit: "days" }).days);
          expect(compareBusinessDates(asBusinessDate(a), asBusinessDate(b))).toBe(Temporal.PlainDate.compare(a, b));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("validates exactly the days Temporal accepts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          let valid = true;
          try {
            Temporal.PlainDate.from(text);
          } catch {
            valid = false;
          }
          expect(parseBusinessDate(text) !== null).toBe(valid);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses results outside the years 0000–9999 rather than writing them wrongly", () => {
    expect(() => addDays(d("9999-12-31"), 1)).toThrow(RangeError);
    expect(() => addMonths(d("0000-01-01"), -1)).toThrow(RangeError);
  });
});
