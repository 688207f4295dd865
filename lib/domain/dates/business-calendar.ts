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
 * Arithmetic and zone conversions use Temporal (the `temporal-polyfill` package): IANA zone data, no
 * hand-written offsets, daylight-saving transitions handled where a zone has them.
 */

declare const businessDateBrand: unique symbol;

/** A calendar date in the business zone, as "YYYY-MM-DD". Build one with `businessDate` or `businessDateOf`. */
export type BusinessDate = string & { readonly [businessDateBrand]: true };

/** The platform's default business time zone: China has one zone and no daylight-saving time. */
export const DEFAULT_BUSINESS_TIME_ZONE = "Asia/Shanghai";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function plain(date: BusinessDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(date);
}

function fromPlain(date: Temporal.PlainDate): BusinessDate {
  return date.toString() as BusinessDate;
}

function assertValidInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError("Invalid instant");
}

/** "2026-02-28" → that BusinessDate; anything else (other shapes, 2026-02-30) → null. For untrusted input. */
export function parseBusinessDate(text: string): BusinessDate | null {
  if (typeof text !== "string" || !ISO_DAY.test(text)) return null;
  try {
    // ISO strings are always parsed strictly: an impossible day throws rather than being clamped.
    return fromPlain(Temporal.PlainDate.from(text));
  } catch {
    return null;
  }
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
  return new Date(plain(date).toZonedDateTime({ timeZone: zone }).epochMilliseconds);
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
  return fromPlain(plain(date).add({ days }));
}

/**
 * Same day of the month `months` later, clamped to the month's last day: Jan 31 + 1 month = Feb 28 (29).
 * Always count from the original date (start + n), never chain (+1 +1), or Jan 31 would drift to Mar 28.
 */
export function addMonths(date: BusinessDate, months: number): BusinessDate {
  if (!Number.isSafeInteger(months)) throw new RangeError(`Months must be an integer, got ${months}`);
  return fromPlain(plain(date).add({ months }, { overflow: "constrain" }));
}

/** Negative when `a` is earlier than `b`, 0 on the same day, positive when later. */
export function compareBusinessDates(a: BusinessDate, b: BusinessDate): number {
  return Temporal.PlainDate.compare(plain(a), plain(b));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return plain(from).until(plain(to), { largestUnit: "days" }).days;
}

/**
 * Completed months from `from` to `to`: Jan 31 → Feb 28 counts as one month, as addMonths agrees
 * (Temporal's own `until` would say 28 days, so the count is checked against addMonths instead).
 */
export function wholeMonthsBetween(from: BusinessDate, to: BusinessDate): number {
  const start = plain(from);
  const end = plain(to);
  let months = (end.year - start.year) * 12 + (end.month - start.month);
  // The estimate can be one too high when the day of the month has not been reached yet.
  if (compareBusinessDates(addMonths(from, months), to) > 0) months -= 1;
  return months;
}
