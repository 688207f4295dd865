import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashActivationToken, isWellFormedToken, newActivationToken } from "./tokens";

describe("activation tokens", () => {
  it("are 32 random bytes in base64url, stored as their SHA-256 in hex", () => {
    const { token, tokenHash } = newActivationToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(isWellFormedToken(token)).toBe(true);
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashActivationToken(token)).toBe(tokenHash);
  });

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newActivationToken().token));
    expect(tokens.size).toBe(1000);
  });

  it("anything but 43 base64url characters is malformed", () => {
    for (const bad of [
      "",
      "a".repeat(42),
      "a".repeat(44),
      `${"a".repeat(42)}+`,
      `${"a".repeat(42)}/`,
      `${"a".repeat(42)}=`,
      " ".repeat(43),
    ]) {
      expect(isWellFormedToken(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
