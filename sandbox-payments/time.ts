/**
 * The sandbox is a third party: it reads the machine's time (not the platform's business clock) and shows
 * times in China Standard Time (+08:00, no daylight saving), as a domestic payment platform does.
 */

const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** 1764547200000 → "2025-12-01T08:00:00.000+08:00". */
export function isoCst(epochMs: number): string {
  return new Date(epochMs + CST_OFFSET_MS).toISOString().replace("Z", "+08:00");
}

/** The calendar date in China of an instant, as "YYYYMMDD" (serials). */
export function cstDateDigits(epochMs: number): string {
  return isoCst(epochMs).slice(0, 10).replaceAll("-", "");
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A statement bound: a date "YYYY-MM-DD" (a day in China; `to` includes the whole day) or an ISO instant
 * with offset. Returns epoch ms (`from` inclusive, `to` exclusive), or null when unreadable.
 */
export function parseBound(value: string, edge: "from" | "to"): number | null {
  const date = DATE_ONLY.exec(value);
  if (date) {
    const start = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) - CST_OFFSET_MS;
    if (Number.isNaN(start) || isoCst(start).slice(0, 10) !== value) return null;
    return edge === "from" ? start : start + 24 * 60 * 60 * 1000;
  }
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? null : instant;
}
