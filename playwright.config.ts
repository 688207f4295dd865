import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run the production build against a fresh PostgreSQL database, so fixtures can create
// each test's own users directly in the database while the server runs (PGlite allows one process only).
const adminUrl = process.env.TEST_DATABASE_URL || execFileSync("bash", ["scripts/ensure-postgres.sh"], { encoding: "utf8" }).trim();
const port = Number(process.env.E2E_PORT ?? 3200);
// One database per port, so two checkouts can run their suites side by side on one PostgreSQL.
const e2eDatabaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = port === 3200 ? "/lending_e2e" : `/lending_e2e_${port}`;
  return url.toString();
})();

process.env.E2E_DATABASE_URL = e2eDatabaseUrl;
// The server runs with the settable test clock (real time until a test sets it; see
// docs/domain/business-calendar.md). A test that moves it must not run beside tests that need real time.
const testClockFile = path.resolve(".data", `test-clock-e2e-${port}.json`);
process.env.E2E_TEST_CLOCK_FILE = testClockFile;
process.env.TEST_DATABASE_URL = adminUrl;
const serverSecrets = {
  AUTH_SECRET: "e2e-auth-secret-not-for-production-0123456789",
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  PII_HASH_KEY: Buffer.alloc(32, 9).toString("base64"),
};
Object.assign(process.env, serverSecrets);

// The sandbox payment platform (sandbox-payments/) beside the app, on E2E_PORT + 1000, with a fresh data
// directory per run, test knobs on and fast retries. Tests reach it at E2E_SANDBOX_PAYMENTS_URL (merchant API
// with E2E_SANDBOX_PAYMENTS_API_KEY, console with E2E_SANDBOX_PAYMENTS_CONSOLE_PASSWORD).
const sandboxPort = port + 1000;
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
const sandboxSecrets = {
  SANDBOX_PAYMENTS_API_KEY: "e2e-sandbox-payments-api-key",
  PAYMENT_WEBHOOK_SECRET: `whsec_${Buffer.from("e2e-sandbox-payments-webhook-secret!").toString("base64")}`,
};
const sandboxConsolePassword = "e2e-sandbox-console";
// One id per run (workers inherit it): the health check asks for it, so a sandbox left over from an earlier
// run on the same port (other secrets, old data) is never reused; its port being taken fails the start loudly.
process.env.E2E_SANDBOX_INSTANCE ??= randomUUID();
process.env.E2E_SANDBOX_PAYMENTS_URL = sandboxUrl;
process.env.E2E_SANDBOX_PAYMENTS_API_KEY = sandboxSecrets.SANDBOX_PAYMENTS_API_KEY;
process.env.E2E_SANDBOX_PAYMENTS_CONSOLE_PASSWORD = sandboxConsolePassword;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};
const CLOCK_SPECS = /\.clock\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "zh-CN",
  },
  projects: [
    {
      name: "chromium",
      // Specs that move the test clock run alone afterwards (project "clock").
      testIgnore: CLOCK_SPECS,
      use: { ...chromium },
    },
    {
      // The test clock moves the time for every request of the server (sessions expire by it, deadlines fall
      // due): its specs start once every other spec is done and run one at a time, and each puts the clock
      // back to the real time when it ends (e2e/support/test-clock.ts). Run one alone with
      // `npx playwright test --project=clock --no-deps e2e/<name>.clock.spec.ts` (without --no-deps the whole
      // chromium project runs first). If a chromium spec fails, Playwright skips this project.
      name: "clock",
      testMatch: CLOCK_SPECS,
      dependencies: ["chromium"],
      fullyParallel: false,
      workers: 1,
      use: { ...chromium },
    },
  ],
  webServer: [
    {
      command: "bash scripts/e2e-sandbox-payments.sh",
      url: `${sandboxUrl}/health?instance=${process.env.E2E_SANDBOX_INSTANCE}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: "pipe",
      env: {
        SANDBOX_PAYMENTS_PORT: String(sandboxPort),
        SANDBOX_PAYMENTS_HOST: "127.0.0.1",
        SANDBOX_PAYMENTS_PUBLIC_URL: sandboxUrl,
        SANDBOX_PAYMENTS_DATA_DIR: path.resolve(".data", `e2e-sandbox-payments-${port}`),
        SANDBOX_PAYMENTS_INSTANCE: process.env.E2E_SANDBOX_INSTANCE,
        SANDBOX_PAYMENTS_API_KEY: sandboxSecrets.SANDBOX_PAYMENTS_API_KEY,
        SANDBOX_PAYMENTS_WEBHOOK_SECRET: sandboxSecrets.PAYMENT_WEBHOOK_SECRET,
        SANDBOX_PAYMENTS_CONSOLE_PASSWORD: sandboxConsolePassword,
        SANDBOX_PAYMENTS_NOTIFY_URL: `http://127.0.0.1:${port}/api/payments/notifications`,
        SANDBOX_PAYMENTS_TEST_KNOBS: "1",
        SANDBOX_PAYMENTS_RETRY_BASE_MS: "200",
        SANDBOX_PAYMENTS_RETRY_MAX_MS: "5000",
        // Order expiry and payment times follow the app's test clock when a test moves it.
        SANDBOX_PAYMENTS_CLOCK_FILE: testClockFile,
      },
    },
    {
      command: "bash scripts/e2e-server.sh",
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: "pipe",
      env: {
        ...serverSecrets,
        SEED_DEMO_DATA: "1",
        DATABASE_URL: e2eDatabaseUrl,
        TEST_DATABASE_URL: adminUrl,
        PORT: String(port),
        NODE_ENV: "production",
        TEST_CLOCK: "1",
        DEPLOYMENT_ENV: "test",
        TEST_CLOCK_FILE: testClockFile,
        // TEST-ONLY: as if behind one proxy, so each test can send its own client address in X-Forwarded-For
        // (useOwnClientIp) and throttling counters never mix between tests. Production without a proxy leaves it unset.
        TRUSTED_PROXY_HOPS: "1",
        // Production on PostgreSQL takes e-mailed links' address from configuration only (lib/server/email/app-url.ts).
        APP_URL: `http://127.0.0.1:${port}`,
        // The jobs route is closed in e2e (tests/authz/matrix.ts expects 404): a JOBS_SECRET in the shell must not open it.
        JOBS_SECRET: "",
        ...sandboxSecrets,
        SANDBOX_PAYMENTS_URL: sandboxUrl,
      },
    },
  ],
});
