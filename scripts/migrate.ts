import { openDatabase } from "@/lib/server/db/open";
import { resolveDatabaseTarget } from "@/lib/server/db/target";

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (PostgreSQL) or the embedded database. */
async function main() {
  const db = await openDatabase(resolveDatabaseTarget(process.env.DATABASE_URL), { migrate: true });
  console.log(db.appliedMigrations.length ? `Applied: ${db.appliedMigrations.join(", ")}` : "Database is up to date.");
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
