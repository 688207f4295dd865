import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { listSourceFiles } from "./regex-inventory";

/**
 * Issue 7 §3: every string a form or an action receives has a maximum length, checked before anything
 * parses it. This reads the source of the schemas (lib/schemas) and of every server action file, and
 * requires each `z.string()` chain to call `.max()` or `.length()` before any parsing step. Trimming
 * and case folding may come first: they are linear. Schemas built from the shared helpers of
 * lib/schemas/fields.ts inherit their bounds, which this same test checks where they are defined.
 */

const REPO_ROOT = path.resolve(__dirname, "../..");
const BOUNDS = new Set(["max", "length"]);
const PARSING_STEPS = new Set([
  "transform",
  "refine",
  "superRefine",
  "regex",
  "pipe",
  "check",
  "overwrite",
  "includes",
  "startsWith",
  "endsWith",
]);

function isServerActionFile(file: string, text: string): boolean {
  return /(?:^|\/)actions\.tsx?$/.test(file) || /^\s*["']use server["']/.test(text);
}

/** Each `z.string()` without a bound ahead of its first parsing step, as "file:line chain". */
function unboundedStrings(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const problems: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && /^z\.(?:coerce\.)?string$/.test(node.expression.getText(source).replace(/\s+/g, ""))) {
      // Walk up the method chain: z.string().trim().max(9).transform(...) → ["trim", "max", "transform"].
      const chain: string[] = [];
      let current: ts.Node = node;
      while (ts.isPropertyAccessExpression(current.parent) && ts.isCallExpression(current.parent.parent)) {
        chain.push(current.parent.name.text);
        current = current.parent.parent;
      }
      const bound = chain.findIndex((name) => BOUNDS.has(name));
      const firstParse = chain.findIndex((name) => PARSING_STEPS.has(name));
      if (bound < 0 || (firstParse >= 0 && firstParse < bound)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        problems.push(`${fileName}:${line} ${["z.string", ...chain].join("().")}()`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

describe("every form and action string has a length bound before it is parsed", () => {
  it("recognises bounded and unbounded chains", () => {
    const code = [
      "const a = z.string().trim().max(10).transform(f);",
      "const b = z.string().min(1);",
      "const c = z.string().transform(f).pipe(z.string().max(3));",
      "const d = z.string({ error: 'x' }).length(18).refine(g);",
      "const e = z\n  .string()\n  .transform(f);",
      "const f = z.object({ id: z.string() });",
    ].join("\n");
    expect(unboundedStrings("sample.ts", code)).toEqual([
      "sample.ts:2 z.string().min()",
      "sample.ts:3 z.string().transform().pipe()",
      "sample.ts:5 z.string().transform()",
      "sample.ts:8 z.string()",
    ]);
  });

  it("holds in lib/schemas and in every server action", { timeout: 60_000 }, () => {
    const files = listSourceFiles(REPO_ROOT, ["lib/schemas", "app"]);
    const checked: string[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(REPO_ROOT, file), "utf8");
      if (!file.startsWith("lib/schemas/") && !isServerActionFile(file, text)) continue;
      checked.push(file);
      problems.push(...unboundedStrings(file, text));
    }
    expect(checked).toEqual(expect.arrayContaining(["lib/schemas/fields.ts", "app/[locale]/(per-user)/admin/staff/actions.ts"]));
    expect(problems).toEqual([]);
  });
});
