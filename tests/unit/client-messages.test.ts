import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHELL_MESSAGES } from "@/components/i18n/shell-messages";
import { LOCALES } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { pickMessages } from "@/i18n/pick-messages";
import { covers, importClosure, isClientFile, localImports, ROOT, read, sourceFiles, translationPaths } from "./support/translation-usage";

// Issue 9: the root provider ships only the shell's messages; every other client component gets the ones it
// uses from <ClientMessages> where it is rendered. Each client component that translates declares its list in
// `<file>.messages.ts` beside it. This reads the source: a message used but not declared, or a component
// rendered without its list, fails here instead of showing a raw key in the browser.

const CLIENT_FILES = [...sourceFiles("app"), ...sourceFiles("components")].filter(isClientFile);
const messagesFileOf = (file: string) => file.replace(/\.tsx?$/, ".messages.ts");

async function declared(file: string): Promise<readonly string[]> {
  const module = (await import(path.join(ROOT, messagesFileOf(file)))) as Record<string, unknown>;
  const lists = Object.values(module).filter(Array.isArray);
  expect(lists, `${messagesFileOf(file)} exports one list`).toHaveLength(1);
  return lists[0] as string[];
}

/** The client components that translate, with what they (and what they import) use. */
const TRANSLATING = CLIENT_FILES.flatMap((file) => {
  const found = importClosure(file).map(translationPaths);
  const paths = [...new Set(found.flatMap((f) => f.paths))];
  return paths.length > 0 || found.some((f) => f.problems.length > 0) ? [{ file, paths, problems: found.flatMap((f) => f.problems) }] : [];
});

describe("client components get the messages they use", () => {
  it("finds the translating client components", () => {
    expect(TRANSLATING.map((c) => c.file)).toEqual(
      expect.arrayContaining(["components/layout/session-nav.tsx", "components/loans/yield-calculator.tsx", "app/[locale]/error.tsx"]),
    );
  });

  it.each(TRANSLATING.map((c) => [c.file, c] as const))("%s declares every message it uses", async (_, component) => {
    expect(component.problems).toEqual([]);
    expect(existsSync(path.join(ROOT, messagesFileOf(component.file))), `${messagesFileOf(component.file)} is missing`).toBe(true);
    const list = await declared(component.file);
    expect(component.paths.filter((needed) => !covers(list, needed))).toEqual([]);
    // Every declared path exists in both languages (pickMessages throws otherwise).
    for (const locale of LOCALES) expect(() => pickMessages(loadMessages(locale), list)).not.toThrow();
  });

  it("renders each one inside its messages: the shell's, or <ClientMessages> with its list", async () => {
    const shellFiles = new Set(localImports("components/i18n/shell-messages.ts"));
    const serverFiles = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) => !isClientFile(file));
    const missing: string[] = [];
    for (const { file } of TRANSLATING) {
      const messagesFile = messagesFileOf(file);
      if (shellFiles.has(messagesFile)) continue;
      const listName = Object.keys(await import(path.join(ROOT, messagesFile)))[0];
      for (const importer of serverFiles.filter((candidate) => localImports(candidate).includes(file))) {
        const text = read(importer);
        const wrapped =
          localImports(importer).includes(messagesFile) && new RegExp(`<ClientMessages\\s+namespaces=\\{[^}]*\\b${listName}\\b`).test(text);
        if (!wrapped) missing.push(`${importer} renders ${file} without <ClientMessages namespaces={${listName}}>`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("ships the shell's list from the root layout", () => {
    expect(read("app/[locale]/layout.tsx")).toMatch(/<ClientMessages namespaces=\{SHELL_MESSAGES\}>/);
    expect(SHELL_MESSAGES.length).toBeGreaterThan(0);
  });
});

describe("pickMessages", () => {
  const catalogue = { auth: { email: "E", password: "P" }, loans: { countdown: { days: "D" }, method: { A: "a" } }, nav: { x: "X" } };

  it("keeps only the asked paths, with their parents", () => {
    expect(pickMessages(catalogue, ["auth.email", "loans.countdown"])).toEqual({
      auth: { email: "E" },
      loans: { countdown: { days: "D" } },
    });
  });

  it("keeps a whole namespace once, whatever deeper path is also asked", () => {
    expect(pickMessages(catalogue, ["loans.method.A", "loans", "loans.method"])).toEqual({ loans: catalogue.loans });
  });

  it("refuses a path the catalogue lacks and leaves the catalogue as it was", () => {
    expect(() => pickMessages(catalogue, ["auth.nope"])).toThrow(/auth\.nope/);
    pickMessages(catalogue, ["loans", "loans.countdown.days"]);
    expect(catalogue.loans).toEqual({ countdown: { days: "D" }, method: { A: "a" } });
  });
});

describe("the usage scanner", () => {
  it("reads namespaced, root and template keys", () => {
    expect(translationPaths("components/layout/session-links.tsx").paths).toEqual(
      expect.arrayContaining(["nav.logout", "auth.changePassword", "roles"]),
    );
    expect(translationPaths("components/loans/deadline-countdown.tsx").paths).toEqual(expect.arrayContaining(["loans.countdown.ended"]));
  });

  it("covers a path by itself or a parent only", () => {
    expect(covers(["loans.countdown"], "loans.countdown.days")).toBe(true);
    expect(covers(["loans.countdown"], "loans.count")).toBe(false);
    expect(covers(["loans.countdown"], "loans")).toBe(false);
  });
});
