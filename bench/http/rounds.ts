import { combineRounds, type Figures, type Measurement } from "./figures";

export interface Job {
  key: string;
  run: () => Promise<Measurement>;
}

/**
 * Runs every job once per round, in turn (A B C, A B C, …) rather than all of A then all of B, so whatever else
 * the machine is doing meanwhile weighs on every job alike; returns each job's figures over its rounds.
 */
export async function roundRobin(
  jobs: readonly Job[],
  rounds: number,
  progress: (round: number, key: string, index: number) => void = () => {},
): Promise<Map<string, Figures>> {
  const measured = new Map<string, Measurement[]>(jobs.map((job) => [job.key, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const [index, job] of jobs.entries()) {
      progress(round, job.key, index);
      measured.get(job.key)?.push(await job.run());
    }
  }
  return new Map([...measured].map(([key, runs]) => [key, combineRounds(runs)]));
}
