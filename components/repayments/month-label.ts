import type { CalendarMonth } from "@/lib/domain/dates";

/**
 * A calendar month in words ("December 2026", "2026年12月"). The month is a business month with no zone; it is
 * formatted as a UTC date so that no time zone can shift it into the month before.
 */
export function monthLabel(month: CalendarMonth, locale: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(Date.UTC(year, number - 1, 1));
}
