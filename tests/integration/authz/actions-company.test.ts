import { vi } from "vitest";
import { ACTION_GROUPS, describeActionMatrix } from "./run-action-matrix";

// The framework edges only (see framework.ts); everything else is the real code on the test database.
vi.mock("server-only", () => ({}));
vi.mock("@/lib/server/auth/auth", async () => (await import("./framework")).authModule());
vi.mock("@/lib/server/db", async () => (await import("./framework")).dbModule());
vi.mock("next/cache", async () => (await import("./framework")).cacheModule());
vi.mock("next/navigation", async () => (await import("./framework")).navigationModule());
vi.mock("next/headers", async () => (await import("./framework")).headersModule());
vi.mock("next-intl/server", async () => (await import("./framework")).intlModule());
vi.mock("next-auth", async () => (await import("./framework")).nextAuthModule());
// The payment gateway is another process: a stand-in that opens a checkout (a repayment through checkout).
vi.mock("@/lib/server/payments/get-gateway", () => ({
  getPaymentGateway: () => ({
    createCheckout: async ({ orderNo }: { orderNo: string }) => ({ checkoutUrl: `http://gateway.test/checkout/${orderNo}` }),
    queryOrder: async () => null,
  }),
  getPaymentWebhookSecret: () => "whsec_dGVzdA==",
}));

describeActionMatrix("authorization matrix: company actions, called directly", ACTION_GROUPS.company);
