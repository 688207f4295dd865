import { type CalendarMonth, calendarMonthOf, shiftCalendarMonth } from "@/lib/domain/dates";
import { type Clock, today } from "@/lib/server/clock";

/** How many business months the dashboard's monthly charts show, the current one included. */
export const DASHBOARD_MONTHS = 12;

/** The last `count` business months up to and including the clock's current one, oldest first. */
export function lastBusinessMonths(clock: Clock, count = DASHBOARD_MONTHS): CalendarMonth[] {
  const current = calendarMonthOf(today(clock));
  return Array.from({ length: count }, (_, i) => shiftCalendarMonth(current, i - (count - 1)));
}
