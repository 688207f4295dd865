import { describe, expect, it } from "vitest";
import { businessDate } from "./business-calendar";
// The module as a namespace: the test exercises every export, and naming them again would repeat index.ts's list.
import * as months from "./calendar-month";

const month = (text: string) => months.parseCalendarMonth(text) as months.CalendarMonth;

describe("calendar months", () => {
  it("parses only YYYY-MM with a real month", () => {
    expect(months.parseCalendarMonth("2026-12")).toBe("2026-12");
    expect(months.parseCalendarMonth("2026-13")).toBeNull();
    expect(months.parseCalendarMonth("2026-1")).toBeNull();
    expect(months.parseCalendarMonth("2026-12-01")).toBeNull();
    expect(months.parseCalendarMonth(undefined)).toBeNull();
  });

  it("shifts across years and knows each month's last day", () => {
    const dec = month("2026-12");
    expect(months.shiftCalendarMonth(dec, 1)).toBe("2027-01");
    expect(months.shiftCalendarMonth(dec, -12)).toBe("2025-12");
    expect(months.lastDayOf(month("2028-02"))).toBe("2028-02-29");
    expect(months.lastDayOf(month("2027-02"))).toBe("2027-02-28");
    expect(months.firstDayOf(dec)).toBe("2026-12-01");
    expect(months.daysOf(dec)).toHaveLength(31);
    expect(months.daysOf(dec)[30]).toBe("2026-12-31");
    expect(months.calendarMonthOf(businessDate("2027-03-15"))).toBe("2027-03");
  });

  it("numbers weekdays from Monday", () => {
    expect(months.weekdayOf(businessDate("2026-12-01"))).toBe(1); // a Tuesday
    expect(months.weekdayOf(businessDate("2026-12-06"))).toBe(6); // a Sunday
    expect(months.weekdayOf(businessDate("1969-12-29"))).toBe(0); // a Monday before the epoch
  });
});
