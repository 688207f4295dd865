import type { Db } from "@/lib/server/db/types";
import { type QueueViewer, queuesFor } from "./registry";

/** The number of waiting items in each of the viewer's queues (null where the queue has nothing to count). */
export async function queueCounts(db: Db, viewer: QueueViewer): Promise<Record<string, number | null>> {
  const queues = queuesFor(viewer.role);
  const counts = await Promise.all(queues.map((q) => q.count?.(db, viewer) ?? Promise.resolve(null)));
  return Object.fromEntries(queues.map((q, i) => [q.key, counts[i]]));
}
