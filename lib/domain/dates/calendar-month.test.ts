import { describe, expect, it } from "vitest";
import { businessDate } from "./business-calendar";
import {
  type CalendarMonth,
  calendarMonthOf,
  daysOf,
  firstDayOf,
  lastDayOf,
  parseCalendarMonth,
  shiftCalendarMonth,
  weekdayOf,
} from "./calendar-month";

const month = (text: string) => parseCalendarMonth(text) as CalendarMonth;

describe("calendar months", () => {
  it("parses only YYYY-MM with a real month", () => {
    expect(parseCalendarMonth("2026-12")).toBe("2026-12");
    expect(parseCalendarMonth("2026-13")).toBeNull();
    expect(parseCalendarMonth("2026-1")).toBeNull();
    expect(parseCalendarMonth("2026-12-01")).toBeNull();
    expect(parseCalendarMonth(undefined)).toBeNull();
  });

  it("shifts across years and knows each month's last day", () => {
    const dec = month("2026-12");
    expect(shiftCalendarMonth(dec, 1)).toBe("2027-01");
    expect(shiftCalendarMonth(dec, -12)).toBe("2025-12");
    expect(lastDayOf(month("2028-02"))).toBe("2028-02-29");
    expect(lastDayOf(month("2027-02"))).toBe("2027-02-28");
    expect(firstDayOf(dec)).toBe("2026-12-01");
    expect(daysOf(dec)).toHaveLength(31);
    expect(daysOf(dec)[30]).toBe("2026-12-31");
    expect(calendarMonthOf(businessDate("2027-03-15"))).toBe("2027-03");
  });

  it("numbers weekdays from Monday", () => {
    expect(weekdayOf(businessDate("2026-12-01"))).toBe(1); // a Tuesday
    expect(weekdayOf(businessDate("2026-12-06"))).toBe(6); // a Sunday
    expect(weekdayOf(businessDate("1969-12-29"))).toBe(0); // a Monday before the epoch
  });
});
