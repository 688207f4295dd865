import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BackoffPolicy, currentFailures, delayAfter, retryAt } from "./backoff";

const POLICY: BackoffPolicy = { freeAttempts: 5, baseDelayMs: 30_000, maxDelayMs: 900_000, resetAfterMs: 86_400_000 };
const t0 = new Date("2026-11-30T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("growing delays", () => {
  it("free attempts have no delay; then 30 s doubling up to the cap", () => {
    expect([0, 4, 5, 6, 7, 8, 9, 10, 11, 1000].map((f) => delayAfter(f, POLICY))).toEqual([
      0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000,
    ]);
  });

  it("the next attempt is allowed once the delay after the last attempt has passed", () => {
    const state = { failures: 6, lastAttemptAt: t0 };
    expect(retryAt(state, POLICY, at(59_999))).toEqual(at(60_000));
    expect(retryAt(state, POLICY, at(60_000))).toBeNull();
    expect(retryAt({ failures: 4, lastAttemptAt: t0 }, POLICY, t0)).toBeNull();
  });

  it("a counter quiet for the reset period is forgotten", () => {
    const state = { failures: 50, lastAttemptAt: t0 };
    expect(currentFailures(state, POLICY, at(86_399_999))).toBe(50);
    expect(currentFailures(state, POLICY, at(86_400_000))).toBe(0);
    expect(currentFailures({ failures: 3, lastAttemptAt: null }, POLICY, t0)).toBe(0);
  });

  it("delays never shrink as failures grow, and never exceed the cap", () => {
    fc.assert(
      fc.property(fc.nat(10_000), (failures) => {
        const delay = delayAfter(failures, POLICY);
        expect(delay).toBeLessThanOrEqual(POLICY.maxDelayMs);
        expect(delayAfter(failures + 1, POLICY)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });
});
