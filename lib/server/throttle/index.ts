import { type BackoffPolicy, type CounterState, currentFailures, retryAt } from "@/lib/domain/throttle/backoff";
import { getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";

export interface ThrottleRow extends CounterState {
  key: string;
  lastSuccessAt: Date | null;
}

export interface ThrottleRule {
  /** e.g. "login:pair:<email>|<client>"; one counter row per key. */
  key: string;
  policy: BackoffPolicy;
  /** The attempt is charged to this counter but not held back by it (e.g. a client known to the account). */
  waivedWhen?: (rows: ReadonlyMap<string, ThrottleRow>, now: Date) => boolean;
}

export type Reservation = { ok: true } | { ok: false; retryAt: Date };

/**
 * Reserves one attempt against every rule BEFORE the attempt is checked: the rule rows are locked (one
 * upsert, keys in sorted order so concurrent reservations never deadlock), the delays are evaluated, and
 * either every counter is charged or none is. N parallel attempts therefore queue on the row locks and
 * only those within the limits are let through; a refused attempt changes nothing.
 * Callers settle a successful attempt with `clearCounters` / `refundAttempt`.
 */
export async function reserveAttempt(db: Db, rules: readonly ThrottleRule[], now = getClock().now()): Promise<Reservation> {
  const byKey = new Map(rules.map((rule) => [rule.key, rule]));
  const keys = [...byKey.keys()].sort();
  return withTransaction(db, async (tx) => {
    const rows = await lockRows(tx, keys);
    const waits = keys
      .map((key) => {
        const rule = byKey.get(key) as ThrottleRule;
        if (rule.waivedWhen?.(rows, now)) return null;
        return retryAt(rows.get(key) as ThrottleRow, rule.policy, now);
      })
      .filter((at): at is Date => at !== null);
    if (waits.length > 0) return { ok: false, retryAt: new Date(Math.max(...waits.map((at) => at.getTime()))) };
    for (const key of keys) {
      const failures = currentFailures(rows.get(key) as ThrottleRow, (byKey.get(key) as ThrottleRule).policy, now) + 1;
      await tx.attemptThrottle.update({ where: { key }, data: { failures, lastAttemptAt: now } });
    }
    return { ok: true };
  });
}

async function lockRows(tx: DbOrTx, keys: string[]): Promise<Map<string, ThrottleRow>> {
  // The no-op DO UPDATE takes the row lock on existing rows too, and RETURNING gives their current state.
  const rows = await tx.$queryRaw<ThrottleRow[]>`
    INSERT INTO "AttemptThrottle" ("key")
    SELECT k FROM unnest(${keys}::text[]) AS k ORDER BY k
    ON CONFLICT ("key") DO UPDATE SET "key" = EXCLUDED."key"
    RETURNING "key", "failures", "lastAttemptAt", "lastSuccessAt"`;
  return new Map(rows.map((row) => [row.key, row]));
}

/** A success: these counters start again from zero, remembering when the success happened. */
export async function clearCounters(db: DbOrTx, keys: readonly string[], now = getClock().now()) {
  await db.attemptThrottle.updateMany({ where: { key: { in: [...keys] } }, data: { failures: 0, lastSuccessAt: now } });
}

/** A success: the attempt reserved on these counters is given back (shared counters are not wiped by one success). */
export async function refundAttempt(db: DbOrTx, keys: readonly string[]) {
  await db.attemptThrottle.updateMany({ where: { key: { in: [...keys] }, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}

/** The user-facing refusal: "try again in N minutes" (rounded up, at least 1). */
export function rateLimitedError(retryAt: Date, now = getClock().now()): DomainError {
  return new DomainError("TOO_MANY_ATTEMPTS", "throttled", {}, { minutes: minutesUntil(retryAt, now) });
}

export function minutesUntil(retryAt: Date, now = getClock().now()): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}
