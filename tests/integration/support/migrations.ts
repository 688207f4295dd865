import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations, readMigrations, type SqlRunner } from "@/lib/server/db/migrate";

/**
 * Brings an empty database (createTestDatabase({ migrate: false })) to the schema just before migration `name`,
 * so a data migration can be tested on rows written in the old shape. The real migrator runs on a copy of the
 * earlier migration folders: the files are identical, so a later `applyMigrations(runner)` finds their
 * checksums recorded and applies `name` and the rest. Returns the names it applied, in order.
 */
export async function applyMigrationsBefore(runner: SqlRunner, name: string): Promise<string[]> {
  const migrations = await readMigrations();
  if (!migrations.some((m) => m.name === name)) throw new Error(`No migration named ${name}`);
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-before-"));
  try {
    for (const migration of migrations.filter((m) => m.name < name)) {
      await mkdir(path.join(dir, migration.name));
      await writeFile(path.join(dir, migration.name, "migration.sql"), migration.sql);
    }
    return await applyMigrations(runner, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
