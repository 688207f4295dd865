import { fenToYuanString } from "@/lib/domain/money";
import type { Actor } from "@/lib/domain/permissions";
import { payableNow } from "@/lib/domain/repayments";
import { assertCan } from "@/lib/server/auth/assert-can";
import { type Clock, getClock, today } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { type CreateDepositDeps, type CreatedDeposit, createDeposit } from "@/lib/server/deposits/create-deposit";
import { DomainError } from "@/lib/server/errors";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { getOverdueSettings } from "@/lib/server/settings/overdue-settings";
import { readOwedInstalments } from "./owed-instalments";
import { findRepaidProject } from "./repaid-project";

export interface RepaymentCheckoutInput {
  projectId: string;
  /** Fen, at most what may be paid now; the deposit limits apply (¥1 at least). */
  amountFen: bigint;
}

/**
 * "Pay through checkout" (issue 12 item 1): opens a deposit order with purpose REPAYMENT for the company's own
 * project at the gateway (createDeposit); when the payment is credited the repayment is applied in the same
 * transaction (repayFromCheckout). The amount is checked against what may be paid now, penalty accrued to today.
 *
 * @throws DomainError FORBIDDEN, VALIDATION (deposit limits), NOT_FOUND (not its own project), NOTHING_OWED,
 *   REPAYMENT_TOO_LARGE ({ max }), DEPOSIT_NOT_ALLOWED, GATEWAY_UNAVAILABLE
 */
export async function createRepaymentCheckout(
  db: Db,
  actor: Actor,
  input: RepaymentCheckoutInput,
  deps: Omit<CreateDepositDeps, "clock"> & { clock?: Clock },
): Promise<CreatedDeposit> {
  assertCan(actor, "loan.repay");
  const clock = deps.clock ?? getClock();
  const project = await findRepaidProject(db, input.projectId, actor.id);
  const asOf = today(clock);
  const { maxFen } = await withTransaction(db, async (tx) => {
    await accrueOverdue(tx, asOf, await getOverdueSettings(tx), [project.id]);
    return payableNow(await readOwedInstalments(tx, project.id), asOf);
  });
  if (maxFen === 0n) throw new DomainError("NOTHING_OWED", `Loan project ${project.id} owes nothing now`);
  if (input.amountFen > maxFen) {
    throw new DomainError(
      "REPAYMENT_TOO_LARGE",
      `At most ${maxFen} fen may be paid now`,
      { amount: ["errors.REPAYMENT_TOO_LARGE"] },
      {
        max: fenToYuanString(maxFen),
      },
    );
  }
  return createDeposit(db, { userId: actor.id, amountFen: input.amountFen, repaysProjectId: project.id }, { ...deps, clock });
}
