import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";

const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce and strict-dynamic only: no 'unsafe-inline', no 'unsafe-eval' in production", () => {
    const scripts = scriptSrc(contentSecurityPolicy("abc123==", { development: false }));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
  });

  it("development adds eval for React's tooling, nothing else", () => {
    expect(scriptSrc(contentSecurityPolicy("n", { development: true }))).toBe("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
  });

  it("keeps the rest of the lock-down: no plugins, no framing, forms and base to this origin", () => {
    const policy = contentSecurityPolicy("n", { development: false });
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]) {
      expect(policy.split("; ")).toContain(directive);
    }
  });
});

describe("createNonce", () => {
  it("is 128 bits of base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
