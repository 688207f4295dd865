import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { apiRoutes, knobRoutes } from "./api-routes";
import { checkoutRoutes } from "./checkout-routes";
import { sandboxClock } from "./clock";
import type { SandboxConfig } from "./config";
import { consoleRoutes } from "./console-routes";
import type { Context, Route } from "./context";
import { HttpError, sendJson } from "./http";
import { Notifier } from "./notifier";
import { Operations } from "./operations";
import { Store } from "./store";

export interface RunningSandbox {
  server: Server;
  /** http://host:port actually bound. */
  url: string;
  /** Stops accepting requests and sending notifications; resolves when the state is on disk. */
  close: () => Promise<void>;
}

/**
 * Starts the sandbox payment platform: loads its state, listens, resumes pending notifications.
 * @param instance optional run id: `GET /health?instance=x` answers 503 unless it matches, so a test runner
 *   never mistakes a stale sandbox from an earlier run for the one it started
 */
export async function startSandbox(
  config: SandboxConfig,
  options: { instance?: string; log?: (message: string) => void } = {},
): Promise<RunningSandbox> {
  const log = options.log ?? ((message: string) => console.log(`[sandbox-payments] ${message}`));
  const now = sandboxClock(config.clockFile);
  const store = new Store(config.dataDir);
  // Retry timers and webhook timestamps run on real time, whatever the business clock shows.
  const notifier = new Notifier(store, { ...config, now: () => Date.now(), log });
  const ops = new Operations(store, now, () => notifier.wake());
  const context: Context = { config, ops, notifier, publicUrl: "", now };
  const routes: Route[] = [...apiRoutes, ...checkoutRoutes, ...consoleRoutes, ...(config.testKnobs ? knobRoutes : [])];

  const server = createServer((request, response) => {
    handle(context, routes, options.instance, request, response).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(response, error.status, { error: error.message });
      log(
        `unexpected error on ${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!response.headersSent) sendJson(response, 500, { error: "internal error" });
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  context.publicUrl = withoutTrailingSlashes(config.publicUrl ?? `http://localhost:${port}`);
  notifier.wake();
  if (!config.notifyUrl) log("SANDBOX_PAYMENTS_NOTIFY_URL is not set: notifications are stored, not sent");

  return {
    server,
    url,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await notifier.stop();
      await store.flushed();
    },
  };
}

async function handle(context: Context, routes: Route[], instance: string | undefined, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", "http://sandbox.invalid");
  if (request.method === "GET" && url.pathname === "/health") {
    const asked = url.searchParams.get("instance");
    if (asked !== null && asked !== instance) return sendJson(response, 503, { ok: false, error: "another sandbox instance" });
    return sendJson(response, 200, { ok: true, instance: instance ?? null });
  }
  for (const route of routes) {
    const match = route.pattern.exec(url.pathname);
    if (!match) continue;
    if (request.method !== route.method) continue;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      try {
        params[name] = decodeURIComponent(value);
      } catch {
        throw new HttpError(400, "bad path");
      }
    }
    return route.handle(context, request, response, params, url);
  }
  const known = routes.some((route) => route.pattern.test(url.pathname));
  throw new HttpError(known ? 405 : 404, known ? "method not allowed" : "not found");
}

/** A loop, not /\/+$/: that regex is quadratic on a long run of slashes. */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === "/") end -= 1;
  return url.slice(0, end);
}
