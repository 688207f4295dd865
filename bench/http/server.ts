import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
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
  const child = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
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

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
