import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_ROLES } from "@/lib/shared/roles";

// Issue 10 item 1: actions take their role gate from the machines' event metadata (eventAction) or the
// capability table (capabilityAction), never from a role list of their own.
const appDir = join(__dirname, "../../app");
const actionFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(path);
    return /(^|-)actions\.ts$/.test(entry.name) ? [path] : [];
  });

describe("one permission source", () => {
  const files = actionFiles(appDir);

  it("finds the action files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [file.slice(appDir.length + 1), file]))("%s names no role and calls no roleAction", (_name, file) => {
    const source = readFileSync(file, "utf8");
    expect(source).not.toMatch(/\broleAction\(/);
    // A role list or a role comparison ("COMPANY" alone may be the entity type of eventAction).
    for (const role of ALL_ROLES) {
      expect(source).not.toMatch(new RegExp(`\\[[^\\]]*"${role}"`));
      expect(source).not.toMatch(new RegExp(`role\\s*[!=]==?\\s*"${role}"`));
    }
  });
});
