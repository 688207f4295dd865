import { z } from "zod";
import { parseRatePercent } from "@/lib/domain/money";
import { moneyField, numberInput } from "./fields";

const wholeNumber = (min: number, max: number) =>
  numberInput
    .trim()
    .regex(/^\d+$/, { error: "validation.wholeNumber" })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: "validation.outOfRange" });

const rate = numberInput.transform((input, ctx) => {
  const parsed = parseRatePercent(input);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: `validation.rate${parsed.code}` });
    return z.NEVER;
  }
  if (parsed.bp < 1 || parsed.bp > 3600) {
    ctx.addIssue({ code: "custom", message: "validation.outOfRange" });
    return z.NEVER;
  }
  return parsed.bp;
});

/** The admin's loan limits form: every minimum must not exceed its maximum. */
export const loanLimitsSchema = z
  .object({
    minAmount: moneyField({ min: 1n }),
    maxAmount: moneyField({ min: 1n }),
    minRate: rate,
    maxRate: rate,
    minTermMonths: wholeNumber(1, 120),
    maxTermMonths: wholeNumber(1, 120),
    minFundraisingDays: wholeNumber(1, 90),
    maxFundraisingDays: wholeNumber(1, 90),
    minInvestmentUnit: moneyField({ min: 1n }),
  })
  .refine((v) => v.minAmount <= v.maxAmount, { path: ["maxAmount"], error: "validation.maxBelowMin" })
  .refine((v) => v.minRate <= v.maxRate, { path: ["maxRate"], error: "validation.maxBelowMin" })
  .refine((v) => v.minTermMonths <= v.maxTermMonths, { path: ["maxTermMonths"], error: "validation.maxBelowMin" })
  .refine((v) => v.minFundraisingDays <= v.maxFundraisingDays, { path: ["maxFundraisingDays"], error: "validation.maxBelowMin" })
  .refine((v) => v.minInvestmentUnit <= v.maxAmount, { path: ["minInvestmentUnit"], error: "validation.minInvestmentAboveAmount" });
export type LoanLimitsInput = z.infer<typeof loanLimitsSchema>;
