import { combineParallel, type Figures, mostlyFailed } from "./figures";
import { loadTarget, measureTarget, type progressReporter, warmUp } from "./measure";
import { roundRobin } from "./rounds";
import { type RunningServer, waitUntilIdle } from "./server";
import { scalingTable } from "./table";
import { CLIENTS, type Target } from "./targets";

/**
 * /loans and the static asset through one instance with CLIENTS clients, then through `first` and `second` (the
 * same build on the same database) at once with half the clients each, interleaved; prints the table and
 * returns the labels of the measurements that mostly failed.
 */
export async function twoInstances(
  first: RunningServer,
  second: RunningServer,
  targets: readonly Target[],
  options: { rounds: number; durationSeconds: number; progress: ReturnType<typeof progressReporter> },
): Promise<string[]> {
  const chosen = targets.filter((t) => t.id === "static" || t.id === "loans");
  await warmUp(second.origin, chosen);
  const half = CLIENTS / 2;
  const seconds = options.durationSeconds;
  const figures = await roundRobin(
    chosen.flatMap((t) => [
      { key: `${t.id} one`, run: () => measureTarget(first.origin, t, CLIENTS, seconds) },
      {
        key: `${t.id} two`,
        run: async () => {
          await Promise.all([waitUntilIdle(first.origin), waitUntilIdle(second.origin)]);
          return combineParallel(
            await Promise.all([loadTarget(first.origin, t, half, seconds), loadTarget(second.origin, t, half, seconds)]),
          );
        },
      },
    ]),
    options.rounds,
    options.progress.section("two instances"),
  );
  options.progress.end();
  console.log(`\n### Two instances (ports ${first.port} and ${second.port}, one database), ${CLIENTS} clients in all\n`);
  console.log(`Both instances are driven at once, ${half} clients each; rps is the sum.\n`);
  const rows = chosen.map((t) => ({
    label: t.label,
    one: figures.get(`${t.id} one`) as Figures,
    two: figures.get(`${t.id} two`) as Figures,
  }));
  console.log(scalingTable(rows));
  return rows.filter((r) => mostlyFailed(r.one) || mostlyFailed(r.two)).map((r) => `${r.label} (two instances)`);
}
