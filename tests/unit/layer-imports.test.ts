import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue 10: feature rules live with their feature; the generic layers stay generic. lib/domain is pure (no
// server, no framework), and the transition engine imports no feature: features declare their entities
// (defineEntity) and lib/server/lifecycle binds them. An import across these lines fails here.

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The module specifiers a file imports or re-exports, with "./x" resolved to "lib/…/x". */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const specifiers = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"/g)].map((match) => match[1] as string);
  return specifiers.map((specifier) =>
    specifier.startsWith(".") ? path.posix.join(path.posix.dirname(file), specifier) : specifier.replace(/^@\//, ""),
  );
}

function offenders(dir: string, allowed: (specifier: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => !allowed(specifier))
      .map((specifier) => `${file} imports ${specifier}`),
  );
}

describe("layer boundaries", () => {
  it("finds the files and their imports", () => {
    expect(sourceFiles("lib/server/transitions").length).toBeGreaterThan(4);
    expect(importsOf("lib/server/lifecycle/entities.ts")).toContain("lib/server/companies/company-entity");
  });

  it("the transition engine imports no feature", () => {
    const generic = [
      "lib/domain/",
      "lib/generated/",
      "lib/shared/",
      "lib/server/transitions/",
      "lib/server/db/",
      "lib/server/audit",
      "lib/server/clock",
      "lib/server/errors",
    ];
    const allowed = (specifier: string) => !specifier.startsWith("lib/") || generic.some((prefix) => specifier.startsWith(prefix));
    expect(offenders("lib/server/transitions", allowed)).toEqual([]);
  });

  it("lib/domain is pure: no server code, framework or database client", () => {
    const allowed = (specifier: string) =>
      !/^(lib\/server|lib\/schemas|app|components|next|next-auth|react|@prisma)(\/|$)/.test(specifier) &&
      !specifier.startsWith("lib/generated/prisma/client");
    expect(offenders("lib/domain", allowed)).toEqual([]);
  });
});
