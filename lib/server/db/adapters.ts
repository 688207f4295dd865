import type { PGlite, Transaction } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/*
 * Both driver adapters mishandle a transaction whose COMMIT fails (for example when a deferred
 * constraint trigger, such as "postings of an entry sum to zero", refuses it):
 * - pglite-prisma-adapter 0.6.1 swallows the error: the caller is told the transaction committed while
 *   PostgreSQL rolled it back;
 * - @prisma/adapter-pg 6.19 never returns the pooled connection, so the pool slowly runs dry.
 * These wrappers make a failed COMMIT reject, and release the connection, on both databases.
 */

type AdapterTransaction = {
  commit(): Promise<void>;
  rollback(): Promise<void>;
  executeRaw(query: { sql: string }): Promise<unknown>;
  queryRaw(query: { sql: string }): Promise<unknown>;
};
type Adapter = { startTransaction(...args: unknown[]): Promise<AdapterTransaction> };
type Factory = { connect(): Promise<unknown> };

function wrapTransactions<F extends Factory>(factory: F, wrap: (tx: AdapterTransaction) => AdapterTransaction): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = (await connect()) as Adapter;
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args: unknown[]) => wrap(await start(...args));
    return adapter;
  };
  return factory;
}

/** PGlite runs one transaction at a time, so the transaction whose callback is running is the current one. */
export function createPGliteAdapter(pglite: PGlite) {
  let current: Promise<unknown> | undefined;
  const tracked = new Proxy(pglite, {
    get(target, property) {
      if (property === "transaction") {
        return <T>(callback: (tx: Transaction) => Promise<T>) => {
          let outcome: Promise<T> | undefined;
          outcome = target.transaction(async (tx) => {
            current = outcome;
            return callback(tx);
          });
          return outcome;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return wrapTransactions(new PrismaPGlite(tracked), (tx) => {
    const outcome = current;
    const commit = tx.commit.bind(tx);
    tx.commit = async () => {
      await commit();
      await outcome; // rejects when PostgreSQL refused the COMMIT
    };
    return tx;
  });
}

export function createPostgresAdapter(pool: pg.Pool) {
  return wrapTransactions(new PrismaPg(pool), (tx) => {
    let finished = false;
    const once = (end: () => Promise<void>) => async () => {
      if (finished) return;
      finished = true;
      await end();
    };
    tx.commit = once(tx.commit.bind(tx));
    tx.rollback = once(tx.rollback.bind(tx));
    for (const method of ["executeRaw", "queryRaw"] as const) {
      const run = tx[method].bind(tx);
      tx[method] = async (query) => {
        try {
          return await run(query);
        } catch (error) {
          // The engine does not end a transaction whose COMMIT failed: hand the connection back ourselves.
          if (/^\s*COMMIT\b/i.test(query.sql)) await tx.rollback();
          throw error;
        }
      };
    }
    return tx;
  });
}
