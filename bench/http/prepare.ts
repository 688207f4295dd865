import { createPostgresBenchDatabase, type PostgresBenchDatabase } from "../database";
import { PUBLISHED_STATUS_MIX, seedProjects } from "../seed";
import { createInvestor } from "./investor";

/**
 * A new PostgreSQL database with `projects` published projects over 200 companies, 500 investments on one
 * fundraising project (its id is returned) and the investor who logs in. `created` hears of the database as soon
 * as it exists: dropping it (when seeding fails, or the run is interrupted) is the caller's.
 */
export async function prepareDatabase(
  adminUrl: string,
  projects: number,
  created: (db: PostgresBenchDatabase) => void,
): Promise<{ db: PostgresBenchDatabase; projectId: string }> {
  const db = await createPostgresBenchDatabase(adminUrl);
  created(db);
  const { detailId } = await seedProjects(
    db.prisma,
    { projects, companies: 200, investments: 500, statusMix: PUBLISHED_STATUS_MIX },
    new Date(),
  );
  await createInvestor(db.prisma);
  // Vacuumed and analysed, as autovacuum leaves a table in production (pages all-visible, so index-only scans
  // skip the heap); the synchronous commit first flushes the WAL, which VACUUM needs on a server running with
  // synchronous_commit=off (the test server) to mark the freshly inserted pages.
  await db.runner.exec("BEGIN; SET LOCAL synchronous_commit = on; ANALYZE; COMMIT;");
  await db.runner.exec("VACUUM ANALYZE");
  return { db, projectId: detailId };
}
