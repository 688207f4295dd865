import path from "node:path";
import type { RetryPolicy } from "./backoff";

/**
 * Development defaults, the same as the platform's (lib/server/payments/get-gateway.ts; a unit test keeps
 * them equal), so `npx tsx sandbox-payments/server.ts` beside `next dev` works with no set-up.
 * `npm start` and e2e pass their own.
 */
export const DEV_API_KEY = "sandbox-dev-api-key-not-for-production";
export const DEV_WEBHOOK_SECRET = `whsec_${Buffer.from("sandbox-dev-webhook-secret-not-for-production").toString("base64")}`;
export const DEV_CONSOLE_PASSWORD = "sandbox-console";

export interface SandboxConfig {
  /** 0: any free port (the sandbox prints the one it got). */
  port: number;
  host: string;
  /** Where browsers reach the sandbox (checkout URLs); defaults to http://localhost:<port>. */
  publicUrl: string | null;
  dataDir: string;
  apiKey: string;
  webhookSecret: string;
  consolePassword: string;
  /** The platform's webhook; null: notifications are stored but not sent. */
  notifyUrl: string | null;
  retry: RetryPolicy;
  /** Per attempt, ms. */
  deliveryTimeoutMs: number;
  testKnobs: boolean;
  /** Test knobs only: follow the platform's test clock file (clock.ts). */
  clockFile: string | null;
}

/** Reads SANDBOX_PAYMENTS_* (README of this folder). Throws on a malformed number. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  const int = (name: string, fallback: number, min: number) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
    return value;
  };
  return {
    port: int("SANDBOX_PAYMENTS_PORT", 3100, 0),
    host: env.SANDBOX_PAYMENTS_HOST || "127.0.0.1",
    publicUrl: env.SANDBOX_PAYMENTS_PUBLIC_URL || null,
    dataDir: path.resolve(env.SANDBOX_PAYMENTS_DATA_DIR || path.join(".data", "sandbox-payments")),
    apiKey: env.SANDBOX_PAYMENTS_API_KEY || DEV_API_KEY,
    webhookSecret: env.SANDBOX_PAYMENTS_WEBHOOK_SECRET || DEV_WEBHOOK_SECRET,
    consolePassword: env.SANDBOX_PAYMENTS_CONSOLE_PASSWORD || DEV_CONSOLE_PASSWORD,
    notifyUrl: env.SANDBOX_PAYMENTS_NOTIFY_URL || null,
    retry: {
      baseMs: int("SANDBOX_PAYMENTS_RETRY_BASE_MS", 1000, 1),
      maxMs: int("SANDBOX_PAYMENTS_RETRY_MAX_MS", 60_000, 1),
      maxAttempts: int("SANDBOX_PAYMENTS_MAX_ATTEMPTS", 12, 1),
    },
    deliveryTimeoutMs: int("SANDBOX_PAYMENTS_DELIVERY_TIMEOUT_MS", 10_000, 1),
    testKnobs: env.SANDBOX_PAYMENTS_TEST_KNOBS === "1",
    clockFile:
      env.SANDBOX_PAYMENTS_TEST_KNOBS === "1" && env.SANDBOX_PAYMENTS_CLOCK_FILE ? path.resolve(env.SANDBOX_PAYMENTS_CLOCK_FILE) : null,
  };
}
