// Runs Lighthouse audits in one Node process for scripts/lighthouse.ts, which prepares the server and browser.
// Plain JavaScript run by node, not tsx: esbuild's name-keeping helper (__name) would end up in the functions
// Lighthouse evaluates inside the page, where it does not exist. One process instead of one CLI per page saves
// loading Lighthouse ten times.
// stdin: { port, jobs: [{ url, formFactor: "mobile" | "desktop", cookie?, categories: string[], runs? }] } (a job
// with "performance" audits that category alone, throttled, `runs` times, and answers the median run)
// stdout: one line of JSON per job, in order, as each finishes: its Lighthouse result (lhr).
import lighthouse from "lighthouse";
import * as constants from "lighthouse/core/config/constants.js";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { cpuSlowdownFor } from "./lighthouse-cpu.mjs";

const input = JSON.parse(await new Response(process.stdin).text());
const SCREENS = {
  mobile: { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false },
  desktop: { mobile: false, width: 1366, height: 768, deviceScaleFactor: 1, disabled: false },
};

const audit = async (job, settings) => {
  const result = await lighthouse(job.url, {
    port: input.port,
    output: "json",
    logLevel: "error",
    onlyCategories: job.categories,
    formFactor: job.formFactor,
    screenEmulation: SCREENS[job.formFactor],
    extraHeaders: job.cookie ? { Cookie: job.cookie } : undefined,
    ...settings,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${job.url}`);
  return result.lhr;
};

// The CPU slowdown for this machine (scripts/lighthouse-cpu.mjs), from the benchmark Lighthouse runs at the start
// of every audit: the median of PROBES unthrottled audits of the first page, before the performance audits (one
// reading moves by 20 % with what else the machine does).
const PROBES = 3;
let cpuSlowdownMultiplier;

for (const job of input.jobs) {
  const performance = job.categories.includes("performance");
  if (!performance) {
    // Accessibility and best practices do not depend on load speed: no throttling, which would only slow the
    // run down.
    process.stdout.write(`${JSON.stringify(await audit(job, { throttlingMethod: "provided" }))}\n`);
    continue;
  }
  if (cpuSlowdownMultiplier === undefined) {
    const indexes = [];
    for (let i = 0; i < PROBES; i++)
      indexes.push((await audit({ ...job, categories: ["accessibility"] }, { throttlingMethod: "provided" })).environment.benchmarkIndex);
    cpuSlowdownMultiplier = cpuSlowdownFor(indexes.sort((a, b) => a - b)[Math.floor(PROBES / 2)]);
  }
  // As Lighthouse does by default, a phone on a slow 4G network, simulated from the observed load; the CPU
  // slowdown calibrated; the median of several runs, as Lighthouse's variability guide recommends.
  const runs = [];
  for (let i = 0; i < (job.runs ?? 1); i++)
    runs.push(
      await audit(job, { throttlingMethod: "simulate", throttling: { ...constants.throttling.mobileSlow4G, cpuSlowdownMultiplier } }),
    );
  process.stdout.write(`${JSON.stringify(computeMedianRun(runs))}\n`);
}
