import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as delay } from "node:timers/promises";

const root = path.resolve(import.meta.dirname, "..", "..");

/** The production build the servers run: the existing one, or a fresh `next build` when there is none. */
export function ensureBuild(env: NodeJS.ProcessEnv): void {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.log("No production build (.next/BUILD_ID): running next build…");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`next build failed with status ${result.status}`);
}

/** The first port from `from` on that nothing listens on (127.0.0.1), skipping `taken`. */
export async function freePort(from: number, taken: readonly number[] = []): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    if (taken.includes(port)) continue;
    if (await canListen(port)) return port;
  }
  throw new Error(`No free port in ${from}–${from + 99}.`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export interface RunningServer {
  origin: string;
  port: number;
  stop(): Promise<void>;
}

/** `next start` on `port` with `env`; resolves once /api/health answers 200 (polled), rejects if the process exits first. */
export async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<RunningServer> {
  // Node itself rather than npx, so that stopping the child stops the server.
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  // BENCH_SERVER_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (for profiling, not timing).
  const profile = process.env.BENCH_SERVER_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, nextBin, "start", "-p", String(port)], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const origin = `http://127.0.0.1:${port}`;
  const server: RunningServer = { origin, port, stop: () => stopChild(child) };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start on port ${port} exited with status ${child.exitCode}:\n${stderr}`);
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await delay(250); // polling interval, not a synchronisation: readiness is the health answer
  }
  await server.stop();
  throw new Error(`next start on port ${port} did not answer /api/health within 2 minutes:\n${stderr}`);
}

/**
 * Resolves once the server answers /api/health quickly twice in a row (under `quickMs`), i.e. once it has
 * finished the work of the previous measurement: autocannon drops its connections when a run ends, but the
 * server still renders the pages those requests asked for, which would slow the next target down.
 */
export async function waitUntilIdle(origin: string, quickMs = 50, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const started = performance.now();
    const ok = await fetch(`${origin}/api/health`).then(
      async (r) => {
        await r.arrayBuffer();
        return r.ok;
      },
      () => false,
    );
    quick = ok && performance.now() - started < quickMs ? quick + 1 : 0;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
