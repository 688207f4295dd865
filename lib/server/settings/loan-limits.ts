import { z } from "zod";
import { DEFAULT_LOAN_LIMITS, type LoanLimits } from "@/lib/domain/loan-limits";
import type { DbOrTx } from "@/lib/server/db/types";

// The limits' shape and defaults are pure data shared with the browser (the company's live preview).
export { DEFAULT_LOAN_LIMITS, type LoanLimits } from "@/lib/domain/loan-limits";

export const LOAN_LIMITS_KEY = "loanLimits";

// Stored as JSON: fen amounts as decimal strings, since JSON has no bigint.
const storedLimits = z
  .object({
    minAmountFen: z.string().regex(/^\d+$/),
    maxAmountFen: z.string().regex(/^\d+$/),
    minRateBp: z.number().int().positive(),
    maxRateBp: z.number().int().positive(),
    minTermMonths: z.number().int().positive(),
    maxTermMonths: z.number().int().positive(),
    minFundraisingDays: z.number().int().positive(),
    maxFundraisingDays: z.number().int().positive(),
    minInvestmentUnitFen: z.string().regex(/^\d+$/),
  })
  .partial();

export async function getLoanLimits(db: DbOrTx): Promise<LoanLimits> {
  const row = await db.platformSetting.findUnique({ where: { key: LOAN_LIMITS_KEY } });
  const parsed = storedLimits.safeParse(row?.value ?? {});
  if (!parsed.success) {
    console.error("Ignoring malformed loan limits setting", parsed.error.issues);
    return DEFAULT_LOAN_LIMITS;
  }
  const v = parsed.data;
  return {
    ...DEFAULT_LOAN_LIMITS,
    ...Object.fromEntries(Object.entries(v).filter(([, value]) => typeof value === "number")),
    ...(v.minAmountFen ? { minAmountFen: BigInt(v.minAmountFen) } : {}),
    ...(v.maxAmountFen ? { maxAmountFen: BigInt(v.maxAmountFen) } : {}),
    ...(v.minInvestmentUnitFen ? { minInvestmentUnitFen: BigInt(v.minInvestmentUnitFen) } : {}),
  };
}
