import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_PAGE_MAX_AGE_SECONDS } from "@/lib/server/public-cache/tags";

// Visitors' pages (app/[locale]/(public)) are cached, the same HTML for everyone (issue 9). Reading the request
// there would either fail the page at run time ("changed from static to dynamic") or put one visitor's data in
// everyone's copy; a page that forgets its locale reads it from the request too.
const ROOT = path.resolve(__dirname, "../..");
const PUBLIC_DIR = path.join(ROOT, "app", "[locale]", "(public)");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
  );
}

const rel = (file: string) => path.relative(ROOT, file);
const source = (file: string) => readFileSync(file, "utf8");

/** Modules a cached page must not reach: the request, the session, per-user reads. */
const PER_REQUEST = [/from "next\/headers"/, /from "next\/server"/, /@\/lib\/server\/auth\//, /@\/lib\/server\/db"/, /searchParams:/];

describe("visitors' cached pages", () => {
  const all = files(PUBLIC_DIR);
  const pages = all.filter((f) => f.endsWith("page.tsx") && !f.includes("[...missing]"));

  it("are found", () => {
    expect(pages.map(rel)).toEqual(expect.arrayContaining(["app/[locale]/(public)/page.tsx", "app/[locale]/(public)/loans/[id]/page.tsx"]));
  });

  it("read nothing of the request, directly", () => {
    const offenders = all.flatMap((file) => PER_REQUEST.filter((pattern) => pattern.test(source(file))).map((p) => `${rel(file)}: ${p}`));
    expect(offenders).toEqual([]);
  });

  it("name their locale and declare the cache bound of lib/server/public-cache", () => {
    for (const file of pages) {
      const text = source(file);
      expect(text, rel(file)).toContain("setRequestLocale(");
      expect(text, rel(file)).toContain(`export const revalidate = ${PUBLIC_PAGE_MAX_AGE_SECONDS};`);
    }
  });

  it("metadata names its locale too (it is built apart from the page)", () => {
    for (const file of pages) {
      const metadata = /export (?:async )?function generateMetadata[\s\S]*?\n\}\n/.exec(source(file))?.[0] ?? "";
      for (const call of metadata.match(/getTranslations\([^)]*\)/g) ?? []) expect(call, rel(file)).toMatch(/^getTranslations\(\{ locale/);
    }
  });
});
