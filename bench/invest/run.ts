// `npm run bench:invest`: investing on ONE hot project on PostgreSQL (issue 11). At 8 and 32 concurrent clients it
// measures (a) placeInvestment, the service, (b) placeInvestmentAction over HTTP against the production server
// (`next start` on the existing build), and (c) the same SQL through plain `pg`, the ceiling, in the same run,
// round-robin so the shared machine's drift weighs on all alike. Each client is one investor; each measurement
// fills a fresh project of exactly BENCH_INVEST_OPS units, so the last investment fires FILL and the database
// must refuse nothing else. Prints throughput, p50/p99, ratios to the ceiling and the over-funding found (0).
// BENCH_INVEST_OPS (400), BENCH_INVEST_ROUNDS (3), BENCH_INVEST_HTTP=0 skips (b), BENCH_PORT (3390),
// BENCH_INVEST_CLIENTS ("8,32": the client counts; the targets are judged at 8 and 32), BENCH_INVEST_ONLY (profiling).

import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openDatabase } from "@/lib/server/db/open";
import type { Db } from "@/lib/server/db/types";
import { placeInvestment } from "@/lib/server/investments";
import { hashPassword } from "@/lib/server/security/passwords";
import { createCompany } from "../../tests/integration/support/factories";
import { createPostgresBenchDatabase, type PostgresBenchDatabase } from "../database";
import { adminDatabaseUrl } from "../http/config";
import { ensureBuild, freePort, type RunningServer, startServer } from "../http/server";
import { investThroughPlainPg } from "./ceiling";
import { investThroughHttp, placeInvestmentActionId, sessionCookie } from "./http";
import { hotProject, seedInvestors } from "./seed";

const OPS = Number(process.env.BENCH_INVEST_OPS ?? 400);
const ROUNDS = Number(process.env.BENCH_INVEST_ROUNDS ?? 3);
const WITH_HTTP = process.env.BENCH_INVEST_HTTP !== "0";
const CLIENT_COUNTS = (process.env.BENCH_INVEST_CLIENTS ?? "8,32").split(",").map(Number);
// For profiling one variant (e.g. BENCH_INVEST_ONLY=http with NODE_OPTIONS=--cpu-prof): the ratios then print nothing.
const ONLY = process.env.BENCH_INVEST_ONLY?.split(",");
const UNIT_FEN = 100_00n;
const PASSWORD = "bench-investor-pass-2026";

type Variant = "ceiling" | "service" | "http";

interface Sample {
  variant: Variant;
  clients: number;
  seconds: number;
  latencies: number[];
  overFundedFen: bigint;
  fills: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? NaN;

/** `clients` workers, client i investing as investor i, one unit at a time until the project is full. */
async function measure(
  db: Db,
  variant: Variant,
  clients: number,
  companyId: string,
  invest: (client: number, projectId: string) => Promise<boolean>,
): Promise<Sample> {
  const projectId = await hotProject(db, companyId, OPS, UNIT_FEN);
  let started = 0;
  const latencies: number[] = [];
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (started < OPS) {
        started += 1;
        const t0 = performance.now();
        const ok = await invest(client, projectId);
        latencies.push(performance.now() - t0);
        if (!ok) throw new Error(`${variant}: an investment within the amount was refused`);
      }
    }),
  );
  const seconds = (performance.now() - begin) / 1000;
  const project = await db.loanProject.findUniqueOrThrow({ where: { id: projectId } });
  const live = await db.investment.aggregate({ where: { projectId }, _sum: { amountFen: true } });
  if ((live._sum.amountFen ?? 0n) !== project.fundedFen) throw new Error(`${variant}: fundedFen differs from the investments`);
  const fills = await db.statusHistory.count({ where: { entityId: projectId, event: "FILL" } });
  if (project.status !== "FULLY_FUNDED" || fills !== 1) throw new Error(`${variant}: ${project.status} with ${fills} FILL rows`);
  return { variant, clients, seconds, latencies, overFundedFen: project.fundedFen - project.amountFen, fills };
}

function summarize(samples: Sample[]) {
  const rows = new Map<string, { ops: number; seconds: number; latencies: number[]; over: bigint }>();
  for (const s of samples) {
    const key = `${s.variant}@${s.clients}`;
    const row = rows.get(key) ?? { ops: 0, seconds: 0, latencies: [], over: 0n };
    row.ops += s.latencies.length;
    row.seconds += s.seconds;
    row.latencies.push(...s.latencies);
    row.over += s.overFundedFen > 0n ? s.overFundedFen : 0n;
    rows.set(key, row);
  }
  const out: { variant: Variant; clients: number; perSecond: number; p50: number; p99: number; over: bigint }[] = [];
  for (const [key, row] of rows) {
    const [variant, clients] = key.split("@") as [Variant, string];
    const sorted = [...row.latencies].sort((a, b) => a - b);
    out.push({
      variant,
      clients: Number(clients),
      perSecond: row.ops / row.seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      over: row.over,
    });
  }
  return out;
}

// Dropping the throwaway database WITH (FORCE) ends whatever connection a pool still keeps idle; that is the
// intended end of the run, not a failure.
process.on("uncaughtException", (error) => {
  if ((error as { code?: string }).code === "57P01") return;
  console.error(error);
  process.exit(1);
});

