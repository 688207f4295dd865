import type { LoanStatus, RepaymentMethod } from "@/lib/generated/prisma/client";
import type { DbOrTx, Tx } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";

/** The loan project a repayment is for, as the repayment services need it. */
export interface RepaidProject {
  id: string;
  status: LoanStatus;
  /** The company's user: the wallet a repayment is paid from. */
  companyUserId: string;
  amountFen: bigint;
  annualRateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  disbursedAt: Date | null;
}

/** Statuses in which the company owes instalments. */
const BEING_REPAID: readonly LoanStatus[] = ["REPAYING", "OVERDUE", "BAD_DEBT"];

/**
 * Locks the project row (`FOR UPDATE`) — the first lock of every repayment, so two repayments of one project
 * queue here and the second reads what the first paid — and returns it.
 * `companyUserId` given: only that company user's own project (NOT_FOUND otherwise, as if it did not exist).
 *
 * @throws DomainError NOT_FOUND; NOTHING_OWED when the project is not being repaid (not disbursed yet, or SETTLED)
 */
export async function lockRepaidProject(tx: Tx, projectId: string, companyUserId?: string): Promise<RepaidProject> {
  const [project] = await readRepaidProject(tx, projectId, true);
  return checked(project, companyUserId);
}

/** The same project without a lock (quotes and pages). */
export async function findRepaidProject(db: DbOrTx, projectId: string, companyUserId?: string): Promise<RepaidProject> {
  const [project] = await readRepaidProject(db, projectId, false);
  return checked(project, companyUserId);
}

function readRepaidProject(db: DbOrTx, projectId: string, lock: boolean) {
  return lock
    ? db.$queryRaw<RepaidProject[]>`
        SELECT p."id", p."status", c."userId" AS "companyUserId", p."amountFen", p."annualRateBp", p."termMonths",
               p."repaymentMethod", p."disbursedAt"
          FROM "LoanProject" p JOIN "Company" c ON c."id" = p."companyId"
         WHERE p."id" = ${projectId} FOR UPDATE OF p`
    : db.$queryRaw<RepaidProject[]>`
        SELECT p."id", p."status", c."userId" AS "companyUserId", p."amountFen", p."annualRateBp", p."termMonths",
               p."repaymentMethod", p."disbursedAt"
          FROM "LoanProject" p JOIN "Company" c ON c."id" = p."companyId"
         WHERE p."id" = ${projectId}`;
}

function checked(project: RepaidProject | undefined, companyUserId: string | undefined): RepaidProject {
  if (!project || (companyUserId !== undefined && project.companyUserId !== companyUserId)) throw notFound();
  if (!BEING_REPAID.includes(project.status)) {
    throw new DomainError("NOTHING_OWED", `Loan project ${project.id} is ${project.status}, not being repaid`);
  }
  return project;
}
