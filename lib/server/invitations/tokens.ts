import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes (256 bits): guessing a live link is hopeless, so activation needs no attempt limit. */
const TOKEN_BYTES = 32;

/**
 * A new activation token: `token` goes into the e-mailed link only (43 base64url characters); `tokenHash`
 * (SHA-256, 64 hex characters) is all the database keeps. A plain hash suffices because the token is random
 * and long, unlike a password.
 */
export function newActivationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashActivationToken(token) };
}

export function hashActivationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens we issue are exactly 43 base64url characters; anything else is refused before any look-up. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
