import { type BusinessDate, businessDateOf } from "@/lib/domain/dates";

/**
 * Where the server's "now" comes from. Every service, page and job asks a Clock, never `new Date()`, so
 * tests and the demo can set the time (test-clock.ts) and every date rule sees the same instant and the
 * same business zone.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** The business time zone (IANA id) every calendar date of the platform is counted in. */
  readonly zone: string;
}

/** The machine's own time. */
export function systemClock(zone: string): Clock {
  return { zone, now: () => new Date() };
}

/** Always the same instant: for tests and one-off computations. */
export function fixedClock(instant: Date | string, zone: string): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return { zone, now: () => new Date(at) };
}

/** Today's business date on this clock: 2026-11-29T23:14Z is 2026-11-30 in Asia/Shanghai. */
export function today(clock: Clock): BusinessDate {
  return businessDateOf(clock.now(), clock.zone);
}

/**
 * The machine's real time, whatever clock the server runs on. Only for protocols whose other party keeps real
 * time — TOTP codes come from the staff member's phone — never for business rules, which ask getClock().
 */
export function wallClockNow(): Date {
  return new Date();
}
