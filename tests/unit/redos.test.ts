import path from "node:path";
import { check, type Diagnostics } from "recheck";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { collectRegexes, type FoundRegex, findRegexes } from "./regex-inventory";

/**
 * Issue 7 §3: no regular expression with super-linear backtracking may see untrusted input. Rather than
 * decide which regex sees what, every regex of the application must be proven safe by recheck
 * (https://makenowjust-labs.github.io/recheck/), which combines automata analysis and fuzzing.
 */

const REPO_ROOT = path.resolve(__dirname, "../..");
let inventory: ReturnType<typeof collectRegexes> | undefined;
/** Parsing every source file takes a few seconds: once per run. */
const applicationRegexes = () => {
  inventory ??= collectRegexes(REPO_ROOT);
  return inventory;
};

/**
 * RegExp constructions whose pattern is computed, so recheck cannot see it. Each entry is
 * "file: exact code of the construction" → why the pattern is safe. An entry that no longer matches any
 * construction fails the suite, so the list cannot rot.
 */
const ALLOWED_COMPUTED_REGEXES: Record<string, string> = {};

/** Library regexes the application applies to user input, checked the same way (where they are used). */
const LIBRARY_REGEXES: FoundRegex[] = [
  { location: "zod z.email(), in lib/schemas/fields.ts emailField", source: z.regexes.email.source, flags: z.regexes.email.flags },
];

// Generous: recheck's own default is 10 s; the slowest pattern here takes well under a second.
const CHECK_TIMEOUT_MS = 20_000;

function describeDiagnostics(found: FoundRegex, diagnostics: Diagnostics): string {
  const shown = `/${found.source}/${found.flags}`;
  if (diagnostics.status === "vulnerable") {
    const attack = diagnostics.attack.pattern;
    return `${found.location} ${shown}: ${diagnostics.complexity.summary}, e.g. ${attack}`;
  }
  if (diagnostics.status === "unknown") return `${found.location} ${shown}: not proven safe (${diagnostics.error.kind})`;
  return `${found.location} ${shown}: ${diagnostics.status}`;
}

async function unsafeAmong(regexes: FoundRegex[]): Promise<string[]> {
  // The same pattern often appears in several files: check each distinct one once.
  const verdicts = new Map<string, Promise<Diagnostics>>();
  for (const found of regexes) {
    const key = `${found.flags}/${found.source}`;
    if (!verdicts.has(key)) verdicts.set(key, check(found.source, found.flags, { timeout: CHECK_TIMEOUT_MS }));
  }
  const offenders: string[] = [];
  for (const found of regexes) {
    const diagnostics = await (verdicts.get(`${found.flags}/${found.source}`) as Promise<Diagnostics>);
    if (diagnostics.status !== "safe") offenders.push(describeDiagnostics(found, diagnostics));
  }
  return offenders;
}

describe("the regex inventory", () => {
  it("finds literals, RegExp constructions and string-to-regex calls, and flags computed patterns", () => {
    const code = [
      "const a = /^\\d+$/u; const b = 10 / 2 / 5; // not /a regex/",
      'const c = new RegExp("^x+$", "i"); const d = RegExp(`^y$`);',
      'const e = new RegExp(pattern); const f = "s".match("\\\\s+z"); const g = new RegExp("q", flags);',
      "const h = <div title={'/no/'}>{/z+/.test(t) ? 1 : 2}</div>;",
    ].join("\n");
    const found = findRegexes("sample.tsx", code);
    expect(found.regexes.map((r) => [r.location, r.source, r.flags])).toEqual([
      ["sample.tsx:1", "^\\d+$", "u"],
      ["sample.tsx:2", "^x+$", "i"],
      ["sample.tsx:2", "^y$", ""],
      ["sample.tsx:3", "\\s+z", ""],
      ["sample.tsx:4", "z+", ""],
    ]);
    expect(found.uncheckable.map((u) => u.code)).toEqual(["new RegExp(pattern)", 'new RegExp("q", flags)']);
  });

  // Parsing every source file with the TypeScript compiler takes a few seconds on a busy machine.
  it("scans the application's source", { timeout: 60_000 }, () => {
    const { files, regexes } = applicationRegexes();
    expect(files).toBeGreaterThan(50);
    // The money and rate parsers have always needed at least one regex each: an empty inventory means a broken walk.
    expect(regexes.length).toBeGreaterThan(5);
  });
});

describe("ReDoS: every regex of the code base", () => {
  it("recheck recognises a vulnerable pattern (the checker is really running)", { timeout: 60_000 }, async () => {
    const offenders = await unsafeAmong([{ location: "sample.ts:1", source: "^\\s*(\\d+)?\\s*-?\\s*(\\d+)?\\s*$", flags: "" }]);
    expect(offenders).toHaveLength(1);
    expect(offenders[0]).toMatch(/polynomial|exponential/);
  });

  it("is safe everywhere (file:line of each offender)", { timeout: 120_000 }, async () => {
    const { regexes } = applicationRegexes();
    expect(await unsafeAmong([...regexes, ...LIBRARY_REGEXES])).toEqual([]);
  });

  it("has no computed RegExp without a reason in the allow-list", { timeout: 60_000 }, () => {
    const { uncheckable } = applicationRegexes();
    const key = (u: { location: string; code: string }) => `${u.location.replace(/:\d+$/, "")}: ${u.code}`;
    const unexplained = uncheckable.filter((u) => !(key(u) in ALLOWED_COMPUTED_REGEXES)).map((u) => `${u.location} ${u.code}`);
    expect(unexplained).toEqual([]);
    const present = new Set(uncheckable.map(key));
    expect(Object.keys(ALLOWED_COMPUTED_REGEXES).filter((entry) => !present.has(entry))).toEqual([]);
  });
});
