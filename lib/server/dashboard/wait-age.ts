/** How long an item has waited, in the one unit the dashboard says it in. */
export interface WaitAge {
  unit: "minutes" | "hours" | "days";
  /** Whole units, rounded down (never negative: a clock behind the item reads 0 minutes). */
  value: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The age of a queue's oldest item at `now` (the clock's instant), as a person says it: minutes under an hour,
 * hours under a day, days after ("oldest: 3 days", "2 hours"). Pure: both instants are arguments.
 */
export function waitAge(since: Date, now: Date): WaitAge {
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms < HOUR) return { unit: "minutes", value: Math.floor(ms / MINUTE) };
  if (ms < DAY) return { unit: "hours", value: Math.floor(ms / HOUR) };
  return { unit: "days", value: Math.floor(ms / DAY) };
}
