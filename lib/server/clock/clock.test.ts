import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { businessTimeZoneFrom } from "./business-zone";
import { fixedClock, today } from "./clock";
import { describeClock } from "./describe-clock";
import { clockFromEnv } from "./index";
import { clearTestClock, clockModeFrom, parseClockTime, readTestClock, setTestClock, testClockTime } from "./test-clock";

const dirs: string[] = [];
function clockFile() {
  const dir = mkdtempSync(path.join(tmpdir(), "test-clock-"));
  dirs.push(dir);
  return path.join(dir, "clock.json");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("business time zone setting", () => {
  it("defaults to Asia/Shanghai and accepts another IANA zone", () => {
    expect(businessTimeZoneFrom({})).toBe("Asia/Shanghai");
    expect(businessTimeZoneFrom({ BUSINESS_TIME_ZONE: " " })).toBe("Asia/Shanghai");
    expect(businessTimeZoneFrom({ BUSINESS_TIME_ZONE: "Asia/Hong_Kong" })).toBe("Asia/Hong_Kong");
  });

  it("refuses an unknown zone or a fixed offset", () => {
    expect(() => businessTimeZoneFrom({ BUSINESS_TIME_ZONE: "China/Beijing" })).toThrow(RangeError);
    expect(() => businessTimeZoneFrom({ BUSINESS_TIME_ZONE: "+08:00" })).toThrow(RangeError);
  });
});

describe("today", () => {
  it("is the business date of the clock's instant in its zone", () => {
    expect(today(fixedClock("2026-11-29T23:14:00Z", "Asia/Shanghai"))).toBe("2026-11-30");
    expect(today(fixedClock("2026-11-29T23:14:00Z", "UTC"))).toBe("2026-11-29");
  });
});

describe("which clock the environment gets", () => {
  it("is the real clock unless TEST_CLOCK=1, production included", () => {
    expect(clockModeFrom({})).toEqual({ kind: "system" });
    expect(clockModeFrom({ NODE_ENV: "production" })).toEqual({ kind: "system" });
    expect(clockModeFrom({ TEST_CLOCK: "0", NODE_ENV: "production", DEPLOYMENT_ENV: "production" })).toEqual({ kind: "system" });
  });

  it("is the test clock with TEST_CLOCK=1 in development, or in a production build marked test or demo", () => {
    expect(clockModeFrom({ TEST_CLOCK: "1", NODE_ENV: "development", TEST_CLOCK_FILE: "/tmp/c.json" })).toEqual({
      kind: "test",
      file: "/tmp/c.json",
    });
    expect(clockModeFrom({ TEST_CLOCK: "1", NODE_ENV: "production", DEPLOYMENT_ENV: "test" }).kind).toBe("test");
    expect(clockModeFrom({ TEST_CLOCK: "1", NODE_ENV: "production", DEPLOYMENT_ENV: "demo" }).kind).toBe("test");
  });

  it("refuses the test clock in a production deployment, or in a production build not marked otherwise", () => {
    expect(() => clockModeFrom({ TEST_CLOCK: "1", NODE_ENV: "production", DEPLOYMENT_ENV: "production" })).toThrow(/refused/);
    expect(() => clockModeFrom({ TEST_CLOCK: "1", DEPLOYMENT_ENV: "production" })).toThrow(/refused/);
    expect(() => clockModeFrom({ TEST_CLOCK: "1", NODE_ENV: "production", DEPLOYMENT_ENV: "prod" })).toThrow(/refused/);
    expect(() => clockModeFrom({ TEST_CLOCK: "1", NODE_ENV: "production" })).toThrow(/DEPLOYMENT_ENV/);
    expect(() => clockModeFrom({ TEST_CLOCK: "true" })).toThrow(/TEST_CLOCK/);
    expect(() => clockFromEnv({ TEST_CLOCK: "1", NODE_ENV: "production", DEPLOYMENT_ENV: "production" })).toThrow(/refused/);
  });
});

describe("the test clock", () => {
  it("follows the real time without a file, and the file's time once set", () => {
    const file = clockFile();
    const clock = clockFromEnv({ TEST_CLOCK: "1", NODE_ENV: "test", TEST_CLOCK_FILE: file, BUSINESS_TIME_ZONE: "Asia/Shanghai" });
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(5_000);
    setTestClock(file, new Date("2026-11-29T23:14:00Z"), { frozen: true });
    expect(clock.now().toISOString()).toBe("2026-11-29T23:14:00.000Z");
    expect(today(clock)).toBe("2026-11-30");
    expect(readTestClock(file)?.toISOString()).toBe("2026-11-29T23:14:00.000Z");
    clearTestClock(file);
    expect(readTestClock(file)).toBeNull();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it("runs on from the time set unless frozen", () => {
    const state = { time: "2026-11-29T23:14:00.000Z", setAt: "2026-01-01T00:00:00.000Z", frozen: false };
    expect(testClockTime(state, new Date("2026-01-01T00:01:00Z")).toISOString()).toBe("2026-11-29T23:15:00.000Z");
    expect(testClockTime({ ...state, frozen: true }, new Date("2026-01-01T00:01:00Z")).toISOString()).toBe("2026-11-29T23:14:00.000Z");
  });

  it("refuses a malformed file rather than guessing", () => {
    const file = clockFile();
    writeFileSync(file, JSON.stringify({ time: "soon", setAt: "now", frozen: true }));
    expect(() => readTestClock(file)).toThrow(/malformed/);
  });

  it("takes instants with an offset, or wall-clock times in the business zone", () => {
    expect(parseClockTime("2026-11-29T23:14:00Z", "Asia/Shanghai").toISOString()).toBe("2026-11-29T23:14:00.000Z");
    expect(parseClockTime("2026-11-30T07:14+08:00", "Asia/Shanghai").toISOString()).toBe("2026-11-29T23:14:00.000Z");
    expect(parseClockTime("2026-11-30T07:14", "Asia/Shanghai").toISOString()).toBe("2026-11-29T23:14:00.000Z");
    expect(parseClockTime("2026-11-30", "Asia/Shanghai").toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(() => parseClockTime("next tuesday", "Asia/Shanghai")).toThrow(RangeError);
  });
});

describe("the start-up line", () => {
  it("says which clock and zone are active, and refuses a forbidden configuration", () => {
    expect(describeClock({ NODE_ENV: "production" })).toBe("Clock: system time. Business time zone: Asia/Shanghai.");
    expect(describeClock({ TEST_CLOCK: "1", DEPLOYMENT_ENV: "test", TEST_CLOCK_FILE: "/tmp/c.json" })).toMatch(
      /^Clock: TEST clock from \/tmp\/c\.json/,
    );
    expect(() => describeClock({ TEST_CLOCK: "1", NODE_ENV: "production", DEPLOYMENT_ENV: "production" })).toThrow(/refused/);
    expect(() => describeClock({ BUSINESS_TIME_ZONE: "Moon/Tranquility" })).toThrow(RangeError);
  });
});
