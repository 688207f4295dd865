export interface RetryPolicy {
  /** Delay after the first failed attempt, ms. */
  baseMs: number;
  /** No delay is longer than this, ms. */
  maxMs: number;
  /** Attempts in all (the first one included); after the last failure the notification is given up. */
  maxAttempts: number;
}

/**
 * Exponential backoff without jitter (one sender, so no herd to spread): after the n-th failed attempt
 * (n ≥ 1) the next one waits base × 2^(n−1), capped at max. Returns null when no attempt is left.
 */
export function nextRetryDelayMs(failedAttempts: number, policy: RetryPolicy): number | null {
  if (failedAttempts >= policy.maxAttempts) return null;
  const exponent = Math.min(failedAttempts - 1, 40);
  return Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
}
