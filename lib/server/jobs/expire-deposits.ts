import { DEPOSIT_EXPIRY_GRACE_MS } from "@/lib/domain/deposits/deposit-rules";
import type { Clock } from "@/lib/server/clock";
import type { Db, Tx } from "@/lib/server/db/types";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyDeposits } from "@/lib/server/notifications/events";
import { runInBatches } from "./run-in-batches";
import type { JobDefinition, JobResult, JobRunOptions } from "./types";

export const EXPIRE_DEPOSITS_BATCH_SIZE = 200;

/**
 * Expires (EXPIRE) the CREATED deposits whose checkout closed more than DEPOSIT_EXPIRY_GRACE_MS before
 * `clock.now()`, `batchSize` per transaction. Safe to run twice and on several instances: the due rows are
 * claimed with `FOR UPDATE SKIP LOCKED` (a notification crediting one holds its lock, so the job skips it),
 * and an expired row is no longer CREATED, so no longer due. Returns the number of deposits expired.
 */
export function expireDeposits(db: Db, clock: Clock, options: JobRunOptions = {}): Promise<JobResult> {
  const cutoff = new Date(clock.now().getTime() - DEPOSIT_EXPIRY_GRACE_MS);
  return runInBatches(
    db,
    options.batchSize ?? EXPIRE_DEPOSITS_BATCH_SIZE,
    (tx, limit) => expireBatch(tx, cutoff, clock.now(), limit),
    options,
  );
}

async function expireBatch(tx: Tx, cutoff: Date, now: Date, limit: number): Promise<string[]> {
  const due = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Deposit"
    WHERE "status" = 'CREATED' AND "expiresAt" < ${cutoff}
    ORDER BY "expiresAt", "id"
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`;
  for (const { id } of due) {
    await applyTransition(tx, { entity: "DEPOSIT", id, event: "EXPIRE", actor: null, context: { now }, data: { closedAt: now } });
  }
  await notifyDeposits(
    tx,
    due.map((row) => row.id),
    "DEPOSIT_EXPIRED",
    now,
  );
  return due.map((row) => row.id);
}

export const expireDepositsJob: JobDefinition = {
  name: "expire-deposits",
  description: "Expires deposit orders left unpaid a day after their checkout closed.",
  // Every 10 minutes, off the round minute: the sweep is small and cheap.
  schedule: "3-59/10 * * * *",
  run: expireDeposits,
};
