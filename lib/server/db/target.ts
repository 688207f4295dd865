import path from "node:path";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | undefined };

export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), ".data", "pglite");

/**
 * `postgres://…` selects PostgreSQL; nothing (or `pglite:<dir>`) selects embedded PGlite under `.data/`.
 * `pglite:memory` is an in-memory PGlite, used by tests that want a throwaway database.
 */
export function resolveDatabaseTarget(databaseUrl: string | undefined): DatabaseTarget {
  const url = databaseUrl?.trim();
  if (!url) return { kind: "pglite", dataDir: DEFAULT_PGLITE_DIR };
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return { kind: "postgres", url };
  if (url.startsWith("pglite:")) {
    const dir = url.slice("pglite:".length);
    if (dir === "memory") return { kind: "pglite", dataDir: undefined };
    return { kind: "pglite", dataDir: dir ? path.resolve(dir) : DEFAULT_PGLITE_DIR };
  }
  throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or pglite: (got "${url.split(":")[0]}:…")`);
}
