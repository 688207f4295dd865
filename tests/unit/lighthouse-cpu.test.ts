import { describe, expect, it } from "vitest";
import { cpuSlowdownFor } from "../../scripts/lighthouse-cpu.mjs";

describe("cpuSlowdownFor (Lighthouse's CPU calibration)", () => {
  it("gives Lighthouse's default 4x to the high-end desktop it assumes", () => {
    expect(cpuSlowdownFor(1533)).toBe(4);
  });

  it("follows the calculator's anchors: 150 → 1x, 800 → 2x, 1300 → 3x, 2000 → 6x", () => {
    expect(cpuSlowdownFor(150)).toBe(1);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(1300)).toBe(3);
    expect(cpuSlowdownFor(2000)).toBe(6);
  });

  it("interpolates in between (this 2-core machine measures about 1125)", () => {
    expect(cpuSlowdownFor(1125)).toBe(2.65);
    expect(cpuSlowdownFor(475)).toBe(1.5);
  });

  it("never goes below 1x, and refuses a missing index", () => {
    expect(cpuSlowdownFor(60)).toBe(1);
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/positive number/);
    expect(() => cpuSlowdownFor(0)).toThrow(/positive number/);
  });
});
