import { isRetryableDbError } from "@/lib/server/db/errors";
import type { Db, Tx } from "@/lib/server/db/types";

export interface TransactionOptions {
  /** How many times the whole transaction runs at most (first try included). Default 4. */
  attempts?: number;
  /** Default ReadCommitted; see below. */
  isolationLevel?: "ReadCommitted" | "RepeatableRead" | "Serializable";
  /** Interactive-transaction timeout in ms. Default 15 000. */
  timeout?: number;
}

/**
 * Runs `fn` in one interactive transaction and runs it again (with a short random back-off) when it fails
 * with a serialization failure (40001 / P2034), a deadlock (40P01) or a RetryableConflictError.
 *
 * Isolation: READ COMMITTED by default. Every write path in this codebase is safe under it because the
 * races are decided by row locks, not by snapshots: status changes are conditional updates
 * (`WHERE id = … AND status = old`, re-evaluated on the newest row version after waiting for the lock),
 * balances change by atomic increments checked by the database, and uniqueness by indexes.
 * READ COMMITTED also keeps errors on the statements that cause them; under SERIALIZABLE a conflict may
 * surface only at COMMIT, and with Prisma 6.19 + @prisma/adapter-pg a failing COMMIT leaks the pooled
 * connection (the adapter releases it only after a successful COMMIT).
 *
 * `fn` must be safe to run more than once: do no non-database side effects inside it.
 */
export async function withTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, {
        isolationLevel: options.isolationLevel ?? "ReadCommitted",
        timeout: options.timeout ?? 15_000,
        maxWait: 10_000,
      });
    } catch (error) {
      if (attempt >= attempts || !isRetryableDbError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
