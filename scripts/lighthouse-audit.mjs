// Runs Lighthouse audits in one Node process for scripts/lighthouse.ts, which prepares the server and browser.
// Plain JavaScript run by node, not tsx: esbuild's name-keeping helper (__name) would end up in the functions
// Lighthouse evaluates inside the page, where it does not exist. One process instead of one CLI per page saves
// loading Lighthouse ten times.
// stdin: { port, jobs: [{ url, formFactor: "mobile" | "desktop", cookie?, categories: string[] }] } (a job with
// "performance" audits that category alone, throttled)
// stdout: one line of JSON per job, in order, as each finishes: its Lighthouse result (lhr).
import lighthouse from "lighthouse";

const input = JSON.parse(await new Response(process.stdin).text());
const SCREENS = {
  mobile: { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false },
  desktop: { mobile: false, width: 1366, height: 768, deviceScaleFactor: 1, disabled: false },
};

for (const job of input.jobs) {
  const result = await lighthouse(job.url, {
    port: input.port,
    output: "json",
    logLevel: "error",
    onlyCategories: job.categories,
    formFactor: job.formFactor,
    screenEmulation: SCREENS[job.formFactor],
    // Accessibility and best practices do not depend on load speed: no throttling, which would only slow the
    // run down. Performance is measured as Lighthouse does by default: a mid-range phone on a slow 4G network,
    // simulated from the observed load.
    throttlingMethod: job.categories.includes("performance") ? "simulate" : "provided",
    extraHeaders: job.cookie ? { Cookie: job.cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${job.url}`);
  process.stdout.write(`${JSON.stringify(result.lhr)}\n`);
}
