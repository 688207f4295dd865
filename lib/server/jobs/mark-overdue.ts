import type { CompanyStatus } from "@/lib/generated/prisma/client";
import { type Clock, today } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, Tx } from "@/lib/server/db/types";
import { applyTransitionMany } from "@/lib/server/lifecycle";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { getOverdueSettings } from "@/lib/server/settings/overdue-settings";
import type { JobDefinition, JobResult, JobRunOptions } from "./types";

/** Projects (or companies) per transaction: each batch is three set-based statements, whatever its size. */
export const MARK_OVERDUE_BATCH_SIZE = 1000;

/** Where the history rows say why: the system applies these, no staff member. */
export const MARK_OVERDUE_REASON = "instalment overdue";

/**
 * The daily overdue job (issue 12 item 3, docs/domain/repayment.md) for the clock's business date D
 * (Asia/Shanghai, whatever the server's zone):
 *
 * 1. accrueOverdue(D): one UPDATE marks the instalments past their grace days overdue and accrues penalty
 *    interest up to D (a second call on D changes nothing);
 * 2. REPAYING projects with an overdue instalment → MARK_OVERDUE (system), `batchSize` per transaction;
 * 3. NORMAL and GOOD companies with an overdue instalment → FLAG_OVERDUE (WATCH), likewise.
 *
 * Each batch claims its rows with `FOR UPDATE SKIP LOCKED` and moves them with one applyTransitionMany, so two
 * instances at once split the rows and each row moves once; a moved row is no longer due, so a second run on D
 * changes nothing. A project whose overdue instalments are being paid right now (locked by the repayment) is
 * skipped: if the payment leaves one overdue, the next run marks it.
 * Returns the number of projects marked plus companies flagged; `onBatch` gets their ids.
 */
export async function markOverdue(db: Db, clock: Clock, options: JobRunOptions = {}): Promise<JobResult> {
  const asOf = today(clock);
  const now = clock.now();
  const settings = await getOverdueSettings(db);
  // In a transaction of its own for the retry: the UPDATE may deadlock with a repayment locking its
  // instalments in another order (40P01, retried by withTransaction).
  await withTransaction(db, (tx) => accrueOverdue(tx, asOf, settings));

  const batchSize = options.batchSize ?? MARK_OVERDUE_BATCH_SIZE;
  const projects = await movedInBatches(db, (tx) => markProjects(tx, now, batchSize), batchSize, options);
  const companies = await movedInBatches(db, (tx) => flagCompanies(tx, now, batchSize), batchSize, options);
  return { handled: projects.handled + companies.handled, batches: projects.batches + companies.batches };
}

/** What one batch claimed (how many: the loop goes on while batches are full) and moved (their ids). */
interface Batch {
  claimed: number;
  moved: string[];
}

/**
 * runInBatches' loop, except that a batch may claim rows it then leaves alone (being paid right now): the loop
 * goes on while batches are full, and counts and reports only the rows moved, after each commit.
 */
async function movedInBatches(db: Db, handle: (tx: Tx) => Promise<Batch>, batchSize: number, options: JobRunOptions): Promise<JobResult> {
  const result: JobResult = { handled: 0, batches: 0 };
  for (;;) {
    const batch = await withTransaction(db, handle);
    if (batch.moved.length > 0) {
      result.handled += batch.moved.length;
      result.batches += 1;
      options.onBatch?.(batch.moved);
    }
    if (batch.claimed < batchSize) return result;
  }
}

/**
 * One batch of projects: claims up to `limit` REPAYING projects with an overdue instalment, then takes a share
 * lock on those instalments, skipping any a repayment holds (it may be paying them), and marks the projects
 * left with one.
 */
async function markProjects(tx: Tx, now: Date, limit: number): Promise<Batch> {
  const claimed = await tx.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "LoanProject" p
     WHERE p."status" = 'REPAYING'
       AND EXISTS (SELECT 1 FROM "RepaymentInstalment" i
                    WHERE i."projectId" = p."id" AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL)
     ORDER BY p."id"
     LIMIT ${limit}
     FOR UPDATE OF p SKIP LOCKED`;
  if (claimed.length === 0) return { claimed: 0, moved: [] };
  const overdue = await tx.$queryRaw<{ projectId: string }[]>`
    SELECT i."projectId" FROM "RepaymentInstalment" i
     WHERE i."projectId" = ANY(${claimed.map((row) => row.id)}::text[]) AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL
     FOR SHARE SKIP LOCKED`;
  const ids = [...new Set(overdue.map((row) => row.projectId))];
  await applyTransitionMany(tx, {
    entity: "LOAN_PROJECT",
    ids,
    from: "REPAYING",
    event: { type: "MARK_OVERDUE", reason: MARK_OVERDUE_REASON },
    actor: null,
    now,
  });
  return { claimed: claimed.length, moved: ids };
}

/** One batch of companies, as markProjects: NORMAL or GOOD with an overdue instalment on some project → WATCH. */
async function flagCompanies(tx: Tx, now: Date, limit: number): Promise<Batch> {
  const claimed = await tx.$queryRaw<{ id: string; status: CompanyStatus }[]>`
    SELECT c."id", c."status" FROM "Company" c
     WHERE c."status" IN ('NORMAL', 'GOOD')
       AND EXISTS (SELECT 1 FROM "RepaymentInstalment" i JOIN "LoanProject" p ON p."id" = i."projectId"
                    WHERE p."companyId" = c."id" AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL)
     ORDER BY c."id"
     LIMIT ${limit}
     FOR UPDATE OF c SKIP LOCKED`;
  if (claimed.length === 0) return { claimed: 0, moved: [] };
  const overdue = await tx.$queryRaw<{ companyId: string }[]>`
    SELECT p."companyId" FROM "RepaymentInstalment" i JOIN "LoanProject" p ON p."id" = i."projectId"
     WHERE p."companyId" = ANY(${claimed.map((row) => row.id)}::text[]) AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL
     FOR SHARE OF i SKIP LOCKED`;
  const still = new Set(overdue.map((row) => row.companyId));
  const ids: string[] = [];
  // applyTransitionMany moves rows of one status at a time.
  for (const from of ["NORMAL", "GOOD"] as const) {
    const group = claimed.filter((row) => row.status === from && still.has(row.id)).map((row) => row.id);
    await applyTransitionMany(tx, {
      entity: "COMPANY",
      ids: group,
      from,
      event: { type: "FLAG_OVERDUE", reason: MARK_OVERDUE_REASON },
      actor: null,
      now,
    });
    ids.push(...group);
  }
  return { claimed: claimed.length, moved: ids };
}

export const markOverdueJob: JobDefinition = {
  name: "mark-overdue",
  description: "Accrues penalty interest, marks projects with an overdue instalment OVERDUE and flags their companies WATCH.",
  // 00:12 every day, business time: the business day D has begun, after fail-expired-fundraising (00:07).
  schedule: "12 0 * * *",
  run: markOverdue,
};
