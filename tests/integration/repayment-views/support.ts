import type { BusinessDate } from "@/lib/domain/dates";
import { fixedClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import type { AppliedRepayment } from "@/lib/server/repayments/apply-repayment";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import type { RepayingProject } from "../support/repaying-project";

/**
 * The company repays instalments `numbers` of its loan in full from its wallet on business date `on` (10:00 in
 * Shanghai), through the real repayment service: one repayment for their principal and interest.
 */
export async function repayInstalmentsOn(db: Db, loan: RepayingProject, numbers: number[], on: BusinessDate): Promise<AppliedRepayment> {
  const amountFen = loan.instalments
    .filter((instalment) => numbers.includes(instalment.number))
    .reduce((sum, instalment) => sum + instalment.principalFen + instalment.interestFen, 0n);
  return repayFromWallet(
    db,
    { id: loan.companyUser.id, role: loan.companyUser.role },
    { projectId: loan.project.id, amountFen },
    { clock: fixedClock(`${on}T02:00:00Z`, "Asia/Shanghai") },
  );
}
