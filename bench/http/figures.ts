import { percentile } from "../timing";

/** What one load run against one target recorded. */
export interface Measurement {
  /** Responses received (any status). */
  responses: number;
  /** How long the run lasted, in seconds. */
  durationSeconds: number;
  /** Latency of each 2xx response, in milliseconds. */
  latenciesMs: number[];
  /** Responses with a status other than 2xx. */
  non2xx: number;
  /** Requests that got no response (connection errors and timeouts). */
  errors: number;
}

/** A target's figures over all its rounds. */
export interface Figures {
  /** Responses per second over the measured time. */
  rps: number;
  /** Median and 99th-percentile latency of the 2xx responses, in milliseconds (nearest rank). */
  p50: number;
  p99: number;
  responses: number;
  non2xx: number;
  errors: number;
}

/** Several runs of the same target one after another (rounds): responses over the summed time, percentiles over every sample. */
export function combineRounds(rounds: readonly Measurement[]): Figures {
  const responses = sum(rounds.map((r) => r.responses));
  const seconds = sum(rounds.map((r) => r.durationSeconds));
  const samples = rounds.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  return {
    rps: seconds > 0 ? responses / seconds : 0,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    responses,
    non2xx: sum(rounds.map((r) => r.non2xx)),
    errors: sum(rounds.map((r) => r.errors)),
  };
}

/**
 * Runs that load different servers at the same time (one per instance), seen as one run: the throughput is the
 * sum of each run's own rate, the latencies are pooled.
 */
export function combineParallel(runs: readonly Measurement[]): Measurement {
  const durationSeconds = Math.max(...runs.map((r) => r.durationSeconds));
  const rate = sum(runs.map((r) => (r.durationSeconds > 0 ? r.responses / r.durationSeconds : 0)));
  return {
    responses: Math.round(rate * durationSeconds),
    durationSeconds,
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
