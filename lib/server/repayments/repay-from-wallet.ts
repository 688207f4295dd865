import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import { type Clock, getClock, today } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import type { AppliedRepayment } from "./apply-repayment";
import { lockRepaidProject } from "./repaid-project";
import { repayInstalments } from "./repay-instalments";

export interface RepayFromWalletInput {
  projectId: string;
  /** Fen, > 0 and at most what may be paid now (what is due plus the next instalment). */
  amountFen: bigint;
}

/**
 * The company pays its own loan from its wallet (还款, issue 12 item 1): one Repayment, oldest instalment first,
 * split among the investors in one REPAYMENT journal entry; CURE / SETTLE when it clears what was overdue / owed.
 * Locks the project first, so two repayments of one project at the same moment run one after the other and the
 * second sees what the first paid (never an overpayment: the database's CHECKs are the last line).
 *
 * @throws DomainError FORBIDDEN (not a company user), VALIDATION (amount ≤ 0: fieldErrors.amount), NOT_FOUND (not
 *   its own project), NOTHING_OWED, REPAYMENT_TOO_LARGE ({ max }), INSUFFICIENT_FUNDS
 */
export async function repayFromWallet(
  db: Db,
  actor: Actor,
  input: RepayFromWalletInput,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<AppliedRepayment> {
  assertCan(actor, "loan.repay");
  if (input.amountFen <= 0n) {
    throw new DomainError("VALIDATION", "A repayment must be positive", { amount: ["validation.moneyZERO"] });
  }
  return withTransaction(db, async (tx) => {
    const project = await lockRepaidProject(tx, input.projectId, actor.id);
    const applied = await repayInstalments(tx, project, {
      amountFen: input.amountFen,
      mode: "EXACT",
      paidById: actor.id,
      today: today(clock),
      now: clock.now(),
    });
    return applied as AppliedRepayment;
  });
}
