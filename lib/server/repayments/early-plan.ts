import { type BusinessDate, businessDateOf } from "@/lib/domain/dates";
import { type EarlyRepaymentPlan, planEarlyRepayment } from "@/lib/domain/repayments";
import { DomainError } from "@/lib/server/errors";
import type { OwedInstalmentRow } from "./owed-instalments";
import type { RepaidProject } from "./repaid-project";

/**
 * The early-repayment plan of `project` on `today` from its unpaid instalments (planEarlyRepayment), the schedule
 * counted from the disbursement's business date in `zone`, as when it was stored.
 *
 * @throws DomainError INSTALMENT_DUE (an instalment's due date has passed: pay it first), NOTHING_OWED
 */
export function earlyPlanOf(
  project: RepaidProject,
  owed: readonly OwedInstalmentRow[],
  today: BusinessDate,
  zone: string,
): Extract<EarlyRepaymentPlan, { ok: true }> {
  if (!project.disbursedAt) throw new Error(`Loan project ${project.id} is being repaid but has no disbursedAt`);
  const plan = planEarlyRepayment(
    {
      principalFen: project.amountFen,
      annualRateBp: project.annualRateBp,
      termMonths: project.termMonths,
      method: project.repaymentMethod,
      startDate: businessDateOf(project.disbursedAt, zone),
    },
    owed,
    today,
  );
  if (plan.ok) return plan;
  if (plan.code === "INSTALMENT_DUE") {
    throw new DomainError("INSTALMENT_DUE", `Loan project ${project.id} has an instalment due before ${today}`);
  }
  throw new DomainError("NOTHING_OWED", `Loan project ${project.id} owes nothing`);
}
