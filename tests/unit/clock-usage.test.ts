import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every "now" on the server comes from lib/server/clock (getClock), so the test clock and the business
// zone reach every rule. This walks the server code and refuses a bare `new Date()` or `Date.now()`.

const ROOT = path.resolve(__dirname, "../..");
const SERVER_CODE = ["app", "components", "lib/server", "prisma", "i18n", "proxy.ts", "instrumentation.ts"];
const SKIP_DIRS = new Set(["node_modules", "generated", "migrations", "clock"]);

/**
 * Files that may still read the machine's time, each with its reason. Keep it short: prefer the clock.
 */
const ALLOWED = new Set<string>([]);

const BARE_NOW = /\bnew Date\(\s*\)|\bDate\.now\(\s*\)/;

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(full);
  } catch {
    return [];
  }
  if (stats.isFile()) return /\.tsx?$/.test(entry) ? [entry] : [];
  return readdirSync(full).flatMap((name) => (SKIP_DIRS.has(name) ? [] : sourceFiles(path.join(entry, name))));
}

describe("server code takes the time from the clock", () => {
  it("has no bare new Date() or Date.now() outside lib/server/clock (client components aside)", () => {
    const files = SERVER_CODE.flatMap(sourceFiles).filter((file) => !/\.test\.tsx?$/.test(file));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => {
      if (ALLOWED.has(file.split(path.sep).join("/"))) return false;
      const text = readFileSync(path.join(ROOT, file), "utf8");
      // A client component's now is the browser's; its dates come from the server as props.
      if (/^\s*["']use client["']/.test(text)) return false;
      return text.split("\n").some((line) => BARE_NOW.test(line) && !line.trim().startsWith("*") && !line.trim().startsWith("//"));
    });
    expect(offenders).toEqual([]);
  });
});
