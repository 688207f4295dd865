/**
 * Growing delays instead of hard locks (ASVS 5.0 V6.3.1: throttling must not let an attacker lock an
 * owner out). A counter allows `freeAttempts` attempts; after that, each further attempt must wait
 * `baseDelayMs · 2^(attempts − freeAttempts)` (capped at `maxDelayMs`) after the previous one. A counter
 * with no attempt for `resetAfterMs` starts again from zero.
 */
export interface BackoffPolicy {
  freeAttempts: number;
  /** Milliseconds to wait after the first attempt beyond the free ones. */
  baseDelayMs: number;
  maxDelayMs: number;
  resetAfterMs: number;
}

export interface CounterState {
  failures: number;
  lastAttemptAt: Date | null;
}

/** The counter as it stands at `now`: forgotten after a quiet `resetAfterMs`. */
export function currentFailures(state: CounterState, policy: BackoffPolicy, now: Date): number {
  if (!state.lastAttemptAt || now.getTime() - state.lastAttemptAt.getTime() >= policy.resetAfterMs) return 0;
  return state.failures;
}

/** Milliseconds to wait after the last attempt once `failures` attempts were charged (0 while free). */
export function delayAfter(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.freeAttempts) return 0;
  // 2^30 already exceeds any sensible cap; stop the exponent there so the number stays finite.
  const exponent = Math.min(failures - policy.freeAttempts, 30);
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}

/** When the next attempt may be made: null if it may be made now. */
export function retryAt(state: CounterState, policy: BackoffPolicy, now: Date): Date | null {
  const failures = currentFailures(state, policy, now);
  const delay = delayAfter(failures, policy);
  if (delay === 0 || !state.lastAttemptAt) return null;
  const allowedAt = state.lastAttemptAt.getTime() + delay;
  return allowedAt > now.getTime() ? new Date(allowedAt) : null;
}
