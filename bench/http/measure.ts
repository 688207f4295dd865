import { load } from "./load";
import { waitUntilIdle } from "./server";
import { CLIENTS, REQUEST_HEADERS, type Target } from "./targets";

/** Every target answers 2xx once, then two seconds of load to warm the server's code paths and caches. */
export async function warmUp(origin: string, targets: readonly Target[]): Promise<void> {
  for (const target of targets) {
    const response = await fetch(origin + target.path, {
      headers: { ...REQUEST_HEADERS, ...(target.cookie ? { cookie: target.cookie } : {}) },
      redirect: "manual",
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${target.label} (${target.path}) answers ${response.status}.`);
    await load({ url: origin + target.path, connections: CLIENTS, durationSeconds: 2, cookie: target.cookie });
  }
}

/** One measurement of one target, once the server has finished the previous one's work. */
export async function measureTarget(origin: string, target: Target, connections: number, durationSeconds: number) {
  await waitUntilIdle(origin);
  return loadTarget(origin, target, connections, durationSeconds);
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
