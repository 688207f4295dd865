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

/** A message made only of text and `{name}` placeholders: no plural, select, number format, tag or escape. */
const PLAIN_TEMPLATE = /^(?:[^{}'<>#]|\{\w+\})*$/;

/**
 * A countdown message (`loans.countdown.days` or `.hours`) filled with `left`'s figures. A plain template (the
 * Chinese ones: `{days} 天 {hours} 小时`) is filled here; any other (the English plurals) goes through next-intl's
 * ICU formatting (`format`). Why: an IntlMessageFormat's first use resolves the locale with Intl (~30 ms here,
 * several times that on a phone), inside the cached pages' hydration task, for figures shown as plain digits.
 */
export function formatCountdown(
  template: string,
  left: Exclude<Countdown, { kind: "ended" }>,
  format: (values: Record<string, number>) => string,
): string {
  const { kind: _, ...values } = left;
  if (!PLAIN_TEMPLATE.test(template)) return format(values);
  const figures: Record<string, number> = values;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in figures ? String(figures[name]) : placeholder));
}
