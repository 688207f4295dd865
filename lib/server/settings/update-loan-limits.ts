import type { Actor } from "@/lib/domain/permissions";
import type { LoanLimitsInput } from "@/lib/schemas/settings";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { Db } from "@/lib/server/db/types";
import { getLoanLimits, LOAN_LIMITS_KEY } from "./loan-limits";
import { savePlatformSetting } from "./save-platform-setting";

/** Only an admin changes the limits; the old and new values go into the audit log in the same transaction. */
export async function updateLoanLimits(db: Db, actor: Actor, input: LoanLimitsInput) {
  assertCan(actor, "platform.settings");
  const value = {
    minAmountFen: String(input.minAmount),
    maxAmountFen: String(input.maxAmount),
    minRateBp: input.minRate,
    maxRateBp: input.maxRate,
    minTermMonths: input.minTermMonths,
    maxTermMonths: input.maxTermMonths,
    minFundraisingDays: input.minFundraisingDays,
    maxFundraisingDays: input.maxFundraisingDays,
    minInvestmentUnitFen: String(input.minInvestmentUnit),
  };
  await savePlatformSetting(db, actor, LOAN_LIMITS_KEY, value, getLoanLimits);
}
