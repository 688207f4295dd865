import { Temporal } from "temporal-polyfill";

/**
 * The business calendar (营业日): every date rule of the platform (start of interest, due dates, fundraising
 * deadline, days overdue, penalty days, "today" in forms) works on calendar dates in the platform's
 * business time zone, never on the UTC day nor on the server's or the browser's zone.
 *
 * Representation: a calendar date is a `BusinessDate`, an ISO 8601 "YYYY-MM-DD" string (branded, so an
 * instant or an arbitrary string cannot be passed where a date is meant). It carries no time and no zone:
 * it means the same day wherever it is read, serialises as is between server and browser, and compares as
 * text. Instants stay `Date`s. The only ways between the two are `businessDateOf` (instant → date) and
 * `startOfBusinessDay` / `endOfBusinessDay` (date → instant), which take the zone explicitly: this module
 * is pure, the server reads the zone once from its settings and passes it in.
 *
 * Every conversion between an instant and a date uses Temporal (the `temporal-polyfill` package): IANA
 * zone data, no hand-written offsets, daylight-saving transitions handled where a zone has them.
 * Arithmetic on dates alone (add days or months, count days) involves no zone and no instant: it is
 * integer arithmetic on the proleptic Gregorian calendar, ten times faster than the polyfill (schedules
 * are built often), and property tests check it against Temporal over four centuries.
 */

declare const businessDateBrand: unique symbol;

/** A calendar date in the business zone, as "YYYY-MM-DD". Build one with `businessDate` or `businessDateOf`. */
export type BusinessDate = string & { readonly [businessDateBrand]: true };

/** The platform's default business time zone: China has one zone and no daylight-saving time. */
export const DEFAULT_BUSINESS_TIME_ZONE = "Asia/Shanghai";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function fromPlain(date: Temporal.PlainDate): BusinessDate {
  return date.toString() as BusinessDate;
}

/** Year, month (1–12) and day of a valid BusinessDate. */
function fieldsOf(date: BusinessDate): [number, number, number] {
  if (parseBusinessDate(date) === null) throw new RangeError(`Not a calendar date "YYYY-MM-DD": ${JSON.stringify(date)}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function fromFields(year: number, month: number, day: number): BusinessDate {
  if (year < 0 || year > 9999) throw new RangeError(`Year ${year} is outside 0000–9999`);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as BusinessDate;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Days since 1970-01-01 of a civil date and back (H. Hinnant, "chrono-compatible low-level date
// algorithms"): eras of 400 years, years starting in March so the leap day comes last.
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(days: number): BusinessDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return fromFields(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

function assertValidInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError("Invalid instant");
}

/** "2026-02-28" → that BusinessDate; anything else (other shapes, 2026-02-30) → null. For untrusted input. */
export function parseBusinessDate(text: string): BusinessDate | null {
  if (typeof text !== "string" || !ISO_DAY.test(text)) return null;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return text as BusinessDate;
}

/** A BusinessDate from a literal known to be valid (code, tests, stored values); throws RangeError otherwise. */
export function businessDate(text: string): BusinessDate {
  const date = parseBusinessDate(text);
  if (date === null) throw new RangeError(`Not a calendar date "YYYY-MM-DD": ${JSON.stringify(text)}`);
  return date;
}

/**
 * The canonical id of an IANA time zone ("asia/shanghai" → "Asia/Shanghai"). Throws RangeError for an
 * unknown zone and for fixed offsets ("+08:00"): the business zone must be a named zone, so its rules
 * (and any future change to them) come from the zone database, not from a number someone typed.
 */
export function canonicalTimeZone(zone: string): string {
  if (typeof zone !== "string" || zone.trim() === "" || /^[+-]/.test(zone.trim())) {
    throw new RangeError(`Not an IANA time zone: ${JSON.stringify(zone)}`);
  }
  try {
    return Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone.trim()).timeZoneId;
  } catch {
    throw new RangeError(`Unknown time zone: ${JSON.stringify(zone)}`);
  }
}

/** The calendar date that `instant` falls on in `zone`: 2026-11-29T23:14Z in Asia/Shanghai → "2026-11-30". */
export function businessDateOf(instant: Date, zone: string): BusinessDate {
  assertValidInstant(instant);
  return fromPlain(Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(zone).toPlainDate());
}

/** The first instant of `date` in `zone` (its midnight, or the first existing time where a DST gap swallows midnight). */
export function startOfBusinessDay(date: BusinessDate, zone: string): Date {
  const [year, month, day] = fieldsOf(date);
  return new Date(new Temporal.PlainDate(year, month, day).toZonedDateTime({ timeZone: zone }).epochMilliseconds);
}

/**
 * The end of `date` in `zone`, exclusive: the first instant of the next day. An instant t lies within the
 * day exactly when startOfBusinessDay(date) <= t < endOfBusinessDay(date); a deadline stored this way has
 * passed when now >= deadline.
 */
export function endOfBusinessDay(date: BusinessDate, zone: string): Date {
  return startOfBusinessDay(addDays(date, 1), zone);
}

/** `days` calendar days later (earlier when negative). */
export function addDays(date: BusinessDate, days: number): BusinessDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Days must be an integer, got ${days}`);
  return fromDayNumber(dayNumber(...fieldsOf(date)) + days);
}

/**
 * Same day of the month `months` later, clamped to the month's last day: Jan 31 + 1 month = Feb 28 (29).
 * Always count from the original date (start + n), never chain (+1 +1), or Jan 31 would drift to Mar 28.
 */
export function addMonths(date: BusinessDate, months: number): BusinessDate {
  if (!Number.isSafeInteger(months)) throw new RangeError(`Months must be an integer, got ${months}`);
  const [year, month, day] = fieldsOf(date);
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = total - newYear * 12 + 1;
  return fromFields(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Negative when `a` is earlier than `b`, 0 on the same day, positive when later. */
export function compareBusinessDates(a: BusinessDate, b: BusinessDate): number {
  return Math.sign(daysBetween(b, a));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return dayNumber(...fieldsOf(to)) - dayNumber(...fieldsOf(from));
}

/**
 * Completed months from `from` to `to`: Jan 31 → Feb 28 counts as one month, as addMonths agrees
 * (Temporal's own `until` would say 28 days).
 */
export function wholeMonthsBetween(from: BusinessDate, to: BusinessDate): number {
  const [fromYear, fromMonth] = fieldsOf(from);
  const [toYear, toMonth] = fieldsOf(to);
  let months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  // The estimate can be one too high when the day of the month has not been reached yet.
  if (compareBusinessDates(addMonths(from, months), to) > 0) months -= 1;
  return months;
}
