import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UnknownJobError } from "./errors";
import { checkJobsSecret } from "./jobs-secret";
import { PRUNE_ATTEMPTS_AFTER_MS, THROTTLE_POLICIES, THROTTLE_WINDOWS_MS } from "./prune-login-attempts";
import { findJob, JOBS, jobNames } from "./registry";

// pg-boss parses schedules with cron-parser 4 (CommonJS); the same parser checks ours here.
const cronParser = createRequire(import.meta.url)("cron-parser") as {
  parseExpression(cron: string, options: { tz: string; currentDate: Date }): { next(): { toDate(): Date } };
};

const DAY = 24 * 60 * 60_000;
const ROOT = path.resolve(__dirname, "../../..");

/** Non-test TypeScript files under `dir`, generated code aside. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
const SECRET = "s".repeat(40);

describe("the job registry", () => {
  it("names each job once, in kebab case, with a description and a five-field cron", () => {
    expect(new Set(jobNames()).size).toBe(JOBS.length);
    for (const job of JOBS) {
      expect(job.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(job.description.length).toBeGreaterThan(10);
      expect(job.schedule.split(" ")).toHaveLength(5);
    }
    expect(jobNames()).toContain("prune-login-attempts");
  });

  it("reads the schedule in the business time zone: 04:17 in Shanghai is 20:17 UTC the day before", () => {
    const cron = findJob("prune-login-attempts").schedule;
    const next = cronParser
      .parseExpression(cron, { tz: "Asia/Shanghai", currentDate: new Date("2026-11-30T12:00:00Z") })
      .next()
      .toDate();
    expect(next.toISOString()).toBe("2026-11-30T20:17:00.000Z");
  });

  it("refuses an unknown name, listing the known ones", () => {
    expect(() => findJob("prune-everything")).toThrow(UnknownJobError);
    expect(() => findJob("prune-everything")).toThrow(/Known jobs: prune-login-attempts/);
    expect(() => findJob("")).toThrow(UnknownJobError);
  });
});

describe("login attempt retention", () => {
  it("knows every throttle policy of the code base (a new one must join THROTTLE_POLICIES)", () => {
    const declared = sourceFiles(path.join(ROOT, "lib")).flatMap(
      (file) => readFileSync(file, "utf8").match(/:\s*BackoffPolicy\s*=/g) ?? [],
    );
    expect(declared.length).toBeGreaterThan(0);
    expect(THROTTLE_POLICIES).toHaveLength(declared.length);
  });

  it("outlasts every window a throttle rule reads, and is at least 30 days", () => {
    expect(THROTTLE_WINDOWS_MS).toHaveLength(THROTTLE_POLICIES.length + 1);
    expect(PRUNE_ATTEMPTS_AFTER_MS).toBeGreaterThan(Math.max(...THROTTLE_WINDOWS_MS));
    expect(PRUNE_ATTEMPTS_AFTER_MS).toBeGreaterThanOrEqual(30 * DAY);
  });
});

describe("the jobs secret", () => {
  it("is off without a configured secret of at least 32 characters", () => {
    expect(checkJobsSecret(`Bearer ${SECRET}`, undefined)).toBe("unconfigured");
    expect(checkJobsSecret("Bearer ", " ")).toBe("unconfigured");
    expect(checkJobsSecret("Bearer short", "short")).toBe("unconfigured");
  });

  it("lets only the exact bearer secret through", () => {
    expect(checkJobsSecret(`Bearer ${SECRET}`, SECRET)).toBe("ok");
    expect(checkJobsSecret(null, SECRET)).toBe("denied");
    expect(checkJobsSecret(SECRET, SECRET)).toBe("denied");
    expect(checkJobsSecret(`Basic ${SECRET}`, SECRET)).toBe("denied");
    expect(checkJobsSecret(`Bearer ${SECRET}x`, SECRET)).toBe("denied");
    expect(checkJobsSecret(`Bearer ${SECRET.slice(1)}`, SECRET)).toBe("denied");
    expect(checkJobsSecret(`Bearer ${"t".repeat(40)}`, SECRET)).toBe("denied");
  });
});
