// The CPU slowdown that makes this machine a mid-tier phone for Lighthouse's simulated throttling.
//
// Lighthouse's default 4x slowdown assumes a high-end desktop host (benchmarkIndex 1500-2000); its
// documentation says to calibrate it on other machines (docs/throttling.md, "Calibrating the CPU slowdown",
// GoogleChrome/lighthouse), with the mapping of the calculator it links
// (patrickhulce/lighthouse-cpu-throttling-calculator): linear between 150 -> 1x, 800 -> 2x, 1300 -> 3x, and
// +1x per 233 above 1300 (1533 -> 4x, the default). A 2-core shared VM measures 1000-1200, where 4x would
// emulate a phone about twice as slow as the mid-tier one the mobile score is defined for.

/**
 * @param {number} benchmarkIndex Lighthouse's `environment.benchmarkIndex` of a run on this machine
 * @returns {number} the cpuSlowdownMultiplier, rounded to 0.01 (at least 1)
 */
export function cpuSlowdownFor(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0)
    throw new Error(`benchmarkIndex must be a positive number, got ${benchmarkIndex}`);
  let multiplier;
  if (benchmarkIndex >= 1300) multiplier = 3 + (benchmarkIndex - 1300) / 233;
  else if (benchmarkIndex >= 800) multiplier = 2 + (benchmarkIndex - 800) / 500;
  else multiplier = 1 + (benchmarkIndex - 150) / 650;
  return Math.max(1, Math.round(multiplier * 100) / 100);
}
