import { execFileSync } from "node:child_process";
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
      use: {
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
      },
    },
  ],
  webServer: {
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
    },
  },
});
