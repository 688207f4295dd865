import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type OpenDatabase, openDatabase } from "./open";
import { resolveDatabaseTarget } from "./target";

// One database per server process (PGlite allows a single process per data directory); cached on
// globalThis so hot reloads in development reuse it.
const holder = globalThis as unknown as { __lendingDb?: Promise<OpenDatabase> };

function database(): Promise<OpenDatabase> {
  holder.__lendingDb ??= (async () => {
    const target = resolveDatabaseTarget(process.env.DATABASE_URL);
    // Embedded databases migrate themselves on first use; PostgreSQL is migrated by `npm run db:migrate`.
    return openDatabase(target, { migrate: target.kind === "pglite" });
  })();
  return holder.__lendingDb;
}

export async function getDb(): Promise<PrismaClient> {
  return (await database()).prisma;
}
