/**
 * Calendar arithmetic on UTC calendar days. Due dates are dates, not instants: working in UTC keeps a
 * schedule identical whichever time zone the server runs in. Results are at 00:00 UTC.
 */

const MS_PER_DAY = 86_400_000;

function assertValidDate(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
}

function daysInMonthUtc(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** The UTC calendar day of `date`, at 00:00 UTC. */
export function startOfDayUtc(date: Date): Date {
  assertValidDate(date);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * Same day of the month `months` later, clamped to the month's last day: Jan 31 + 1 month = Feb 28 (29).
 * Always count from the original date (start + n), never chain (+1 +1), or Jan 31 would drift to Mar 28.
 */
export function addMonthsUtc(date: Date, months: number): Date {
  assertValidDate(date);
  if (!Number.isSafeInteger(months)) throw new RangeError(`Months must be an integer, got ${months}`);
  const totalMonths = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(totalMonths / 12);
  const monthIndex = totalMonths - year * 12;
  const day = Math.min(date.getUTCDate(), daysInMonthUtc(year, monthIndex));
  return new Date(Date.UTC(year, monthIndex, day));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); times of day are ignored. */
export function daysBetweenUtc(from: Date, to: Date): number {
  return Math.round((startOfDayUtc(to).getTime() - startOfDayUtc(from).getTime()) / MS_PER_DAY);
}

/** Completed months from `from` to `to`: Jan 31 → Feb 28 counts as one month, as addMonthsUtc agrees. */
export function wholeMonthsBetweenUtc(from: Date, to: Date): number {
  const start = startOfDayUtc(from);
  const end = startOfDayUtc(to);
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth());
  // The estimate can be one too high when the day of the month has not been reached yet.
  if (addMonthsUtc(start, months).getTime() > end.getTime()) months -= 1;
  return months;
}
