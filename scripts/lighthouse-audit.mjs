// Runs Lighthouse audits in one Node process for scripts/lighthouse.ts, which prepares the server and browser.
// Plain JavaScript run by node, not tsx: esbuild's name-keeping helper (__name) would end up in the functions
// Lighthouse evaluates inside the page, where it does not exist. One process instead of one CLI per page saves
// loading Lighthouse ten times.
// stdin: { port, jobs: [{ url, formFactor: "mobile" | "desktop", cookie?, categories: string[], runs? }] } (a job
// with "performance" audits that category alone, throttled, `runs` times, and answers the median run)
// stdout: one line of JSON per job, in order, as each finishes: its Lighthouse result (lhr).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import * as constants from "lighthouse/core/config/constants.js";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { cpuSlowdownFor } from "./lighthouse-cpu.mjs";

const input = JSON.parse(await new Response(process.stdin).text());
const SCREENS = {
  mobile: { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false },
  desktop: { mobile: false, width: 1366, height: 768, deviceScaleFactor: 1, disabled: false },
};

const flagsOf = (job, settings) => ({
  port: input.port,
  output: "json",
  logLevel: "error",
  onlyCategories: job.categories,
  formFactor: job.formFactor,
  screenEmulation: SCREENS[job.formFactor],
  // Left out rather than undefined: audit mode compares these settings with the saved ones, which JSON dropped it from.
  ...(job.cookie ? { extraHeaders: { Cookie: job.cookie } } : {}),
  ...settings,
});

const audit = async (job, settings) => {
  const result = await lighthouse(job.url, flagsOf(job, settings));
  if (!result) throw new Error(`Lighthouse returned nothing for ${job.url}`);
  return result.lhr;
};

/**
 * The performance runs, their CPU slowdown calibrated (scripts/lighthouse-cpu.mjs) from the benchmark that
 * Lighthouse runs at the start of each run: every run of every page is gathered first, then all are audited with
 * the slowdown of the median benchmark reading. With simulated throttling the page loads unthrottled and the
 * slowdown only scales the recorded tasks afterwards, so it can be chosen after gathering (Lighthouse's gather and
 * audit modes; the multiplier is written into the gathered settings, which audit mode requires to match). On this
 * shared machine one reading moves by up to 50 % from one minute to the next: a separate probe, or each run's own
 * reading, made whole pages' scores swing by 15 points; the median of all the session's readings does not.
 */
const gathered = new Map(); // job index -> the directories of its runs
const settings = { throttlingMethod: "simulate", throttling: { ...constants.throttling.mobileSlow4G } };
const readings = [];
try {
  // One load first, discarded: a new Chromium profile spends its first minute on housekeeping (on this machine the
  // first run of a fresh profile scored 87 and 94 where the same page's next runs scored 92–100).
  const first = input.jobs.find((job) => job.categories.includes("performance"));
  if (first) {
    const dir = mkdtempSync(path.join(tmpdir(), "lighthouse-warm-up-"));
    await lighthouse(first.url, flagsOf(first, { ...settings, gatherMode: dir }));
    rmSync(dir, { recursive: true, force: true });
  }
  for (const [index, job] of input.jobs.entries()) {
    if (!job.categories.includes("performance")) continue;
    const dirs = [];
    for (let i = 0; i < (job.runs ?? 1); i++) {
      const dir = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
      dirs.push(dir);
      await lighthouse(job.url, flagsOf(job, { ...settings, gatherMode: dir })); // answers nothing: it only saves
      readings.push(JSON.parse(readFileSync(path.join(dir, "artifacts.json"), "utf8")).BenchmarkIndex);
    }
    gathered.set(index, dirs);
  }
  const cpuSlowdownMultiplier = readings.length ? cpuSlowdownFor(readings.sort((a, b) => a - b)[Math.floor(readings.length / 2)]) : 1;

  for (const [index, job] of input.jobs.entries()) {
    const dirs = gathered.get(index);
    if (!dirs) {
      // Accessibility and best practices do not depend on load speed: no throttling, which would only slow the
      // run down.
      process.stdout.write(`${JSON.stringify(await audit(job, { throttlingMethod: "provided" }))}\n`);
      continue;
    }
    // As Lighthouse does by default, a phone on a slow 4G network, simulated from the observed load; the median
    // of several runs, as Lighthouse's variability guide recommends.
    const runs = [];
    for (const dir of dirs) {
      const file = path.join(dir, "artifacts.json");
      const artifacts = JSON.parse(readFileSync(file, "utf8"));
      artifacts.settings.throttling.cpuSlowdownMultiplier = cpuSlowdownMultiplier;
      writeFileSync(file, JSON.stringify(artifacts));
      runs.push(await audit(job, { ...settings, throttling: { ...settings.throttling, cpuSlowdownMultiplier }, auditMode: dir }));
    }
    process.stdout.write(`${JSON.stringify(computeMedianRun(runs))}\n`);
  }
} finally {
  for (const dirs of gathered.values()) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
