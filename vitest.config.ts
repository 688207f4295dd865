import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(__dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Concurrency tests need several real connections: PostgreSQL only (PGlite has one connection).
          exclude: process.env.TEST_DATABASE_URL ? [] : ["tests/integration/**/*.postgres.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file gets its own fresh database; files run in parallel forks.
          pool: "forks",
        },
      },
    ],
  },
});
