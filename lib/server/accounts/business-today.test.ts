import { describe, expect, it } from "vitest";
import { businessToday } from "./business-today";

describe("businessToday (Asia/Shanghai, UTC+8, no daylight saving)", () => {
  it("is already the next day in China before midnight UTC", () => {
    expect(businessToday(new Date("2026-11-29T16:00:00Z"))).toBe("2026-11-30"); // 00:00 in Shanghai
    expect(businessToday(new Date("2026-11-29T23:14:00Z"))).toBe("2026-11-30"); // 07:14 in Shanghai
  });
  it("is still the previous day one minute before midnight China time", () => {
    expect(businessToday(new Date("2026-11-29T15:59:00Z"))).toBe("2026-11-29"); // 23:59 in Shanghai
  });
  it("a birthday turns on the China date: 18 at 00:01 China time on the birthday", () => {
    expect(businessToday(new Date("2026-11-29T16:01:00Z"))).toBe("2026-11-30");
  });
});
