import { randomBytes } from "node:crypto";
import pg from "pg";
import { type OpenDatabase, openDatabase } from "@/lib/server/db/open";

export interface BenchDatabase extends OpenDatabase {
  kind: "pglite" | "postgres";
  label: string;
}

export interface PostgresBenchDatabase extends BenchDatabase {
  kind: "postgres";
  /** The new database's connection string, for servers started on it. */
  url: string;
  /** Disconnects and drops the database, or only disconnects with `keep`. */
  close(options?: { keep?: boolean }): Promise<void>;
}

/**
 * A fresh, migrated database for one benchmark run: in-memory PGlite by default; with BENCH_DATABASE_URL
 * (an admin URL of a PostgreSQL server) a new database on that server, dropped again by close().
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const adminUrl = process.env.BENCH_DATABASE_URL?.trim();
  if (!adminUrl) {
    const db = await openDatabase({ kind: "pglite", dataDir: undefined }, { migrate: true });
    return { ...db, kind: "pglite", label: "PGlite (in memory)" };
  }
  return createPostgresBenchDatabase(adminUrl);
}

/** A new, migrated database on the PostgreSQL server of `adminUrl`; close() drops it (FORCE: servers still on it are cut off). */
export async function createPostgresBenchDatabase(adminUrl: string): Promise<PostgresBenchDatabase> {
  const name = `bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString() }, { migrate: true, poolSize: 4 });
  return {
    ...db,
    kind: "postgres",
    url: url.toString(),
    label: `PostgreSQL (${url.host}, database ${name})`,
    async close(options) {
      await db.close();
      if (options?.keep) return;
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
