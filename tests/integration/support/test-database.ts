import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe } from "vitest";
import { type OpenDatabase, openDatabase } from "@/lib/server/db/open";

/**
 * A fresh, fully migrated database for one test file.
 * TEST_DATABASE_URL=postgres://… → a new PostgreSQL database created for the file and dropped after it;
 * otherwise → an embedded PGlite instance in memory. The same suites run on both.
 */
export interface TestDatabase extends OpenDatabase {
  kind: "postgres" | "pglite";
  /** A connection string for extra clients (PostgreSQL only), e.g. for concurrency tests. */
  url?: string;
}

export const isPostgres = () => Boolean(process.env.TEST_DATABASE_URL);

/**
 * `migrate: false` leaves the database empty, for tests that apply migrations themselves (support/migrations.ts);
 * with it on PostgreSQL, pass `poolSize: 1` so the migrator's BEGIN/COMMIT run on one connection.
 */
export async function createTestDatabase(options: { poolSize?: number; migrate?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const migrate = options.migrate ?? true;
  if (!adminUrl) {
    const db = await openDatabase({ kind: "pglite", dataDir: undefined }, { migrate });
    return { ...db, kind: "pglite" };
  }
  const name = `test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = withDatabaseName(adminUrl, name);
  const db = await openDatabase({ kind: "postgres", url }, { migrate, poolSize: options.poolSize ?? 10 });
  return {
    ...db,
    kind: "postgres",
    url,
    async close() {
      await db.close();
      await withAdmin(adminUrl, async (admin) => {
        // pool.end() resolves before the sockets close; a FORCE drop that kills a closing connection makes it
        // emit an unhandled 57P01 error in the test process, so wait (briefly) for them to go first.
        for (let i = 0; i < 50; i++) {
          const { rows } = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
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

/**
 * A block of tests that only mean something with several real connections (PGlite has one). On PGlite it is
 * not registered at all, so the run reports no skipped tests; whole files of such tests are named
 * `*.postgres.test.ts` and left out of the PGlite run by vitest.config.ts.
 */
export function describeOnPostgres(name: string, body: () => void) {
  if (isPostgres()) describe(name, () => body());
}
