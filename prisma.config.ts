import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./lib/server/db/migration-adapter";

// The CLI talks to the same database the app uses: DATABASE_URL (postgres://…) or embedded PGlite.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => createMigrationAdapter(process.env.DATABASE_URL),
});
