import type { PaymentGateway } from "./gateway";
import { SandboxGateway } from "./sandbox-gateway";

/**
 * Development defaults, the same as the sandbox's own (sandbox-payments/config.ts; a unit test keeps them
 * equal), so `next dev` beside `npx tsx sandbox-payments/server.ts` works with no set-up. Never used by a
 * production deployment on PostgreSQL, which must set its own (as lib/server/security/secrets.ts).
 */
export const DEV_SANDBOX_API_KEY = "sandbox-dev-api-key-not-for-production";
export const DEV_PAYMENT_WEBHOOK_SECRET = `whsec_${Buffer.from("sandbox-dev-webhook-secret-not-for-production").toString("base64")}`;

function isProductionDeployment(): boolean {
  return process.env.NODE_ENV === "production" && /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
}

function required(name: string, devDefault: string): string {
  const value = process.env[name];
  if (value) return value;
  if (isProductionDeployment()) throw new Error(`${name} must be set in production.`);
  return devDefault;
}

let cached: { key: string; gateway: PaymentGateway } | undefined;

/**
 * The payment gateway of this deployment: the sandbox payment platform at SANDBOX_PAYMENTS_URL
 * (default http://localhost:3100) with SANDBOX_PAYMENTS_API_KEY, per-request timeout
 * SANDBOX_PAYMENTS_TIMEOUT_MS (default 5000). Throws in production when the API key is missing.
 */
export function getPaymentGateway(): PaymentGateway {
  const baseUrl = process.env.SANDBOX_PAYMENTS_URL || "http://localhost:3100";
  const apiKey = required("SANDBOX_PAYMENTS_API_KEY", DEV_SANDBOX_API_KEY);
  const timeoutMs = Number(process.env.SANDBOX_PAYMENTS_TIMEOUT_MS) || 5000;
  const key = `${baseUrl}\n${apiKey}\n${timeoutMs}`;
  if (cached?.key !== key) cached = { key, gateway: new SandboxGateway({ baseUrl, apiKey, timeoutMs }) };
  return cached.gateway;
}

/**
 * The shared secret the gateway signs notifications with (PAYMENT_WEBHOOK_SECRET, `whsec_<base64>`), for
 * verifyNotification. Throws in production when it is missing.
 */
export function getPaymentWebhookSecret(): string {
  return required("PAYMENT_WEBHOOK_SECRET", DEV_PAYMENT_WEBHOOK_SECRET);
}
