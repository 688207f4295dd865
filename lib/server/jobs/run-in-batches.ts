import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, Tx } from "@/lib/server/db/types";
import type { JobResult, JobRunOptions } from "./types";

/**
 * The loop every job body shares: `handleBatch(tx, limit)` claims at most `limit` due items (locking them
 * with `FOR UPDATE SKIP LOCKED`, so a second worker takes other items instead of waiting for these), handles
 * them and returns their ids, all in one transaction of its own. The loop stops at the first batch smaller
 * than `limit`: nothing more is due, or what is left is being handled by another worker right now.
 *
 * A failing batch throws after the batches before it have committed: they stay done, and the next run
 * starts from what is still due. Idempotence is the job's part: a handled item must no longer be due.
 */
export async function runInBatches(
  db: Db,
  batchSize: number,
  handleBatch: (tx: Tx, limit: number) => Promise<string[]>,
  options: Pick<JobRunOptions, "onBatch"> = {},
): Promise<JobResult> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer (got ${batchSize})`);
  const result: JobResult = { handled: 0, batches: 0 };
  for (;;) {
    const ids = await withTransaction(db, (tx) => handleBatch(tx, batchSize));
    if (ids.length > 0) {
      result.handled += ids.length;
      result.batches += 1;
      options.onBatch?.(ids);
    }
    if (ids.length < batchSize) return result;
  }
}