async function main() {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}.`);
  // The server and this process must share the PII keys (the service decrypts the ID number for the age).
  process.env.PII_ENCRYPTION_KEY ??= Buffer.alloc(32, 3).toString("base64");
  process.env.PII_HASH_KEY ??= Buffer.alloc(32, 4).toString("base64");
  process.env.AUTH_SECRET ??= "bench-auth-secret-not-for-production-0123456789";
  if (WITH_HTTP) ensureBuild({ ...process.env, NODE_ENV: "production" });

  const setup: PostgresBenchDatabase = await createPostgresBenchDatabase(adminDatabaseUrl());
  const service = await openDatabase({ kind: "postgres", url: setup.url }, { migrate: false, poolSize: 40 });
  const pool = new pg.Pool({ connectionString: setup.url, max: 40 });
  let server: RunningServer | undefined;
  try {
    const maxClients = Math.max(8, ...CLIENT_COUNTS);
    const investors = await seedInvestors(setup.prisma, maxClients);
    const company = await createCompany(setup.prisma);
    const cookies: string[] = [];
    let actionId = "";
    if (WITH_HTTP) {
      const passwordHash = await hashPassword(PASSWORD);
      await setup.prisma.user.updateMany({ where: { id: { in: investors } }, data: { passwordHash } });
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: setup.url };
      for (const name of ["TEST_CLOCK", "TEST_CLOCK_FILE", "DEPLOYMENT_ENV", "TRUSTED_PROXY_HOPS"]) delete env[name];
      const port = await freePort(Number(process.env.BENCH_PORT ?? 3390));
      server = await startServer(port, { ...env, APP_URL: `http://127.0.0.1:${port}` });
      actionId = placeInvestmentActionId();
      const emails = await setup.prisma.user.findMany({ where: { id: { in: investors } }, select: { id: true, email: true } });
      const emailOf = new Map(emails.map((u) => [u.id, u.email]));
      for (const id of investors) cookies.push(await sessionCookie(server.origin, emailOf.get(id) as string, PASSWORD));
    }
    const origin = server?.origin ?? "";
    const variants: Record<Variant, (client: number, projectId: string) => Promise<boolean>> = {
      ceiling: (client, projectId) => investThroughPlainPg(pool, investors[client] as string, projectId, UNIT_FEN),
      service: async (client, projectId) => {
        await placeInvestment(service.prisma, {
          investorId: investors[client] as string,
          projectId,
          amountFen: UNIT_FEN,
          riskNoticeAccepted: true,
        });
        return true;
      },
      http: (client, projectId) => investThroughHttp(origin, actionId, cookies[client] as string, projectId, "100"),
    };
    const order = (WITH_HTTP ? ["ceiling", "service", "http"] : ["ceiling", "service"]).filter(
      (v) => !ONLY || ONLY.includes(v),
    ) as Variant[];
    console.log(`${setup.label}; ${OPS} investments of ¥100.00 per measurement, ${ROUNDS} rounds, variants ${order.join(", ")}.`);
    // Warm-up: plans, pools, the server's first compiles.
    for (const variant of order) await measure(setup.prisma, variant, 8, company.id, variants[variant]);

    const samples: Sample[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const clients of CLIENT_COUNTS) {
        for (const variant of order) samples.push(await measure(setup.prisma, variant, clients, company.id, variants[variant]));
      }
      console.log(`round ${round}/${ROUNDS} done`);
    }

    const rows = summarize(samples);
    console.log("\n| clients | variant | investments/s | × ceiling | p50 ms | p99 ms | over-funded fen |");
    console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
    for (const clients of CLIENT_COUNTS) {
      const ceiling = rows.find((r) => r.variant === "ceiling" && r.clients === clients);
      for (const variant of order) {
        const r = rows.find((x) => x.variant === variant && x.clients === clients);
        if (!r || !ceiling) continue;
        console.log(
          `| ${clients} | ${variant} | ${r.perSecond.toFixed(0)} | ${(r.perSecond / ceiling.perSecond).toFixed(2)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.over} |`,
        );
      }
    }
    const at = (variant: Variant, clients: number) => rows.find((r) => r.variant === variant && r.clients === clients);
    const ratio = (variant: Variant, clients: number) =>
      (at(variant, clients)?.perSecond ?? 0) / (at("ceiling", clients)?.perSecond ?? Number.POSITIVE_INFINITY);
    const verdict = (ok: boolean, text: string) => console.log(`${ok ? "PASS" : "FAIL"} ${text}`);
    console.log("");
    verdict(ratio("service", 8) >= 0.5, `service ≥ 0.5× the ceiling at 8 clients (${ratio("service", 8).toFixed(2)}×)`);
    if (WITH_HTTP) verdict(ratio("http", 8) >= 0.25, `HTTP ≥ 0.25× the ceiling at 8 clients (${ratio("http", 8).toFixed(2)}×)`);
    for (const variant of order.filter((v) => v !== "ceiling")) {
      const p99 = at(variant, 32)?.p99 ?? Number.NaN;
      verdict(p99 < 250, `${variant} p99 < 250 ms at 32 clients (${p99.toFixed(1)} ms)`);
    }
    verdict(
      rows.every((r) => r.over === 0n),
      "over-funding 0 in every measurement",
    );
  } finally {
    await server?.stop();
    await pool.end();
    await service.close();
    await setup.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
