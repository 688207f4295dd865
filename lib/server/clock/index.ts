import type { BusinessDate } from "@/lib/domain/dates";
import { businessTimeZoneFrom } from "./business-zone";
import { type Clock, systemClock, today } from "./clock";
import { clockModeFrom, fileClock } from "./test-clock";

export { getBusinessTimeZone } from "./business-zone";
export { type Clock, fixedClock, systemClock, today, wallClockNow } from "./clock";

/** The clock the environment asks for (see test-clock.ts for when a settable one is allowed). */
export function clockFromEnv(env: Record<string, string | undefined>): Clock {
  const zone = businessTimeZoneFrom(env);
  const mode = clockModeFrom(env);
  return mode.kind === "test" ? fileClock(mode.file, zone) : systemClock(zone);
}

let cached: Clock | undefined;

/**
 * The server's clock: the real time in the business zone, or the test clock where explicitly enabled.
 * A refused configuration throws here, on every call, so a misconfigured server answers nothing.
 * Services take `clock: Clock = getClock()` so tests can pass a fixed one.
 */
export function getClock(): Clock {
  cached ??= clockFromEnv(process.env);
  return cached;
}

/** The current instant on the server's clock. */
export function now(): Date {
  return getClock().now();
}

/** Today's business date on the server's clock. */
export function businessToday(): BusinessDate {
  return today(getClock());
}
