import { z } from "zod";
import type { DbOrTx } from "@/lib/server/db/types";

/** Platform limits for loan requests (DESIGN: set by the admin; validated on the server). */
export interface LoanLimits {
  minAmountFen: bigint;
  maxAmountFen: bigint;
  minRateBp: number;
  maxRateBp: number;
  minTermMonths: number;
  maxTermMonths: number;
  minFundraisingDays: number;
  maxFundraisingDays: number;
  minInvestmentUnitFen: bigint;
}

export const DEFAULT_LOAN_LIMITS: LoanLimits = {
  minAmountFen: 1_000_000n, // ¥10,000.00
  maxAmountFen: 1_000_000_000n, // ¥10,000,000.00
  minRateBp: 100,
  maxRateBp: 2400,
  minTermMonths: 1,
  maxTermMonths: 36,
  minFundraisingDays: 1,
  maxFundraisingDays: 30,
  minInvestmentUnitFen: 10_000n, // ¥100.00
};

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
