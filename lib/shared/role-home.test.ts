import { describe, expect, it } from "vitest";
import { homePathFor, safeReturnPath } from "./role-home";

describe("return path after login", () => {
  it.each(["/admin", "/company/loans/abc?saved=1", "/loans?page=2#top"])("follows %s", (path) => expect(safeReturnPath(path)).toBe(path));

  it.each([
    ["another host", "//evil.example/x"],
    ["backslash host", "/\\evil.example"],
    ["tab smuggled", "/\t/evil.example"],
    ["newline smuggled", "/\n/evil.example"],
    ["absolute URL", "https://evil.example/"],
    ["scheme", "javascript:alert(1)"],
    ["relative", "admin"],
    ["not a string", 42],
  ])("refuses %s", (_label, value) => expect(safeReturnPath(value)).toBeNull());

  it("sends each role home", () => {
    expect(homePathFor("INVESTOR")).toBe("/investor");
    expect(homePathFor("COMPANY")).toBe("/company");
    expect(homePathFor("SUPERVISOR")).toBe("/admin");
  });
});
