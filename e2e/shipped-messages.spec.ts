import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Issue 9 ("ship less"): a visitor's page carries only the messages of its own client components, not the whole
// catalogue. Staff-only texts (the admin, review and audit namespaces) never reach a visitor's page, in either
// language: they are looked for in the page's HTML, which holds the inline RSC payload too.

const STAFF_NAMESPACES = ["admin", "review", "audit"];

function texts(locale: string, namespace: string): string[] {
  const collect = (value: unknown): string[] =>
    typeof value === "string" ? [value] : typeof value === "object" && value ? Object.values(value).flatMap(collect) : [];
  return collect(JSON.parse(readFileSync(path.join(__dirname, "..", "messages", locale, `${namespace}.json`), "utf8")));
}

/** Texts only staff pages use: long enough to be telling (not a word found inside a longer sentence), and worded nowhere else (a shared label may be on the page). */
function staffOnlyTexts(locale: string): string[] {
  const namespaces = readdirSync(path.join(__dirname, "..", "messages", locale)).map((file) => file.replace(/\.json$/, ""));
  const elsewhere = new Set(namespaces.filter((ns) => !STAFF_NAMESPACES.includes(ns)).flatMap((ns) => texts(locale, ns)));
  return STAFF_NAMESPACES.flatMap((ns) => texts(locale, ns)).filter(
    (text) => text.length >= (locale === "en" ? 14 : 8) && /^[^"'<>&\\{]+$/.test(text) && !elsewhere.has(text),
  );
}

for (const locale of ["zh-CN", "en"]) {
  for (const page of ["/", "/loans", "/calculator"]) {
    test(`${page} in ${locale} ships no staff messages`, async ({ request }) => {
      const response = await request.get(page, { headers: { cookie: `NEXT_LOCALE=${locale}` } });
      expect(response.status()).toBe(200);
      const html = await response.text();
      const staffTexts = staffOnlyTexts(locale);
      expect(staffTexts.length).toBeGreaterThan(20);
      expect(staffTexts.filter((text) => html.includes(text))).toEqual([]);
    });
  }
}
