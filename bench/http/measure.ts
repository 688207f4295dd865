import { setTimeout as delay } from "node:timers/promises";
import { load } from "./load";
import { waitUntilIdle } from "./server";
import { CLIENTS, REQUEST_HEADERS, type Target } from "./targets";

/** One request as the load sends it (headers, cookie, no redirect followed), its body read to the end. */
async function requestOnce(origin: string, target: Target): Promise<Response> {
  const response = await fetch(origin + target.path, {
    headers: { ...REQUEST_HEADERS, ...(target.cookie ? { cookie: target.cookie } : {}) },
    redirect: "manual",
  });
  await response.arrayBuffer();
  return response;
}

/** Every target answers 2xx once, then two seconds of load to warm the server's code paths and caches. */
export async function warmUp(origin: string, targets: readonly Target[]): Promise<void> {
  for (const target of targets) {
    const response = await requestOnce(origin, target);
    if (!response.ok) throw new Error(`${target.label} (${target.path}) answers ${response.status}.`);
    await load({ url: origin + target.path, connections: CLIENTS, durationSeconds: 2, cookie: target.cookie });
  }
}

/**
 * One measurement of one target, once the server has finished the previous one's work and any re-render of
 * this target. A cached page older than its 30 s bound is rendered again in the background after the first
 * request that finds it stale (stale-while-revalidate). Rounds give each target a few seconds every minute or
 * so, so every round would otherwise begin on a stale page and count one re-render per round (about one per
 * 1,500 responses at 8 clients), where steady traffic on a page meets one per 30 s (about one per 7,500): the
 * round's first request is sent, and its re-render waited for (until the page answers HIT instead of STALE in
 * Next.js's x-nextjs-cache header), before the measurement starts.
 */
export async function measureTarget(origin: string, target: Target, connections: number, durationSeconds: number) {
  await waitUntilIdle(origin);
  await untilFresh(origin, target);
  await waitUntilIdle(origin);
  return loadTarget(origin, target, connections, durationSeconds);
}

async function untilFresh(origin: string, target: Target, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await requestOnce(origin, target);
    if (response.headers.get("x-nextjs-cache") !== "STALE") return;
    await delay(20); // polling interval while the page renders again, not a synchronisation
  }
}

/** One measurement with no wait before it (the caller waits, e.g. for two servers at once). */
export function loadTarget(origin: string, target: Target, connections: number, durationSeconds: number) {
  return load({ url: origin + target.path, connections, durationSeconds, cookie: target.cookie });
}

/** Progress on stderr: one updating line on a terminal; in a log, one line per round. */
export function progressReporter(rounds: number, elapsed: () => string) {
  return {
    section: (name: string) => (round: number, key: string, index: number) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${name}: round ${round}/${rounds}, ${key.padEnd(20)} (${elapsed()})`);
      else if (index === 0) process.stderr.write(`${name}: round ${round}/${rounds} (${elapsed()})\n`);
    },
    end: () => {
      if (process.stderr.isTTY) process.stderr.write("\n");
    },
  };
}
