import type { LoanLimitsInput } from "@/lib/schemas/settings";
import type { Db } from "@/lib/server/db/types";
import { forbidden } from "@/lib/server/errors";
import { getLoanLimits, LOAN_LIMITS_KEY } from "./loan-limits";

/** Only an admin changes the limits; the old and new values go into the audit log in the same transaction. */
export async function updateLoanLimits(db: Db, actor: { id: string; role: string }, input: LoanLimitsInput) {
  if (actor.role !== "ADMIN") throw forbidden();
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
  return db.$transaction(async (tx) => {
    const before = await getLoanLimits(tx);
    await tx.platformSetting.upsert({
      where: { key: LOAN_LIMITS_KEY },
      create: { key: LOAN_LIMITS_KEY, value, updatedById: actor.id },
      update: { value, updatedById: actor.id },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "SETTINGS_UPDATED",
        targetType: "PLATFORM_SETTING",
        targetId: LOAN_LIMITS_KEY,
        data: { before: JSON.parse(JSON.stringify(before, (_k, v) => (typeof v === "bigint" ? String(v) : v))), after: value },
      },
    });
  });
}
