import { addDays, type BusinessDate, businessDateOf, endOfBusinessDay } from "./business-calendar";

/**
 * The day a published project's schedule counts from: the business date of its publication (a project
 * published at 2026-11-30 07:14 China time, 2026-11-29T23:14Z, starts on 2026-11-30 and falls due on the
 * 30th). Once payouts exist, the start of interest is the business date of the payout, by the same rule.
 */
export function scheduleStartDate(publishedAt: Date, zone: string): BusinessDate {
  return businessDateOf(publishedAt, zone);
}

/** The last business date investors can subscribe: the publication date + `fundraisingDays`. */
export function fundraisingLastDay(publishedAt: Date, fundraisingDays: number, zone: string): BusinessDate {
  if (!Number.isSafeInteger(fundraisingDays) || fundraisingDays < 1) throw new RangeError("fundraisingDays must be a positive integer");
  return addDays(businessDateOf(publishedAt, zone), fundraisingDays);
}

/**
 * When fundraising closes (募集截止): the end of the business day `fundraisingDays` after the publication
 * date, in the business zone, as an exclusive instant (the first instant of the following day; the
 * project expires when now >= deadline). Published 2026-11-30 07:14 China time for 10 days: open through
 * 2026-12-10, closing at 2026-12-11 00:00 China time. Investors thus always get at least
 * `fundraisingDays` × 24 hours, and every project closes at a day boundary that reads the same for all.
 */
export function fundraisingDeadlineOf(publishedAt: Date, fundraisingDays: number, zone: string): Date {
  return endOfBusinessDay(fundraisingLastDay(publishedAt, fundraisingDays, zone), zone);
}
