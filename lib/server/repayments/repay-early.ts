import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import { type Clock, getClock, today } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { getBalances } from "@/lib/server/ledger";
import { getRepaymentSettings } from "@/lib/server/settings/repayment-settings";
import { type AppliedRepayment, applyRepayment } from "./apply-repayment";
import { earlyPlanOf } from "./early-plan";
import { lockOwedInstalments } from "./owed-instalments";
import { lockRepaidProject } from "./repaid-project";

export interface RepayEarlyInput {
  projectId: string;
  /**
   * The quote's total the company confirmed (fen): if what is owed today differs (a day passed, another payment
   * came in), nothing is paid and CONFLICT asks for a new quote.
   */
  expectedTotalFen: bigint;
}

/**
 * Repays the company's own loan in full, early (提前还款), from its wallet: one EARLY Repayment paying every
 * unpaid instalment's principal and the current period's interest to date, the rest of the interest waived
 * (instalments' and claims' interestWaivedFen), and the project and its investments SETTLE — in one transaction,
 * the project locked first.
 *
 * @throws DomainError FORBIDDEN, NOT_FOUND, NOTHING_OWED, INSTALMENT_DUE, CONFLICT (the quote changed),
 *   INSUFFICIENT_FUNDS
 */
export async function repayEarly(
  db: Db,
  actor: Actor,
  input: RepayEarlyInput,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<AppliedRepayment> {
  assertCan(actor, "loan.repay");
  return withTransaction(db, async (tx) => {
    const project = await lockRepaidProject(tx, input.projectId, actor.id);
    const repaidOn = today(clock);
    const plan = earlyPlanOf(project, await lockOwedInstalments(tx, project.id), repaidOn, clock.zone);
    if (plan.totalFen !== input.expectedTotalFen) {
      throw new DomainError("CONFLICT", `The early repayment of ${project.id} is now ${plan.totalFen} fen, not ${input.expectedTotalFen}`);
    }
    const { availableFen } = await getBalances(tx, project.companyUserId);
    if (availableFen < plan.totalFen) {
      throw new DomainError("INSUFFICIENT_FUNDS", `The company's available balance is below ${plan.totalFen} fen`);
    }
    const settings = await getRepaymentSettings(tx);
    return applyRepayment(tx, {
      projectId: project.id,
      kind: "EARLY",
      payerUserId: project.companyUserId,
      paidById: actor.id,
      repaidOn,
      now: clock.now(),
      managementFeeBp: settings.managementFeeBp,
      allocations: plan.allocations,
      waivedInterest: plan.waivedInterest,
    });
  });
}
