import type { Clock } from "@/lib/server/clock";
import type { Db, Tx } from "@/lib/server/db/types";
import { refundFailedProject } from "@/lib/server/disbursement/refund-failed-project";
import { applyTransition } from "@/lib/server/lifecycle";
import { runInBatches } from "./run-in-batches";
import type { JobDefinition, JobResult, JobRunOptions } from "./types";

/** Projects per transaction: each refunds all its investments, so a batch stays small. */
export const EXPIRE_BATCH_SIZE = 20;

/** Fixed reason on the history rows of the project and its refunded investments. */
export const EXPIRED_REASON = "fundraising deadline passed";

/**
 * 流标: fails every FUNDRAISING project whose fundraising deadline has passed at `clock.now()` and refunds its
 * investments, `batchSize` projects per transaction. The deadline is stored as the exclusive end of the last
 * business day in the business zone (lib/domain/dates/loan-dates.ts), so the project closes at midnight
 * Asia/Shanghai whatever the server's zone; the EXPIRE guard checks the same instant.
 * Only FUNDRAISING expires (the machine): a FULLY_FUNDED project waits for the supervisor's review, who can
 * reject it.
 *
 * Safe to run twice and on several instances at once: the due projects are claimed with FOR UPDATE SKIP
 * LOCKED, the transition is a conditional update, and a failed project is no longer due; the refund entry is
 * keyed by the project. Returns the number of projects failed.
 */
export async function failExpiredFundraising(db: Db, clock: Clock, options: JobRunOptions = {}): Promise<JobResult> {
  const now = clock.now();
  const result = await runInBatches(db, options.batchSize ?? EXPIRE_BATCH_SIZE, (tx, limit) => expireBatch(tx, now, limit), options);
  // After the commits: the public listings must stop showing them as open.
  if (result.handled > 0) await invalidatePublicListings();
  return result;
}

/**
 * Inside the Next server (the jobs route) this instance's public pages are rebuilt at once. The CLI and the
 * pg-boss worker run outside Next, where the cache cannot be reached (and `server-only` refuses to load):
 * there the public pages catch up within PUBLIC_PAGE_MAX_AGE_SECONDS, as other instances always do.
 */
async function invalidatePublicListings(): Promise<void> {
  try {
    (await import("@/lib/server/public-cache")).invalidatePublicLoanProjects();
  } catch {
    // Outside Next: see above.
  }
}

async function expireBatch(tx: Tx, now: Date, limit: number): Promise<string[]> {
  const due = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "LoanProject"
    WHERE "status" = 'FUNDRAISING' AND "fundraisingDeadline" <= ${now}
    ORDER BY "fundraisingDeadline", "id"
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`;
  for (const { id } of due) {
    await applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id,
      event: "EXPIRE",
      actor: null,
      reason: EXPIRED_REASON,
      context: { now },
    });
    await refundFailedProject(tx, id, EXPIRED_REASON, now);
  }
  return due.map((row) => row.id);
}

export const failExpiredFundraisingJob: JobDefinition = {
  name: "fail-expired-fundraising",
  description: "Fails fundraising loan projects past their deadline (流标) and refunds every investment.",
  // 00:07 every day, business time: just after the business day closes at midnight.
  schedule: "7 0 * * *",
  run: failExpiredFundraising,
};
