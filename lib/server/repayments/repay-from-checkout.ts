import type { Deposit } from "@/lib/generated/prisma/client";
import { getClock, today } from "@/lib/server/clock";
import type { Tx } from "@/lib/server/db/types";
import type { AppliedRepayment } from "./apply-repayment";
import type { RepaidProject } from "./repaid-project";
import { repayInstalments } from "./repay-instalments";

/** Locks a loan project's row: a repayment's first lock, taken before any ledger account's. */
export async function lockProjectRow(tx: Tx, projectId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "LoanProject" WHERE "id" = ${projectId} FOR UPDATE`;
}

/**
 * The repayment of a REPAYMENT deposit just credited to the company's wallet (called by applyGatewayOutcome in
 * its transaction, once per payment: the credit is idempotent on the gateway serial, and Repayment.depositId is
 * unique): repays min(deposit amount, what may be paid now) of its project, oldest instalment first; the rest,
 * or all of it when the project no longer owes anything (settled meanwhile), stays in the wallet. Returns null
 * when nothing was repaid.
 */
export async function repayFromCheckout(
  tx: Tx,
  deposit: Pick<Deposit, "id" | "userId" | "amountFen" | "projectId">,
  clock = getClock(),
): Promise<AppliedRepayment | null> {
  if (!deposit.projectId) return null;
  const [project] = await tx.$queryRaw<RepaidProject[]>`
    SELECT p."id", p."status", c."userId" AS "companyUserId", p."amountFen", p."annualRateBp", p."termMonths",
           p."repaymentMethod", p."disbursedAt"
      FROM "LoanProject" p JOIN "Company" c ON c."id" = p."companyId"
     WHERE p."id" = ${deposit.projectId} FOR UPDATE OF p`;
  // Only the company's own project (createRepaymentCheckout checked it; the payer's wallet pays).
  if (!project || project.companyUserId !== deposit.userId) return null;
  if (!["REPAYING", "OVERDUE", "BAD_DEBT"].includes(project.status)) return null;
  return repayInstalments(tx, project, {
    amountFen: deposit.amountFen,
    mode: "UP_TO_OWED",
    paidById: deposit.userId,
    depositId: deposit.id,
    today: today(clock),
    now: clock.now(),
  });
}
