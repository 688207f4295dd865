import type { BusinessDate } from "@/lib/domain/dates";
import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import { type Clock, getClock, today } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { earlyPlanOf } from "./early-plan";
import { readOwedInstalments } from "./owed-instalments";
import { findRepaidProject } from "./repaid-project";

export interface EarlyRepaymentQuoteView {
  /** The business date the quote holds for: paying later the same day pays the same. */
  quotedOn: BusinessDate;
  principalFen: bigint;
  /** Interest accrued in the current period to quotedOn. */
  interestFen: bigint;
  penaltyFen: bigint;
  totalFen: bigint;
  /** Interest of the schedule no longer owed. */
  waivedInterestFen: bigint;
  accruedDays: number;
  periodDays: number;
}

/**
 * What repaying the company's own loan early costs today (提前还款, quote first): all principal still owed plus
 * the current period's interest to date, the rest of the schedule's interest waived. Reads only.
 *
 * @throws DomainError FORBIDDEN, NOT_FOUND (not its own project), NOTHING_OWED, INSTALMENT_DUE (an instalment is
 *   due or overdue: pay it first)
 */
export async function quoteEarlyRepayment(
  db: DbOrTx,
  actor: Actor,
  projectId: string,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<EarlyRepaymentQuoteView> {
  assertCan(actor, "loan.repay");
  const project = await findRepaidProject(db, projectId, actor.id);
  const quotedOn = today(clock);
  const plan = earlyPlanOf(project, await readOwedInstalments(db, project.id), quotedOn, clock.zone);
  return {
    quotedOn,
    principalFen: plan.principalFen,
    interestFen: plan.interestFen,
    penaltyFen: plan.penaltyFen,
    totalFen: plan.totalFen,
    waivedInterestFen: [...plan.waivedInterest.values()].reduce((s, w) => s + w, 0n),
    accruedDays: plan.accruedDays,
    periodDays: plan.periodDays,
  };
}
