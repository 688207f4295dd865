import type { BackoffPolicy } from "@/lib/domain/throttle/backoff";
import {
  REGISTRATION_CLIENT_POLICY,
  VERIFICATION_ACCOUNT_POLICY,
  VERIFICATION_CLIENT_POLICY,
} from "@/lib/server/accounts/account-throttle";
import { ACCOUNT_POLICY, CLIENT_POLICY, KNOWN_CLIENT_MS, PAIR_POLICY } from "@/lib/server/auth/login-throttle";
import type { Clock } from "@/lib/server/clock";
import type { Db, Tx } from "@/lib/server/db/types";
import { runInBatches } from "./run-in-batches";
import type { JobDefinition, JobResult, JobRunOptions } from "./types";

const DAY = 24 * 60 * 60_000;

/** Every policy whose counters live in `AttemptThrottle` (a unit test finds any BackoffPolicy missing here). */
export const THROTTLE_POLICIES: readonly BackoffPolicy[] = [
  PAIR_POLICY,
  CLIENT_POLICY,
  ACCOUNT_POLICY,
  REGISTRATION_CLIENT_POLICY,
  VERIFICATION_CLIENT_POLICY,
  VERIFICATION_ACCOUNT_POLICY,
];

/**
 * Every window a throttle rule reads back in time, in ms: each counter's reset window (1 day today) and the
 * "known client" window of the login account counter (30 days: a pair's `lastSuccessAt` waives it).
 */
export const THROTTLE_WINDOWS_MS: readonly number[] = [...THROTTLE_POLICIES.map((policy) => policy.resetAfterMs), KNOWN_CLIENT_MS];

/**
 * An attempt counter (`AttemptThrottle` row: login, registration and verification attempts) is deleted once
 * neither its last attempt nor its last success is newer than this: 35 days. Such a row answers exactly as a
 * missing one (the next attempt re-creates it with no failures and no success), because the longest window
 * any rule reads is 30 days; the 5 extra days keep that true if a window is raised a little.
 * So pruning never lets through an attempt the throttle would have held back.
 */
export const PRUNE_ATTEMPTS_AFTER_MS = 35 * DAY;

export const PRUNE_BATCH_SIZE = 500;

/**
 * Deletes the attempt counters idle for PRUNE_ATTEMPTS_AFTER_MS at `clock.now()`, `batchSize` rows per
 * transaction. Idempotent: a deleted row is no longer due, and a row in use by a login (locked by its
 * reservation) is skipped and stays, as it was just touched. Returns the number of rows deleted.
 */
export function pruneLoginAttempts(db: Db, clock: Clock, options: JobRunOptions = {}): Promise<JobResult> {
  const cutoff = new Date(clock.now().getTime() - PRUNE_ATTEMPTS_AFTER_MS);
  return runInBatches(db, options.batchSize ?? PRUNE_BATCH_SIZE, (tx, limit) => deleteIdleCounters(tx, cutoff, limit), options);
}

async function deleteIdleCounters(tx: Tx, cutoff: Date, limit: number): Promise<string[]> {
  // GREATEST ignores NULLs; a row with neither time (never charged) counts as idle.
  const rows = await tx.$queryRaw<{ key: string }[]>`
    DELETE FROM "AttemptThrottle" WHERE "key" IN (
      SELECT "key" FROM "AttemptThrottle"
      WHERE COALESCE(GREATEST("lastAttemptAt", "lastSuccessAt"), '-infinity') < ${cutoff}
      ORDER BY "key"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "key"`;
  return rows.map((row) => row.key);
}

export const pruneLoginAttemptsJob: JobDefinition = {
  name: "prune-login-attempts",
  description: "Deletes login, registration and verification attempt counters idle for 35 days.",
  // 04:17 every day, business time: a quiet hour, off the round minute other schedulers crowd.
  schedule: "17 4 * * *",
  run: pruneLoginAttempts,
};
