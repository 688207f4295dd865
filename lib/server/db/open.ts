import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPGliteAdapter, createPostgresAdapter } from "./adapters";
import { applyMigrations, type SqlRunner } from "./migrate";
import type { DatabaseTarget } from "./target";

export interface OpenDatabase {
  prisma: PrismaClient;
  /** Direct SQL access for migrations and test set-up. */
  runner: SqlRunner;
  /** Migrations this call applied (empty when the schema was already current or migrate was off). */
  appliedMigrations: string[];
  close(): Promise<void>;
}

/** Opens a database and, when asked, brings its schema up to date before anything queries it. */
export async function openDatabase(target: DatabaseTarget, options: { migrate?: boolean; poolSize?: number } = {}): Promise<OpenDatabase> {
  if (target.kind === "pglite") {
    if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
    const pglite = new PGlite(target.dataDir);
    await pglite.waitReady;
    const runner: SqlRunner = { exec: (sql) => pglite.exec(sql), query: (sql, params) => pglite.query(sql, params) };
    const appliedMigrations = options.migrate ? await applyMigrations(runner) : [];
    const prisma = new PrismaClient({ adapter: createPGliteAdapter(pglite) });
    return {
      prisma,
      runner,
      appliedMigrations,
      async close() {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10 });
  const runner = poolRunner(pool);
  const appliedMigrations = options.migrate ? await withSingleConnection(pool, (r) => applyMigrations(r)) : [];
  const prisma = new PrismaClient({ adapter: createPostgresAdapter(pool) });
  return {
    prisma,
    runner,
    appliedMigrations,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

function poolRunner(pool: pg.Pool): SqlRunner {
  return {
    exec: (sql) => pool.query(sql),
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)) as unknown as { rows: T[] },
  };
}

// Migrations use BEGIN/COMMIT and an advisory lock, which must all run on one connection.
async function withSingleConnection<T>(pool: pg.Pool, work: (runner: SqlRunner) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await work({
      exec: (sql) => client.query(sql),
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)) as unknown as { rows: T[] },
    });
  } finally {
    client.release();
  }
}
