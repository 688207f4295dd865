import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Finds every regular expression written in the application's source, for the ReDoS check
 * (tests/unit/redos.test.ts). Uses the TypeScript parser, so a "/" in a division, a comment or a string
 * is never mistaken for a regex and no regex literal is missed.
 */

/** Directories and files of the application (relative to the repository root) that are scanned. */
export const SCANNED_ROOTS = [
  "app",
  "lib",
  "components",
  "i18n",
  "prisma",
  "scripts",
  "types",
  "sandbox-payments",
  "proxy.ts",
  "next.config.ts",
];

/** Generated code and tests never see untrusted input from the application's users. */
const SKIPPED_DIRECTORIES = new Set(["node_modules", "generated", "migrations", ".next"]);
const SOURCE_FILE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$/;

export interface FoundRegex {
  /** "lib/domain/money/rate.ts:27" (1-based line). */
  location: string;
  /** The pattern's source text as the RegExp constructor receives it. */
  source: string;
  flags: string;
}

export interface UncheckableRegex {
  location: string;
  /** The construction's text, e.g. `new RegExp(pattern, "g")`: the allow-list key. */
  code: string;
}

export interface RegexInventory {
  regexes: FoundRegex[];
  /** `new RegExp(x)` / `RegExp(x)` / `"".match(x)` whose pattern is not a literal: the checker cannot see it. */
  uncheckable: UncheckableRegex[];
}

export function listSourceFiles(repoRoot: string, roots: readonly string[] = SCANNED_ROOTS): string[] {
  const files: string[] = [];
  const visit = (relative: string) => {
    const absolute = path.join(repoRoot, relative);
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(absolute);
    } catch {
      return; // an optional root (e.g. next.config.ts) that this checkout does not have
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) {
        if (SKIPPED_DIRECTORIES.has(entry)) continue;
        visit(path.posix.join(relative, entry));
      }
    } else if (SOURCE_FILE.test(relative) && !TEST_FILE.test(relative) && !relative.endsWith(".d.ts")) {
      files.push(relative);
    }
  };
  for (const root of roots) visit(root);
  return files;
}

/** String methods that turn a string argument into a RegExp (String.prototype.match/matchAll/search). */
const STRING_TO_REGEX_METHODS = new Set(["match", "matchAll", "search"]);

function literalText(node: ts.Expression | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return undefined;
}

function isRegExpIdentifier(node: ts.Expression): boolean {
  const callee = ts.isPropertyAccessExpression(node) && node.expression.getText() === "globalThis" ? node.name : node;
  return ts.isIdentifier(callee) && callee.text === "RegExp";
}

/** Every regex of one file's text. `fileName` is only used for locations and to pick the TSX grammar. */
export function findRegexes(fileName: string, text: string): RegexInventory {
  const kind = fileName.endsWith(".tsx") || fileName.endsWith(".jsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const regexes: FoundRegex[] = [];
  const uncheckable: UncheckableRegex[] = [];
  const locate = (node: ts.Node) => `${fileName}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;

  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sourceFile);
      const end = literal.lastIndexOf("/");
      regexes.push({ location: locate(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpIdentifier(node.expression)) {
      const [patternArg, flagsArg] = node.arguments ?? [];
      const source = literalText(patternArg);
      const flags = flagsArg === undefined ? "" : literalText(flagsArg);
      // RegExp(/literal/) is found as the literal itself; only a computed pattern or computed flags are opaque.
      const wrapsLiteral = patternArg?.kind === ts.SyntaxKind.RegularExpressionLiteral && flags !== undefined;
      if (source !== undefined && flags !== undefined) regexes.push({ location: locate(node), source, flags });
      else if (!wrapsLiteral) uncheckable.push({ location: locate(node), code: node.getText(sourceFile) });
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      STRING_TO_REGEX_METHODS.has(node.expression.name.text) &&
      node.arguments.length > 0
    ) {
      const [argument] = node.arguments;
      const source = literalText(argument);
      if (source !== undefined) regexes.push({ location: locate(node), source, flags: "" });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { regexes, uncheckable };
}

/** Every regex of the application, in a stable order. */
export function collectRegexes(repoRoot: string, roots: readonly string[] = SCANNED_ROOTS): RegexInventory & { files: number } {
  const inventory: RegexInventory = { regexes: [], uncheckable: [] };
  const files = listSourceFiles(repoRoot, roots);
  for (const file of files) {
    const found = findRegexes(file, readFileSync(path.join(repoRoot, file), "utf8"));
    inventory.regexes.push(...found.regexes);
    inventory.uncheckable.push(...found.uncheckable);
  }
  return { ...inventory, files: files.length };
}
