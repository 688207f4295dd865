import { execFileSync } from "node:child_process";
import path from "node:path";

export interface HttpBenchConfig {
  /** Seconds per measurement (one round of one target). */
  durationSeconds: number;
  /** Rounds per target: targets are measured round-robin, so drift on the shared machine affects all alike. */
  rounds: number;
  projects: number;
  port: number;
  /** 2 adds the "two instances" section; 1 skips it. */
  instances: 1 | 2;
  /** Keep the database after the run (its name is printed). */
  keep: boolean;
}

/**
 * BENCH_DURATION (6 s), BENCH_ROUNDS (3), BENCH_PROJECTS (10000), BENCH_PORT (3290; the next free port is used),
 * BENCH_INSTANCES (2; 1 skips the two-instance section), BENCH_KEEP=1 keeps the database.
 */
export function httpBenchConfig(env: NodeJS.ProcessEnv = process.env): HttpBenchConfig {
  return {
    durationSeconds: positive(env.BENCH_DURATION, 6),
    rounds: positive(env.BENCH_ROUNDS, 3),
    projects: positive(env.BENCH_PROJECTS, 10_000),
    port: positive(env.BENCH_PORT, 3290),
    instances: env.BENCH_INSTANCES === "1" ? 1 : 2,
    keep: env.BENCH_KEEP === "1",
  };
}

/** An admin URL of a PostgreSQL server: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the private test server. */
export function adminDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.BENCH_DATABASE_URL?.trim() || env.TEST_DATABASE_URL?.trim();
  if (url) return url;
  return execFileSync("bash", ["scripts/ensure-postgres.sh"], {
    cwd: path.resolve(import.meta.dirname, "..", ".."),
    encoding: "utf8",
  }).trim();
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}
