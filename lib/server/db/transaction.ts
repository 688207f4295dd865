import { isRetryableDbError } from "./errors";
import type { Db, DbOrTx, Tx } from "./types";

export interface TransactionOptions {
  /** How many times the whole transaction runs at most (first try included). Default 4. */
  attempts?: number;
  /** Default: the database's, READ COMMITTED (docs/deployment.md keeps it so); see below. */
  isolationLevel?: "ReadCommitted" | "RepeatableRead" | "Serializable";
  /** Interactive-transaction timeout in ms. Default 15 000. */
  timeout?: number;
}

/** Whether `db` is already a transaction (a service that must run inside one checks it). */
export const isTransaction = (db: DbOrTx): db is Tx => typeof (db as { $transaction?: unknown }).$transaction !== "function";

/**
 * The one way services open a transaction (issue 10). Given the database, runs `fn` in one new interactive
 * transaction and runs it again (with a short random back-off) when it fails with a serialization failure
 * (40001 / P2034), a deadlock (40P01) or a RetryableConflictError. Given a transaction (`tx` of an outer call),
 * runs `fn` inside it: a service then joins its caller's unit of work, and the caller's retry covers both.
 *
 * Isolation: READ COMMITTED by default. Every write path in this codebase is safe under it because the
 * races are decided by row locks, not by snapshots: status changes are conditional updates
 * (`WHERE id = … AND status = old`, re-evaluated on the newest row version after waiting for the lock),
 * balances change by atomic increments checked by the database, and uniqueness by indexes.
 * READ COMMITTED also keeps errors on the statements that cause them; under SERIALIZABLE a conflict may
 * surface only at COMMIT, and with Prisma 6.19 + @prisma/adapter-pg a failing COMMIT leaks the pooled
 * connection (the adapter releases it only after a successful COMMIT).
 *
 * `fn` must be safe to run more than once: do no non-database side effects inside it (send mail, write files
 * or call other services after it returns, or through the outbox).
 */
export async function withTransaction<T>(db: DbOrTx, fn: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  if (isTransaction(db)) return fn(db);
  return retrying(db, fn, options);
}

async function retrying<T>(db: Db, fn: (tx: Tx) => Promise<T>, options: TransactionOptions): Promise<T> {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, {
        // Not sent unless asked: PostgreSQL's default is READ COMMITTED, and naming it costs one more statement
        // per transaction on the hottest paths (bench/RESULTS.md, bench:invest).
        isolationLevel: options.isolationLevel,
        timeout: options.timeout ?? 15_000,
        maxWait: 10_000,
      });
    } catch (error) {
      if (attempt >= attempts || !isRetryableDbError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
