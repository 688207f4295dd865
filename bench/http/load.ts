import autocannon from "autocannon";
import type { Measurement } from "./figures";
import { REQUEST_HEADERS } from "./targets";

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds, or a number of requests when `amount` is given instead (warm-up). */
  durationSeconds?: number;
  amount?: number;
  cookie?: string;
}

/** Drives one URL with autocannon and records every 2xx latency itself, so rounds can be pooled exactly. */
export async function load(options: LoadOptions): Promise<Measurement> {
  const latenciesMs: number[] = [];
  let responses = 0;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds }),
    timeout: 30,
    headers: { ...REQUEST_HEADERS, ...(options.cookie ? { cookie: options.cookie } : {}) },
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
    responses++;
    if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTimeMs);
  });
  const result = await instance;
  return { responses, durationSeconds: result.duration, latenciesMs, non2xx: result.non2xx, errors: result.errors };
}
