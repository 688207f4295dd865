import autocannon from "autocannon";
import { closedLoopRate, type Measurement } from "./figures";
import { REQUEST_HEADERS } from "./targets";

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  cookie?: string;
}

/** Drives one URL with autocannon and records every response time itself, so rounds can be pooled exactly. */
export async function load(options: LoadOptions): Promise<Measurement> {
  const latenciesMs: number[] = [];
  let responses = 0;
  let totalResponseTimeMs = 0;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    headers: { ...REQUEST_HEADERS, ...(options.cookie ? { cookie: options.cookie } : {}) },
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
    responses++;
    totalResponseTimeMs += responseTimeMs;
    if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTimeMs);
  });
  const result = await instance;
  const rps = closedLoopRate(options.connections, responses, totalResponseTimeMs);
  return { responses, rps, latenciesMs, non2xx: result.non2xx, errors: result.errors };
}
