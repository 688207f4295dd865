import type { Db } from "@/lib/server/db/types";
import { type QueueViewer, queuesFor } from "./registry";

/** The number of waiting items in each of the viewer's queues (null where the queue has nothing to count). */
export async function queueCounts(db: Db, viewer: QueueViewer): Promise<Record<string, number | null>> {
  const queues = queuesFor(viewer.role);
  const counts = await Promise.all(queues.map((q) => q.count?.(db, viewer) ?? Promise.resolve(null)));
  return Object.fromEntries(queues.map((q, i) => [q.key, counts[i]]));
}

/** A queue's dashboard figures: how many items wait and since when the oldest has (null: nothing to say). */
export interface QueueFigures {
  count: number | null;
  oldest: Date | null;
}

/**
 * Count and oldest wait of each of the viewer's queues, keyed by queue key, for the staff landing (/admin):
 * two small statements per queue, all at once. A queue without an `oldest` query, or an empty one, has null.
 */
export async function queueFigures(db: Db, viewer: QueueViewer): Promise<Record<string, QueueFigures>> {
  const queues = queuesFor(viewer.role);
  const figures = await Promise.all(
    queues.map(async (q) => {
      const [count, oldest] = await Promise.all([q.count?.(db, viewer) ?? null, q.oldest?.(db, viewer) ?? null]);
      return [q.key, { count, oldest: count === 0 ? null : oldest }] as const;
    }),
  );
  return Object.fromEntries(figures);
}
