import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const TEST_API_KEY = "integration-sandbox-api-key";
export const TEST_WEBHOOK_SECRET = `whsec_${Buffer.from("integration-sandbox-webhook-secret-32b").toString("base64")}`;
export const TEST_CONSOLE_PASSWORD = "integration-console-password";

export interface SandboxProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Output so far, for failure messages. */
  output: () => string;
  /** SIGTERM (a clean stop) or SIGKILL (a crash); resolves when the process is gone. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export function freshDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), "sandbox-payments-"));
}

/**
 * Starts the real sandbox (`sandbox-payments/server.ts`, through tsx) on a free port and resolves with the
 * URL it prints once listening.
 */
export async function startSandboxProcess(env: Record<string, string> = {}, dataDir = freshDataDir()): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "sandbox-payments/server.ts"], {
    cwd: path.resolve(__dirname, "../../../.."),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "test",
      SANDBOX_PAYMENTS_PORT: "0",
      SANDBOX_PAYMENTS_DATA_DIR: dataDir,
      SANDBOX_PAYMENTS_API_KEY: TEST_API_KEY,
      SANDBOX_PAYMENTS_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      SANDBOX_PAYMENTS_CONSOLE_PASSWORD: TEST_CONSOLE_PASSWORD,
      SANDBOX_PAYMENTS_RETRY_BASE_MS: "50",
      SANDBOX_PAYMENTS_RETRY_MAX_MS: "200",
      SANDBOX_PAYMENTS_TEST_KNOBS: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${output}`)), 30_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((candidate) => candidate.includes('"sandboxPayments":"listening"'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited (${code}) before listening:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Polls `check` every 20 ms until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function api(sandbox: { url: string }, path: string, init: { method?: string; body?: unknown; key?: string | null } = {}) {
  const key = init.key === undefined ? TEST_API_KEY : init.key;
  return fetch(`${sandbox.url}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      ...(key === null ? {} : { authorization: `Bearer ${key}` }),
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    redirect: "manual",
  });
}

let orderCounter = 0;

/** A valid order for POST /api/orders, unique per call. */
export function newOrder(overrides: Record<string, string> = {}) {
  orderCounter += 1;
  return {
    orderNo: `ord${Date.now().toString(36)}${orderCounter}`,
    purpose: "DEPOSIT",
    amountFen: "123456",
    userId: "user-1",
    returnUrl: "http://platform.test/zh-CN/wallet/deposit/return",
    expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    ...overrides,
  };
}
