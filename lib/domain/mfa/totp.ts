import { Secret, TOTP } from "otpauth";

/** RFC 6238 as every authenticator app implements it by default: HMAC-SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side (RFC 6238 §5.2 allows for clock drift and typing time): 90 s in all. */
export const TOTP_WINDOW = 1;

function totp(secretBase32: string, label = "", issuer = "") {
  return new TOTP({
    issuer,
    label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The otpauth:// URI an authenticator app reads from the QR code (Key URI Format). */
export function totpUri(secretBase32: string, account: string, issuer: string): string {
  return totp(secretBase32, account, issuer).toString();
}

/** The 30-second step an instant (ms since the epoch) falls in. */
export function totpStep(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a given instant; used by tests and fixtures that play the authenticator app. */
export function totpCode(secretBase32: string, nowMs: number): string {
  return totp(secretBase32).generate({ timestamp: nowMs });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "INVALID" | "REPLAYED" };

/**
 * Checks a 6-digit code against the steps now-1, now, now+1. A code whose step is not after `lastUsedStep`
 * is refused as a replay (RFC 6238 §5.2: the verifier must not accept the second attempt of the same OTP),
 * which also refuses any older code once a newer one was used. On success the caller stores `step`.
 */
export function checkTotp(secretBase32: string, code: string, nowMs: number, lastUsedStep: number | null): TotpCheck {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: "INVALID" };
  const delta = totp(secretBase32).validate({ token, timestamp: nowMs, window: TOTP_WINDOW });
  if (delta === null) return { ok: false, reason: "INVALID" };
  const step = totpStep(nowMs) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: "REPLAYED" };
  return { ok: true, step };
}
