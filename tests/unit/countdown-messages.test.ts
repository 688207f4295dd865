import { describe, expect, it } from "vitest";
import { type Countdown, countdownTo, formatCountdown } from "@/components/loans/countdown";

// DeadlineCountdown fills a plain `{name}` template itself and leaves anything else to ICU (components/loans/countdown.ts).
const now = new Date("2026-11-30T00:00:00Z");
const threeDays = countdownTo(new Date("2026-12-03T05:30:00Z"), now) as Exclude<Countdown, { kind: "ended" }>;
const lastDay = countdownTo(new Date("2026-11-30T05:29:30Z"), now) as Exclude<Countdown, { kind: "ended" }>;
const icu = (values: Record<string, number>) => `ICU ${JSON.stringify(values)}`;

describe("formatCountdown", () => {
  it("fills a plain template with the figures", () => {
    expect(formatCountdown("{days}\u00a0天 {hours}\u00a0小时", threeDays, icu)).toBe("3\u00a0天 5\u00a0小时");
    expect(formatCountdown("{hours} 小时 {minutes} 分钟", lastDay, icu)).toBe("5 小时 30 分钟");
    expect(formatCountdown("{days} d {unknown}", threeDays, icu)).toBe("3 d {unknown}");
  });

  it("leaves plurals, selects, escapes and tags to ICU, with the figures only", () => {
    for (const template of ["{days, plural, one {# day} other {# days}}", "'{days}'", "<b>{days}</b>", "{days, number}"]) {
      expect(formatCountdown(template, threeDays, icu), template).toBe('ICU {"days":3,"hours":5}');
    }
  });
});
