import type { CompanyStatus } from "@/lib/generated/prisma/client";
import { type Clock, today } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, Tx } from "@/lib/server/db/types";
import { applyTransitionMany } from "@/lib/server/lifecycle";
import { notifyCompanyStatus, notifyProjectCompanies } from "@/lib/server/notifications/events";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { companyProjects } from "@/lib/server/overdue/overdue-facts";
import { getOverdueSettings } from "@/lib/server/settings/overdue-settings";
import type { JobDefinition, JobResult, JobRunOptions } from "./types";

/** Projects (or companies) per transaction: each batch is a handful of set-based statements, whatever its size. */
export const MARK_OVERDUE_BATCH_SIZE = 1000;

/** The accrual's transaction timeout: far above its measured time, so only a stuck statement ends it. */
export const ACCRUAL_TIMEOUT_MS = 120_000;

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
 * The due projects (then companies) are listed by one query; each batch of that list locks the rows still due
 * with `FOR UPDATE SKIP LOCKED` and moves them with one applyTransitionMany. So every statement is set-based and
 * each batch costs the same whatever the table's size (the run is linear in what is due); two instances at
 * once skip each other's rows and each row moves once; a moved row is no longer due, so a second run on D
 * changes nothing. A project being repaid right now (its row, then its instalments, locked by the repayment) is
 * skipped, never waited for: if the payment leaves an instalment overdue, the next run marks it.
 * Returns the number of projects marked plus companies flagged; `onBatch` gets their ids after each commit.
 */
export async function markOverdue(db: Db, clock: Clock, options: JobRunOptions = {}): Promise<JobResult> {
  const asOf = today(clock);
  const now = clock.now();
  const settings = await getOverdueSettings(db);
  // In a transaction of its own for the retry: the UPDATE may deadlock with a repayment locking its
  // instalments in another order (40P01, retried by withTransaction). One statement over every unpaid
  // instalment (a second or two at 100,000, bench/RESULTS.md), so it gets more than the default 15 s.
  await withTransaction(db, (tx) => accrueOverdue(tx, asOf, settings), { timeout: ACCRUAL_TIMEOUT_MS });

  const batchSize = options.batchSize ?? MARK_OVERDUE_BATCH_SIZE;
  const projects = await inBatches(db, await dueProjects(db), batchSize, (tx, ids) => markProjects(tx, ids, now), options);
  const companies = await inBatches(db, await dueCompanies(db), batchSize, (tx, ids) => flagCompanies(tx, ids, now), options);
  return { handled: projects.handled + companies.handled, batches: projects.batches + companies.batches };
}

/** REPAYING projects with an overdue instalment, in id order (no lock: each batch locks its own). */
async function dueProjects(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT p."id" FROM "RepaymentInstalment" i JOIN "LoanProject" p ON p."id" = i."projectId"
     WHERE i."status" = 'DUE' AND i."overdueSince" IS NOT NULL AND p."status" = 'REPAYING'
     ORDER BY p."id"`;
  return rows.map((row) => row.id);
}

/** NORMAL and GOOD companies with an overdue instalment on some project, in id order. */
async function dueCompanies(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT c."id"
      FROM "RepaymentInstalment" i JOIN "LoanProject" p ON p."id" = i."projectId" JOIN "Company" c ON c."id" = p."companyId"
     WHERE i."status" = 'DUE' AND i."overdueSince" IS NOT NULL AND c."status" IN ('NORMAL', 'GOOD')
     ORDER BY c."id"`;
  return rows.map((row) => row.id);
}

/** Handles `ids` in slices of `batchSize`, one transaction each; counts and reports the rows moved after each commit. */
async function inBatches(
  db: Db,
  ids: readonly string[],
  batchSize: number,
  handle: (tx: Tx, ids: string[]) => Promise<string[]>,
  options: JobRunOptions,
): Promise<JobResult> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer (got ${batchSize})`);
  const result: JobResult = { handled: 0, batches: 0 };
  for (let start = 0; start < ids.length; start += batchSize) {
    const moved = await withTransaction(db, (tx) => handle(tx, ids.slice(start, start + batchSize)));
    if (moved.length > 0) {
      result.handled += moved.length;
      result.batches += 1;
      options.onBatch?.(moved);
    }
  }
  return result;
}

/**
 * One batch of projects: locks those still REPAYING (skipping any another worker or a repayment holds), then
 * takes a share lock on their overdue instalments, skipping any a repayment holds (it may be paying them), and
 * marks the projects left with one.
 */
async function markProjects(tx: Tx, candidates: string[], now: Date): Promise<string[]> {
  const claimed = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "LoanProject" WHERE "id" = ANY(${candidates}::text[]) AND "status" = 'REPAYING'
     ORDER BY "id" FOR UPDATE SKIP LOCKED`;
  if (claimed.length === 0) return [];
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
  await notifyProjectCompanies(tx, ids, "INSTALMENT_OVERDUE", now);
  return ids;
}

/** One batch of companies, as markProjects: NORMAL or GOOD with an overdue instalment on some project → WATCH. */
async function flagCompanies(tx: Tx, candidates: string[], now: Date): Promise<string[]> {
  const claimed = await tx.$queryRaw<{ id: string; status: CompanyStatus }[]>`
    SELECT "id", "status" FROM "Company" WHERE "id" = ANY(${candidates}::text[]) AND "status" IN ('NORMAL', 'GOOD')
     ORDER BY "id" FOR UPDATE SKIP LOCKED`;
  if (claimed.length === 0) return [];
  const overdue = await tx.$queryRaw<{ companyId: string }[]>`
    SELECT p."companyId" FROM "RepaymentInstalment" i JOIN "LoanProject" p ON p."id" = i."projectId"
     WHERE i."projectId" = ANY(${companyProjects(claimed.map((row) => row.id))})
       AND i."status" = 'DUE' AND i."overdueSince" IS NOT NULL
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
  await notifyCompanyStatus(tx, ids, now);
  return ids;
}

export const markOverdueJob: JobDefinition = {
  name: "mark-overdue",
  description: "Accrues penalty interest, marks projects with an overdue instalment OVERDUE and flags their companies WATCH.",
  // 00:12 every day, business time: the business day D has begun, after fail-expired-fundraising (00:07).
  schedule: "12 0 * * *",
  run: markOverdue,
};
