import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * Adapter for the Prisma CLI (`prisma generate`, `prisma migrate diff`), which in Prisma 6.19 with the
 * JavaScript schema engine always wants one. Our own migrator (lib/server/db/migrate.ts) applies
 * migrations, so the CLI only ever needs a scratch in-memory database here.
 */
export async function createMigrationAdapter(_databaseUrl: string | undefined) {
  return new PrismaPGlite(new PGlite());
}
