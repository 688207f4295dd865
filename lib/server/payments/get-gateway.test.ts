import { afterEach, describe, expect, it, vi } from "vitest";
import { DEV_PAYMENT_WEBHOOK_SECRET, getPaymentGateway, getPaymentWebhookSecret } from "./get-gateway";
import { SandboxGateway } from "./sandbox-gateway";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("payment gateway settings", () => {
  it("refuse a production deployment on PostgreSQL without the API key or the webhook secret", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "postgres://db.example/lending");
    vi.stubEnv("SANDBOX_PAYMENTS_API_KEY", "");
    vi.stubEnv("PAYMENT_WEBHOOK_SECRET", "");
    expect(() => getPaymentGateway()).toThrow(/SANDBOX_PAYMENTS_API_KEY/);
    expect(() => getPaymentWebhookSecret()).toThrow(/PAYMENT_WEBHOOK_SECRET/);
  });

  it("take them from the environment when set", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "postgres://db.example/lending");
    vi.stubEnv("SANDBOX_PAYMENTS_API_KEY", "key-from-env");
    vi.stubEnv("PAYMENT_WEBHOOK_SECRET", "whsec_ZnJvbS1lbnY=");
    expect(getPaymentGateway()).toBeInstanceOf(SandboxGateway);
    expect(getPaymentWebhookSecret()).toBe("whsec_ZnJvbS1lbnY=");
  });

  it("fall back to the development values elsewhere (the embedded demo, development, tests)", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("PAYMENT_WEBHOOK_SECRET", "");
    expect(getPaymentWebhookSecret()).toBe(DEV_PAYMENT_WEBHOOK_SECRET);
  });

  it("build a new gateway when the URL changes, and reuse it otherwise", () => {
    vi.stubEnv("SANDBOX_PAYMENTS_URL", "http://gateway-a.test");
    const first = getPaymentGateway();
    expect(getPaymentGateway()).toBe(first);
    vi.stubEnv("SANDBOX_PAYMENTS_URL", "http://gateway-b.test");
    expect(getPaymentGateway()).not.toBe(first);
  });
});
