import { createHash, timingSafeEqual } from "node:crypto";

/** Shorter secrets are treated as not configured: a guessable secret would open every job to anyone. */
export const MIN_JOBS_SECRET_LENGTH = 32;

/**
 * - unconfigured: JOBS_SECRET is unset or shorter than MIN_JOBS_SECRET_LENGTH, so the route is off (404);
 * - denied: the request's `Authorization: Bearer …` is missing or wrong (401);
 * - ok: it matches.
 */
export type JobsSecretCheck = "unconfigured" | "denied" | "ok";

/**
 * Checks an `Authorization` header value against the configured secret. Both sides are hashed first, so
 * `timingSafeEqual` compares equal lengths and the time taken tells nothing about the secret or its length.
 */
export function checkJobsSecret(authorization: string | null, configured: string | undefined): JobsSecretCheck {
  const secret = configured?.trim();
  if (!secret || secret.length < MIN_JOBS_SECRET_LENGTH) return "unconfigured";
  const match = /^Bearer (.+)$/.exec(authorization?.trim() ?? "");
  if (!match) return "denied";
  return timingSafeEqual(digest(match[1]), digest(secret)) ? "ok" : "denied";
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
