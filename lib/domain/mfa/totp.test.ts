import { describe, expect, it } from "vitest";
import { normalizeRecoveryCode } from "./recovery-codes";
import { checkTotp, TOTP_PERIOD_SECONDS, totpCode, totpStep, totpUri } from "./totp";

// RFC 6238 Appendix B: the SHA-1 test key "12345678901234567890" (ASCII) in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
const NOW = Date.UTC(2026, 10, 30, 1, 0, 15);

describe("totpCode", () => {
  it("matches the RFC 6238 test vectors (last six digits of the 8-digit values)", () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe("287082");
    expect(totpCode(RFC_SECRET, 1_111_111_109_000)).toBe("081804");
    expect(totpCode(RFC_SECRET, 1_234_567_890_000)).toBe("005924");
    expect(totpCode(RFC_SECRET, 20_000_000_000_000)).toBe("353130");
  });
});

describe("checkTotp", () => {
  it("accepts the current code and returns its step", () => {
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, NOW), NOW, null)).toEqual({ ok: true, step: totpStep(NOW) });
  });

  it("accepts one step either side, not two", () => {
    const step = totpStep(NOW);
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, NOW - STEP_MS), NOW, null)).toEqual({ ok: true, step: step - 1 });
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, NOW + STEP_MS), NOW, null)).toEqual({ ok: true, step: step + 1 });
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, NOW - 2 * STEP_MS), NOW, null)).toEqual({ ok: false, reason: "INVALID" });
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, NOW + 2 * STEP_MS), NOW, null)).toEqual({ ok: false, reason: "INVALID" });
  });

  it("refuses a code whose step was already used, and any older one, as a replay", () => {
    const step = totpStep(NOW);
    const current = totpCode(RFC_SECRET, NOW);
    expect(checkTotp(RFC_SECRET, current, NOW, step)).toEqual({ ok: false, reason: "REPLAYED" });
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, NOW - STEP_MS), NOW, step)).toEqual({ ok: false, reason: "REPLAYED" });
    // The next step's code is still fresh.
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, NOW + STEP_MS), NOW, step)).toEqual({ ok: true, step: step + 1 });
    // And the same code is accepted again only by a verifier that never saw it.
    expect(checkTotp(RFC_SECRET, current, NOW, step - 1)).toEqual({ ok: true, step });
  });

  it("refuses wrong codes, wrong lengths and non-digits; ignores spaces", () => {
    const good = totpCode(RFC_SECRET, NOW);
    const wrong = String((Number(good) + 1) % 1_000_000).padStart(6, "0");
    expect(checkTotp(RFC_SECRET, wrong, NOW, null).ok).toBe(false);
    for (const bad of ["", "12345", "1234567", "abcdef", `${good}0`]) {
      expect(checkTotp(RFC_SECRET, bad, NOW, null), bad).toEqual({ ok: false, reason: "INVALID" });
    }
    expect(checkTotp(RFC_SECRET, `${good.slice(0, 3)} ${good.slice(3)}`, NOW, null)).toEqual({ ok: true, step: totpStep(NOW) });
  });

  it("the otpauth URI names the issuer and account and carries the secret", () => {
    const uri = totpUri(RFC_SECRET, "sup@example.test", "Lending");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Lending:sup%40example\.test\?/);
    expect(uri).toContain(`secret=${RFC_SECRET}`);
    expect(uri).toContain("period=30");
    expect(uri).toContain("digits=6");
  });
});

describe("normalizeRecoveryCode", () => {
  it("folds case, spaces, hyphens and full-width characters", () => {
    expect(normalizeRecoveryCode("k7m2q-x9c4t")).toBe("k7m2qx9c4t");
    expect(normalizeRecoveryCode(" K7M2Q X9C4T ")).toBe("k7m2qx9c4t");
    expect(normalizeRecoveryCode("ｋ７ｍ２ｑ－ｘ９ｃ４ｔ")).toBe("k7m2qx9c4t");
  });

  it("refuses anything that cannot be a code", () => {
    for (const bad of ["", "k7m2q", "k7m2q-x9c4t1", "k7m2q-x9c4o", "123456"]) expect(normalizeRecoveryCode(bad), bad).toBeNull();
  });
});
