import { Temporal } from "temporal-polyfill";

// MERGE(calendar): once lib/domain/dates (business calendar) and the injectable server clock land, replace
// this helper with `businessDateOf(clock.now(), <business time zone setting>)` and delete this file.
const BUSINESS_TIME_ZONE = "Asia/Shanghai";

/**
 * Today's business date, "YYYY-MM-DD" in Asia/Shanghai: the day on which a resident ID holder's age is
 * judged. The only place identity checks read the time.
 */
export function businessToday(now: Date = new Date()): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(BUSINESS_TIME_ZONE).toPlainDate().toString();
}
