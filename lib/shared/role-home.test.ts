import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { homePathFor, safeReturnPath } from "./role-home";

const SAME = "http://same.invalid";

/** Where a browser on `base` goes when told to go to `path`: the WHATWG URL parser browsers use. */
const landsOn = (path: string, base: string) => new URL(path, base).origin;

describe("return path after login", () => {
  it.each(["/admin", "/company/loans/abc?saved=1", "/loans?page=2#top", "/a/./b/../c"])("follows %s", (path) =>
    expect(safeReturnPath(path)).toBe(new URL(path, SAME).pathname + new URL(path, SAME).search + new URL(path, SAME).hash),
  );

  it.each([
    ["another host", "//evil.example/x"],
    ["backslash host", "/\\evil.example"],
    ["tab smuggled", "/\t/evil.example"],
    ["newline smuggled", "/\n/evil.example"],
    ["absolute URL", "https://evil.example/"],
    ["scheme", "javascript:alert(1)"],
    ["relative", "admin"],
    ["not a string", 42],
    // The URL parser removes the dot segment and leaves "//evil.example": caught by checking the result again.
    ["dot segment then a second slash", "/.//evil.example"],
    ["dot-dot segment then a second slash", "/..//evil.example"],
    ["dot segments after a path", "/a/..//evil.example"],
    ["encoded dot segment", "/%2e//evil.example"],
    ["C1 control character", "/\u0085/evil.example"],
    ["too long", `/${"a".repeat(5000)}`],
  ])("refuses %s", (_label, value) => expect(safeReturnPath(value)).toBeNull());

  it("sends each role home", () => {
    expect(homePathFor("INVESTOR")).toBe("/investor");
    expect(homePathFor("COMPANY")).toBe("/company");
    expect(homePathFor("SUPERVISOR")).toBe("/admin");
  });
});

// Pieces an attacker combines: slashes of every kind and encoding, dot segments, whitespace and controls,
// schemes, hosts, and ordinary path text.
const FRAGMENTS = [
  "/",
  "//",
  "///",
  "\\",
  "\\\\",
  "/\\",
  "%2f",
  "%2F",
  "%5c",
  "%5C",
  "%252f",
  "%25%32%66",
  "%2e",
  "%2E%2E",
  ".",
  "..",
  "/./",
  "/../",
  "./",
  "../",
  "\t",
  "\n",
  "\r",
  " ",
  "\u0000",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u2028",
  "\uff0f", // fullwidth solidus
  "\u2215", // division slash
  "\u2044", // fraction slash
  "\u29f8", // big solidus
  "\ufe68", // small reverse solidus
  "\uff3c", // fullwidth reverse solidus
  "@",
  ":",
  "?",
  "#",
  "&",
  "http:",
  "https:",
  "javascript:",
  "data:",
  "evil.example",
  "evil.example:8080",
  "user@evil.example",
  "admin",
  "loans",
  "a",
];

const candidate = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }).map((parts) => parts.join("")),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 7 }).map((parts) => `/${parts.join("")}`),
  fc.string({ maxLength: 20 }).map((s) => `/${s}`),
  fc.string({ unit: "binary", maxLength: 12 }),
);

describe("return path property: every accepted output stays on the origin it is resolved against", () => {
  it("holds for many combinations of encodings, slashes, dot segments and controls", () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const out = safeReturnPath(value);
        if (out === null) return;
        expect(out).toMatch(/^\/(?![/\\])/); // "/" alone is the home page
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not survive.
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\]/);
        expect(out).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
        expect(landsOn(out, SAME)).toBe(SAME);
        expect(landsOn(out, "https://app.example/deep/page?x=1")).toBe("https://app.example");
        // The output is a fixed point: checking it again changes nothing.
        expect(safeReturnPath(out)).toBe(out);
      }),
      { numRuns: 5000 },
    );
  });

  it("the examples that slipped through before are among the refused", () => {
    for (const value of ["/.//evil.example", "/./%2e//evil.example", "/x/../..//evil.example"]) {
      expect(safeReturnPath(value), value).toBeNull();
    }
  });
});
