import { percentile } from "../timing";

/** What one load run against one target recorded. */
export interface Measurement {
  /** Responses received (any status). */
  responses: number;
  /** Responses per second (closedLoopRate). */
  rps: number;
  /** Latency of each 2xx response, in milliseconds. */
  latenciesMs: number[];
  /** Responses with a status other than 2xx. */
  non2xx: number;
  /** Requests that got no response (connection errors and timeouts). */
  errors: number;
}

/** A target's figures over all its rounds. */
export interface Figures {
  /** Responses per second: the mean of the rounds' steady rates (rounds last equally long). */
  rps: number;
  /** Median and 99th-percentile latency of the 2xx responses, in milliseconds (nearest rank). */
  p50: number;
  p99: number;
  responses: number;
  non2xx: number;
  errors: number;
}

/**
 * Responses per second of a closed-loop run (each of `connections` clients sends its next request as soon as the
 * previous one is answered): by Little's law, clients ÷ mean response time. Unlike responses ÷ the run's length,
 * it is not lowered by the requests cut off when the run stops (at 32 clients on a page taking 2 s, most of the
 * last 2 s of work), nor skewed by the first wave of requests all starting together.
 */
export function closedLoopRate(connections: number, responses: number, totalResponseTimeMs: number): number {
  return responses > 0 && totalResponseTimeMs > 0 ? (connections * responses * 1000) / totalResponseTimeMs : 0;
}

/** Several runs of the same target one after another (rounds of equal length): the mean rate, percentiles over every sample. */
export function combineRounds(rounds: readonly Measurement[]): Figures {
  const samples = rounds.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  return {
    rps: rounds.length > 0 ? sum(rounds.map((r) => r.rps)) / rounds.length : 0,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    responses: sum(rounds.map((r) => r.responses)),
    non2xx: sum(rounds.map((r) => r.non2xx)),
    errors: sum(rounds.map((r) => r.errors)),
  };
}

/** Runs that load different servers at the same time (one per instance), seen as one run: rates add up, latencies are pooled. */
export function combineParallel(runs: readonly Measurement[]): Measurement {
  return {
    responses: sum(runs.map((r) => r.responses)),
    rps: sum(runs.map((r) => r.rps)),
    latenciesMs: runs.flatMap((r) => r.latenciesMs),
    non2xx: sum(runs.map((r) => r.non2xx)),
    errors: sum(runs.map((r) => r.errors)),
  };
}

/** True when most requests failed or answered non-2xx: the figures then measure an error page, not the target. */
export function mostlyFailed(figures: Pick<Figures, "responses" | "non2xx" | "errors">): boolean {
  const attempts = figures.responses + figures.errors;
  return attempts === 0 || (figures.non2xx + figures.errors) * 2 > attempts;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
