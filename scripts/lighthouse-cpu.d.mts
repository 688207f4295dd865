/** See scripts/lighthouse-cpu.mjs. */
export function cpuSlowdownFor(benchmarkIndex: number): number;
