import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// Reads the source to find which messages a client component uses, for tests/unit/client-messages.test.ts.

export const ROOT = path.resolve(__dirname, "../../..");
const SKIP_DIRS = new Set(["node_modules", "generated"]);

/** Repository-relative paths (with "/") of the .ts/.tsx files under `dir`. */
export function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return /\.tsx?$/.test(dir) ? [dir] : [];
  return readdirSync(full).flatMap((name) => (SKIP_DIRS.has(name) ? [] : sourceFiles(`${dir}/${name}`)));
}

export function read(file: string): string {
  return readFileSync(path.join(ROOT, file), "utf8");
}

export function isClientFile(file: string): boolean {
  return /^\s*["']use client["']/.test(read(file));
}

/** The repository files `file` imports (relative and "@/" specifiers), resolved to .ts/.tsx files. */
export function localImports(file: string): string[] {
  const specifiers = [...read(file).matchAll(/(?:from|import)\s*["']([^"']+)["']/g)].map((m) => m[1]);
  return specifiers.flatMap((specifier) => {
    let base: string;
    if (specifier.startsWith("@/")) base = specifier.slice(2);
    else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(file), specifier);
    else return [];
    const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(
      (candidate) => /\.tsx?$/.test(candidate) && existsSync(path.join(ROOT, candidate)),
    );
    return found ? [found] : [];
  });
}

/** `file` and every repository file it imports, directly or not (what ends up in the same client bundle). */
export function importClosure(file: string): string[] {
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    for (const next of localImports(current)) visit(next);
  };
  visit(file);
  return [...seen];
}

/**
 * The message paths one file reads through useTranslations: "auth" for `useTranslations("auth")` with a key
 * the source cannot tell, "auth.loggedOut" for `t("loggedOut")`, "roles" for `` t(`roles.${role}`) `` with
 * the root translator. Returns `problems` for what cannot be checked (a root translator given a variable key).
 */
export function translationPaths(file: string): { paths: string[]; problems: string[] } {
  const text = read(file);
  const paths: string[] = [];
  const problems: string[] = [];
  for (const match of text.matchAll(/(\w+)\s*=\s*useTranslations\(\s*(?:["']([^"']*)["'])?\s*\)/g)) {
    const [, name, namespace = ""] = match;
    const calls = [...text.matchAll(new RegExp(`\\b${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*([^,)]*)`, "g"))];
    for (const call of calls) {
      const key = staticKeyPrefix(call[1].trim());
      if (key === null) {
        if (namespace) paths.push(namespace);
        else problems.push(`${file}: root translator "${name}" with a key the source does not tell (${call[1].trim()})`);
      } else {
        paths.push([namespace, key].filter(Boolean).join("."));
      }
    }
    if (calls.length === 0 && namespace) paths.push(namespace);
  }
  return { paths, problems };
}

/** "a.b" for "a.b" or `a.b` or `a.b.${x}`, "" for `${x}`, null for a variable. */
function staticKeyPrefix(argument: string): string | null {
  const literal = /^["']([^"']*)["']$/.exec(argument);
  if (literal) return literal[1];
  const template = /^`([^`$]*)(\$\{)?/.exec(argument);
  if (!template) return null;
  if (!template[2]) return template[1];
  const fixed = template[1];
  return fixed.includes(".") ? fixed.slice(0, fixed.lastIndexOf(".")) : "";
}

/** Whether the message path `needed` lies within one of the `declared` paths. */
export function covers(declared: readonly string[], needed: string): boolean {
  return declared.some((d) => d === "" || needed === d || needed.startsWith(`${d}.`));
}
