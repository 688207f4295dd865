export {
  addDays,
  addMonths,
  type BusinessDate,
  businessDate,
  businessDateOf,
  canonicalTimeZone,
  compareBusinessDates,
  DEFAULT_BUSINESS_TIME_ZONE,
  daysBetween,
  endOfBusinessDay,
  parseBusinessDate,
  startOfBusinessDay,
  wholeMonthsBetween,
} from "./business-calendar";
export {
  type CalendarMonth,
  calendarMonthOf,
  daysOf,
  firstDayOf,
  lastDayOf,
  parseCalendarMonth,
  shiftCalendarMonth,
  weekdayOf,
} from "./calendar-month";
export { fundraisingDeadlineOf, fundraisingLastDay, scheduleStartDate } from "./loan-dates";
