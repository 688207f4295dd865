import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { type Measurement, steadyRate } from "./figures";
import { REQUEST_HEADERS } from "./targets";

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  cookie?: string;
}

/** Drives one URL with autocannon and records every 2xx latency itself, so rounds can be pooled exactly. */
export async function load(options: LoadOptions): Promise<Measurement> {
  const latenciesMs: number[] = [];
  let responses = 0;
  let firstAtMs = 0;
  let lastAtMs = 0;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    headers: { ...REQUEST_HEADERS, ...(options.cookie ? { cookie: options.cookie } : {}) },
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
    lastAtMs = performance.now();
    if (responses++ === 0) firstAtMs = lastAtMs;
    if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTimeMs);
  });
  const result = await instance;
  return { responses, rps: steadyRate(responses, firstAtMs, lastAtMs), latenciesMs, non2xx: result.non2xx, errors: result.errors };
}
