/** Time left until a deadline, in the units the listing shows: "3 天 5 小时", or "5 小时 12 分钟" on the last day. */
export type Countdown =
  | { kind: "ended" }
  | { kind: "days"; days: number; hours: number }
  | { kind: "hours"; hours: number; minutes: number };

const MINUTE = 60_000;

export function countdownTo(deadline: Date, now: Date): Countdown {
  const ms = deadline.getTime() - now.getTime();
  if (!Number.isFinite(ms) || ms <= 0) return { kind: "ended" };
  const totalMinutes = Math.floor(ms / MINUTE);
  const days = Math.floor(totalMinutes / (24 * 60));
  if (days >= 1) return { kind: "days", days, hours: Math.floor((totalMinutes % (24 * 60)) / 60) };
  // On the last day, round the minutes up so "0 minutes" is never shown while it is still open.
  const minutesLeft = Math.ceil(ms / MINUTE);
  return { kind: "hours", hours: Math.floor(minutesLeft / 60), minutes: minutesLeft % 60 };
}
