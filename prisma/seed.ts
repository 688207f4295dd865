import { openDatabase } from "@/lib/server/db/open";
import { resolveDatabaseTarget } from "@/lib/server/db/target";
import { seedInitialAdmin } from "./seed/initial-admin";
import { seedAccounts } from "./seed/seed-accounts";
import { seedLoanBook } from "./seed/seed-loan-book";
import { seedMoney } from "./seed/seed-money";
import { seedProjects } from "./seed/seed-projects";
import { seedSiteFooter } from "./seed/seed-site-footer";

/**
 * Migrates the configured database, creates the initial admin from the environment if given, and loads
 * the demo data (idempotent). Demo accounts share a published password, so on PostgreSQL they are only
 * loaded when SEED_DEMO_DATA=1; the embedded database is a demo by nature and always gets them.
 */
async function main() {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const withDemoData = target.kind === "pglite" || process.env.SEED_DEMO_DATA === "1";
  const db = await openDatabase(target, { migrate: true });
  try {
    if (await seedInitialAdmin(db.prisma)) console.log("Initial admin ready.");
    if (withDemoData) {
      await seedAccounts(db.prisma);
      await seedProjects(db.prisma);
      await seedMoney(db.prisma);
      await seedLoanBook(db.prisma);
      await seedSiteFooter(db.prisma);
      console.log(`Demo data ready (${target.kind}).`);
    } else {
      console.log("Migrations applied. Demo data skipped (set SEED_DEMO_DATA=1 to load it).");
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
