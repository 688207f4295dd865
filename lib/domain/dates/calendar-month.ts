import { addDays, addMonths, type BusinessDate, businessDate, daysBetween } from "./business-calendar";

declare const calendarMonthBrand: unique symbol;

/** A calendar month of business dates, "YYYY-MM" (the repayment calendar's page). */
export type CalendarMonth = string & { readonly [calendarMonthBrand]: true };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2026-12" → that month; anything else (a query string typed by hand) → null. */
export function parseCalendarMonth(text: string | undefined | null): CalendarMonth | null {
  return typeof text === "string" && MONTH.test(text) ? (text as CalendarMonth) : null;
}

/** The month a business date falls in. */
export function calendarMonthOf(date: BusinessDate): CalendarMonth {
  return date.slice(0, 7) as CalendarMonth;
}

/** The month `months` later (earlier when negative). */
export function shiftCalendarMonth(month: CalendarMonth, months: number): CalendarMonth {
  return calendarMonthOf(addMonths(firstDayOf(month), months));
}

export function firstDayOf(month: CalendarMonth): BusinessDate {
  return businessDate(`${month}-01`);
}

export function lastDayOf(month: CalendarMonth): BusinessDate {
  return addDays(addMonths(firstDayOf(month), 1), -1);
}

/** Every date of the month, in order. */
export function daysOf(month: CalendarMonth): BusinessDate[] {
  const first = firstDayOf(month);
  const count = daysBetween(first, lastDayOf(month)) + 1;
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/** 0 for Monday … 6 for Sunday (weeks start on Monday in China). 1970-01-01 was a Thursday. */
export function weekdayOf(date: BusinessDate): number {
  return (((daysBetween(businessDate("1970-01-01"), date) + 3) % 7) + 7) % 7;
}
