import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * What the code base actually has, read from the source files (no module is loaded):
 * pages (app/**\/page.tsx), route handlers (the HTTP methods exported by app/**\/route.ts) and server actions
 * (the exports of every module whose first statement is "use server").
 */

export const ROOT = path.resolve(__dirname, "../..");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const SOURCE = /\.(ts|tsx)$/;

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : walk(rel);
    return [rel];
  });
}

/**
 * "app/[locale]/(per-user)/(auth)/register/company/page.tsx" → "/register/company": route groups leave the URL, and so does
 * the locale segment, which proxy.ts fills in from the locale cookie (it is never part of a public URL).
 */
export function urlPattern(file: string): string {
  const segments = path.posix
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((s) => !(s.startsWith("(") && s.endsWith(")")) && s !== "[locale]");
  return `/${segments.join("/")}`;
}

function parse(file: string) {
  return ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, false);
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names a module exports at its top level (declarations, destructured consts, `export { … }`). */
export function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  const bindingNames = (name: ts.BindingName): string[] =>
    ts.isIdentifier(name) ? [name.text] : name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      if (!statement.isTypeOnly) names.push(...statement.exportClause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text));
    } else if (ts.isExportAssignment(statement)) {
      names.push("default");
    } else if (isExported(statement)) {
      if (ts.isVariableStatement(statement)) names.push(...statement.declarationList.declarations.flatMap((d) => bindingNames(d.name)));
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
        const isDefault = (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
        names.push(isDefault ? "default" : statement.name.text);
      }
    }
  }
  return names;
}

const hasUseServerDirective = (source: ts.SourceFile) => {
  const first = source.statements[0];
  return Boolean(
    first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server",
  );
};

export interface Inventory {
  pages: { target: string; file: string }[];
  routes: { target: string; file: string }[];
  actions: { target: string; file: string }[];
  /** Files with an inline "use server" function (not a module directive): such actions cannot be listed. */
  inlineServerFunctions: string[];
}

/** Everything under app/ (and "use server" modules anywhere in app/, components/ and lib/). */
export function readInventory(): Inventory {
  const appFiles = walk("app").filter((f) => SOURCE.test(f));
  const pages = appFiles.filter((f) => /\/page\.(tsx|ts)$/.test(f)).map((file) => ({ target: urlPattern(file), file }));
  const routes = appFiles
    .filter((f) => /\/route\.(ts|tsx)$/.test(f))
    .flatMap((file) =>
      exportedNames(parse(file))
        .filter((name) => HTTP_METHODS.has(name))
        .map((method) => ({ target: `${method} ${urlPattern(file)}`, file })),
    );
  const actions: Inventory["actions"] = [];
  const inlineServerFunctions: string[] = [];
  for (const file of [...appFiles, ...walk("components"), ...walk("lib")].filter(
    (f) => SOURCE.test(f) && !f.startsWith("lib/generated/"),
  )) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    if (!/["']use server["']/.test(text)) continue;
    const source = parse(file);
    if (hasUseServerDirective(source)) actions.push(...exportedNames(source).map((name) => ({ target: `${file}#${name}`, file })));
    else inlineServerFunctions.push(file);
  }
  return { pages, routes, actions, inlineServerFunctions };
}
