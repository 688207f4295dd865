import { performance } from "node:perf_hooks";

export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
  /** Whatever the scenario wants to show next to its figures (e.g. rows returned). */
  note?: string;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
}

/** Runs `work` a few times to warm caches and plans, then `runs` times measured one after another. */
export async function measure(name: string, runs: number, work: () => Promise<string | undefined>, warmup = 3): Promise<Timing> {
  let note: string | undefined;
  for (let i = 0; i < warmup; i++) note = await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    note = await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return {
    name,
    runs,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean,
    min: samples[0],
    max: samples[samples.length - 1],
    note,
  };
}

export function printTimings(title: string, timings: readonly Timing[]): void {
  const ms = (n: number) => n.toFixed(2).padStart(8);
  const width = Math.max(...timings.map((t) => t.name.length), 10);
  console.log(`\n${title}`);
  console.log(`${"scenario".padEnd(width)}  runs   p50 ms   p95 ms  mean ms   min ms   max ms  note`);
  for (const t of timings) {
    console.log(
      `${t.name.padEnd(width)}  ${String(t.runs).padStart(4)} ${ms(t.p50)} ${ms(t.p95)} ${ms(t.mean)} ${ms(t.min)} ${ms(t.max)}  ${t.note ?? ""}`,
    );
  }
}
