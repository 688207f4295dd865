import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessDateOf, startOfBusinessDay } from "./business-calendar";
import { fundraisingDeadlineOf, fundraisingLastDay, scheduleStartDate } from "./loan-dates";

const SHANGHAI = "Asia/Shanghai";

describe("scheduleStartDate", () => {
  it.each([
    // Published 2026-11-30 07:14 China time: interest counts from 11-30, not from the UTC day 11-29.
    ["2026-11-29T23:14:00Z", "2026-11-30"],
    // 23:59 and 00:01 China time, either side of midnight.
    ["2026-11-30T15:59:00Z", "2026-11-30"],
    ["2026-11-30T16:01:00Z", "2026-12-01"],
    // Published 2026-11-28 08:00 China time (00:00Z): no longer the 27th.
    ["2026-11-28T00:00:00Z", "2026-11-28"],
  ])("published at %s starts on %s", (publishedAt, date) => {
    expect(scheduleStartDate(new Date(publishedAt), SHANGHAI)).toBe(date);
  });
});

describe("fundraisingDeadlineOf", () => {
  it("closes at the end of the business day fundraisingDays after publication", () => {
    // Published 2026-11-30 07:14 China time for 10 days: open through 12-10, closing at 12-11 00:00 China time.
    expect(fundraisingLastDay(new Date("2026-11-29T23:14:00Z"), 10, SHANGHAI)).toBe("2026-12-10");
    expect(fundraisingDeadlineOf(new Date("2026-11-29T23:14:00Z"), 10, SHANGHAI).toISOString()).toBe("2026-12-10T16:00:00.000Z");
    // Published at 23:59 and at 00:01 China time: the day of publication decides, not the UTC day.
    expect(fundraisingDeadlineOf(new Date("2026-11-30T15:59:00Z"), 1, SHANGHAI).toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(fundraisingDeadlineOf(new Date("2026-11-30T16:01:00Z"), 1, SHANGHAI).toISOString()).toBe("2026-12-02T16:00:00.000Z");
  });

  it("gives at least fundraisingDays × 24 hours and at most one day more, ending at a business midnight", () => {
    const instants = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true });
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 60 }), (publishedAt, days) => {
        const deadline = fundraisingDeadlineOf(publishedAt, days, SHANGHAI);
        const open = deadline.getTime() - publishedAt.getTime();
        expect(open).toBeGreaterThan(days * 86_400_000);
        expect(open).toBeLessThanOrEqual((days + 1) * 86_400_000);
        expect(startOfBusinessDay(businessDateOf(deadline, SHANGHAI), SHANGHAI).getTime()).toBe(deadline.getTime());
      }),
    );
  });

  it("refuses a non-positive or fractional number of days", () => {
    expect(() => fundraisingDeadlineOf(new Date(), 0, SHANGHAI)).toThrow(RangeError);
    expect(() => fundraisingDeadlineOf(new Date(), 1.5, SHANGHAI)).toThrow(RangeError);
  });
});
