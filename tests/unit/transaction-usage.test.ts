import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue 10: one way to open a transaction. Services and pages call withTransaction (lib/server/db/transaction.ts),
// which retries serialization failures and deadlocks and joins a caller's transaction; a bare `$transaction`
// elsewhere would do neither. This walks the server code and refuses one.

const ROOT = path.resolve(__dirname, "../..");
const SERVER_CODE = ["app", "components", "lib", "prisma", "scripts", "bench"];
const SKIP_DIRS = new Set(["node_modules", "generated", "migrations"]);
const THE_HELPER = "lib/server/db/transaction.ts";

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  const stats = statSync(full, { throwIfNoEntry: false });
  if (!stats) return [];
  if (stats.isFile()) return /\.(tsx?|mjs)$/.test(entry) ? [entry.split(path.sep).join("/")] : [];
  return readdirSync(full).flatMap((name) => (SKIP_DIRS.has(name) ? [] : sourceFiles(path.join(entry, name))));
}

const opensTransaction = (text: string) =>
  text.split("\n").some((line) => /\.\$transaction\s*\(/.test(line) && !/^\s*(\*|\/\/)/.test(line));

describe("transactions are opened in one place", () => {
  const files = SERVER_CODE.flatMap(sourceFiles).filter((file) => !/\.test\.tsx?$/.test(file));

  it("the helper itself opens them", () => {
    expect(files).toContain(THE_HELPER);
    expect(opensTransaction(readFileSync(path.join(ROOT, THE_HELPER), "utf8"))).toBe(true);
  });

  it("no other server code calls $transaction", () => {
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) => file !== THE_HELPER && opensTransaction(readFileSync(path.join(ROOT, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
