import { openDatabase } from "@/lib/server/db/open";
import { resolveDatabaseTarget } from "@/lib/server/db/target";
import { seedAccounts } from "./seed/seed-accounts";

/** Migrates the configured database and loads the demo data (idempotent). */
async function main() {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const db = await openDatabase(target, { migrate: true });
  try {
    await seedAccounts(db.prisma);
    await (await import("./seed/seed-projects")).seedProjects(db.prisma);
    console.log(`Demo data ready (${target.kind}).`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
