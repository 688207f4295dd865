import os from "node:os";
import { performance } from "node:perf_hooks";
import { DEFAULT_PAGE_SIZE } from "@/lib/server/listings";
import type { PostgresBenchDatabase } from "../database";
import { adminDatabaseUrl, httpBenchConfig } from "./config";
import { type Figures, mostlyFailed } from "./figures";
import { investorSessionCookie } from "./investor";
import { measureTarget, progressReporter, warmUp } from "./measure";
import { prepareDatabase } from "./prepare";
import { roundRobin } from "./rounds";
import { ensureBuild, freePort, type RunningServer, startServer } from "./server";
import { latencyTable, throughputTable } from "./table";
import {
  benchTargets,
  CLIENTS,
  deepPageNumber,
  LOADED_CLIENTS,
  REQUEST_HEADERS,
  staticAssetFrom,
  type Target,
  type TargetId,
} from "./targets";
import { twoInstances } from "./two-instances";
import { verdicts } from "./verdicts";

/**
 * `npm run bench:http`: requests per second and latency of the public pages of the production build, each beside a
 * static file of the same server, on PostgreSQL with 10,000 published projects (issue 9). Prints figures and the
 * issue's targets as PASS/FAIL lines; exits 1 only when the harness fails (no server, targets answering errors).
 * Settings: bench/http/config.ts. Results and how to read them: bench/RESULTS.md.
 */
const config = httpBenchConfig();
const startedAt = performance.now();
const elapsed = () => `${Math.round((performance.now() - startedAt) / 1000)} s`;

// Fixed keys for a throwaway database, as the e2e server has; no test clock, no trusted proxy: a production setup.
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  AUTH_SECRET: "bench-auth-secret-not-for-production-0123456789",
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
  PII_HASH_KEY: Buffer.alloc(32, 4).toString("base64"),
};
for (const name of ["TEST_CLOCK", "TEST_CLOCK_FILE", "DEPLOYMENT_ENV", "TRUSTED_PROXY_HOPS"]) delete serverEnv[name];

const servers: RunningServer[] = [];
let database: PostgresBenchDatabase | undefined;

async function cleanUp() {
  await Promise.all(servers.map((s) => s.stop()));
  if (!database) return;
  await database.close({ keep: config.keep });
  if (config.keep) console.log(`Kept ${database.label} (BENCH_KEEP=1).`);
}

async function start(port: number, db: PostgresBenchDatabase): Promise<RunningServer> {
  const server = await startServer(port, { ...serverEnv, DATABASE_URL: db.url, APP_URL: `http://127.0.0.1:${port}` });
  servers.push(server);
  return server;
}

const progress = progressReporter(config.rounds, elapsed);

async function main() {
  ensureBuild(serverEnv);
  console.log(`Seeding ${config.projects} published projects on PostgreSQL…`);
  const { db, projectId } = await prepareDatabase(adminDatabaseUrl(), config.projects, (created) => {
    database = created;
  });
  console.log(`${db.label} ready (${elapsed()}); starting next start.`);
  const server = await start(await freePort(config.port), db);
  const investorCookie = await investorSessionCookie(server.origin);
  const html = await (await fetch(`${server.origin}/`)).text();
  const staticAssetPath = staticAssetFrom(html);
  if (!staticAssetPath) throw new Error("The home page references no script under /_next/static/.");
  const targets = benchTargets({
    staticAssetPath,
    deepPage: deepPageNumber(config.projects, DEFAULT_PAGE_SIZE),
    projectId,
    investorCookie,
  });
  await warmUp(server.origin, targets);
  const labels = Object.fromEntries(targets.map((t) => [t.id, t.label])) as Record<TargetId, string>;

  console.log(machineLine());
  console.log(
    `next start on ${server.origin} (NODE_ENV=production), ${config.rounds} rounds × ${config.durationSeconds} s per target, ` +
      `targets interleaved; every request sends accept-encoding: ${REQUEST_HEADERS["accept-encoding"]}; anonymous requests send no cookie.`,
  );
  console.log(`Static asset: ${staticAssetPath}. rps = clients ÷ mean response time; p50/p99 over every 2xx response.`);

  // Both concurrencies in the same rounds, so a change in the machine's load between them cannot tell them apart.
  const pages = targets.filter((t) => t.page);
  const measured = await roundRobin(
    [
      ...targets.map((t) => ({ key: `${t.id}@${CLIENTS}`, run: () => measureTarget(server.origin, t, CLIENTS, config.durationSeconds) })),
      ...pages.map((t) => ({
        key: `${t.id}@${LOADED_CLIENTS}`,
        run: () => measureTarget(server.origin, t, LOADED_CLIENTS, config.durationSeconds),
      })),
    ],
    config.rounds,
    progress.section("one instance"),
  );
  progress.end();
  const at = (clients: number, list: readonly Target[]) =>
    Object.fromEntries(list.map((t) => [t.id, measured.get(`${t.id}@${clients}`) as Figures])) as Record<TargetId, Figures>;
  const base = at(CLIENTS, targets);
  const loaded = at(LOADED_CLIENTS, pages);

  console.log(`\n### One instance, ${CLIENTS} clients\n`);
  console.log(throughputTable(targets.map((t) => ({ label: t.label, figures: base[t.id] }))));
  console.log(`\n### One instance, ${LOADED_CLIENTS} clients (pages)\n`);
  console.log(latencyTable(pages.map((t) => ({ label: t.label, figures: loaded[t.id] }))));
  console.log("\n### Targets of issue 9\n");
  for (const v of verdicts({ labels, base, loaded })) console.log(`${v.pass ? "PASS" : "FAIL"}  ${v.text}`);

  const failed = [...measured]
    .filter(([, f]) => mostlyFailed(f))
    .map(([key]) => {
      const [id, clients] = key.split("@");
      return `${labels[id as TargetId]} at ${clients} clients`;
    });
  if (config.instances === 2) {
    const second = await start(await freePort(server.port + 1, [server.port]), db);
    failed.push(...(await twoInstances(server, second, targets, { ...config, progress })));
  }
  console.log(`\nDone in ${elapsed()}.`);
  return failed;
}

function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const ram = `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`;
  return `Machine: ${cpu}, ${os.availableParallelism()} cores, ${ram}, Node ${process.version}, ${new Date().toISOString()}.`;
}

// Interrupted: the servers are this process's children and the database its own, so neither may outlive it.
for (const [signal, status] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.on(signal, () => {
    cleanUp().finally(() => process.exit(status));
  });
}

main()
  .then(async (failed) => {
    await cleanUp();
    if (failed.length > 0) {
      console.error(
        `\nMost requests failed, answered non-2xx or did not finish in time (these figures mean nothing): ${failed.join(", ")}.`,
      );
      process.exit(1);
    }
    process.exit(0);
  })
  .catch(async (error) => {
    console.error(error);
    await cleanUp().catch((e) => console.error(e));
    process.exit(1);
  });
