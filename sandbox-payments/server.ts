/**
 * The sandbox payment platform, run beside the app: `npx tsx sandbox-payments/server.ts`.
 * Configuration: SANDBOX_PAYMENTS_* environment variables (sandbox-payments/README.md).
 */
import { startSandbox } from "./app";
import { configFromEnv } from "./config";

async function main() {
  const config = configFromEnv();
  const sandbox = await startSandbox(config, { instance: process.env.SANDBOX_PAYMENTS_INSTANCE || undefined });
  // One machine-readable line: tests start the sandbox on port 0 and read the port it got from here.
  console.log(JSON.stringify({ sandboxPayments: "listening", url: sandbox.url, dataDir: config.dataDir }));

  let closing = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      sandbox.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  // A port already in use usually means a sandbox from an earlier run is still alive: say so, and fail.
  console.error("[sandbox-payments] could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
