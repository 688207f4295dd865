/** A calendar date with no time of day or zone, e.g. a birth date or the business date "today". */
export interface PlainDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the three numbers name a day of the proleptic Gregorian calendar (no 30 February). */
export function isRealDate(date: PlainDate): boolean {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isInteger)) return false;
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Negative when a is before b, 0 on the same day, positive after. */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Completed years of age on `today` for someone born on `birth`: the age goes up on the birthday itself,
 * and for a 29 February birthday on 1 March of common years (the birthday has not come on 28 February).
 */
export function ageOn(birth: PlainDate, today: PlainDate): number {
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

/** "2026-11-30" (a business date) → {year: 2026, month: 11, day: 30}; throws RangeError for anything else. */
export function fromIsoDate(text: string): PlainDate {
  const date = { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
  if (text.length !== 10 || text[4] !== "-" || text[7] !== "-" || !isRealDate(date)) throw new RangeError(`Not a date: ${text}`);
  return date;
}
