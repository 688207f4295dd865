import type { BusinessDate } from "@/lib/domain/dates";
import { fenToYuanString } from "@/lib/domain/money";
import { allocateRepayment, payableNow } from "@/lib/domain/repayments";
import type { Tx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { getBalances } from "@/lib/server/ledger";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { getOverdueSettings } from "@/lib/server/settings/overdue-settings";
import { getRepaymentSettings } from "@/lib/server/settings/repayment-settings";
import { type AppliedRepayment, applyRepayment } from "./apply-repayment";
import { lockOwedInstalments } from "./owed-instalments";
import type { RepaidProject } from "./repaid-project";

export interface InstalmentPayment {
  /** Fen. `"UP_TO_OWED"`: min(amountFen, what may be paid now) — a checkout payment, whose rest stays in the wallet. */
  amountFen: bigint;
  mode: "EXACT" | "UP_TO_OWED";
  paidById: string | null;
  depositId?: string;
  today: BusinessDate;
  now: Date;
}

/**
 * Pays instalments of `project` (locked by the caller, lockRepaidProject) from its company's available balance,
 * inside the caller's transaction: accrues the project's penalty to `today`, locks its unpaid instalments, checks
 * the amount against what may be paid now (payableNow), allocates it in the setting's order and applies it
 * (applyRepayment). Returns null when `UP_TO_OWED` finds nothing owed.
 *
 * @throws DomainError NOTHING_OWED, REPAYMENT_TOO_LARGE (params { max } in yuan), INSUFFICIENT_FUNDS
 */
export async function repayInstalments(tx: Tx, project: RepaidProject, payment: InstalmentPayment): Promise<AppliedRepayment | null> {
  const [settings, overdueSettings] = await Promise.all([getRepaymentSettings(tx), getOverdueSettings(tx)]);
  await accrueOverdue(tx, payment.today, overdueSettings, [project.id]);
  const owed = await lockOwedInstalments(tx, project.id);
  const { maxFen, payable } = payableNow(owed, payment.today);
  if (maxFen === 0n) {
    if (payment.mode === "UP_TO_OWED") return null;
    throw new DomainError("NOTHING_OWED", `Loan project ${project.id} owes nothing now`);
  }
  let amountFen = payment.amountFen;
  if (amountFen > maxFen) {
    if (payment.mode === "EXACT") {
      throw new DomainError(
        "REPAYMENT_TOO_LARGE",
        `At most ${maxFen} fen may be paid now`,
        { amount: ["errors.REPAYMENT_TOO_LARGE"] },
        {
          max: fenToYuanString(maxFen),
        },
      );
    }
    amountFen = maxFen;
  }
  const { availableFen } = await getBalances(tx, project.companyUserId);
  if (availableFen < amountFen) {
    throw new DomainError(
      "INSUFFICIENT_FUNDS",
      `The company's available balance is below ${amountFen} fen`,
      {},
      {
        account: `user:${project.companyUserId}:available`,
      },
    );
  }
  return applyRepayment(tx, {
    projectId: project.id,
    kind: "INSTALMENT",
    payerUserId: project.companyUserId,
    paidById: payment.paidById,
    depositId: payment.depositId,
    repaidOn: payment.today,
    now: payment.now,
    managementFeeBp: settings.managementFeeBp,
    allocations: allocateRepayment(amountFen, payable, settings.allocationOrder),
  });
}
