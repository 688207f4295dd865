import { z } from "zod";
import { parseRatePercent } from "@/lib/domain/money";
import { RepaymentMethods } from "@/lib/domain/schedules/terms";
import type { LoanLimits } from "@/lib/server/settings/loan-limits";
import { moneyField, numberInput, requiredText } from "./fields";

const wholeNumberInRange = (min: number, max: number) =>
  numberInput
    .trim()
    .min(1, { error: "validation.required" })
    .regex(/^\d+$/, { error: "validation.wholeNumber" })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: "validation.outOfRange" });

/**
 * A loan request as typed by the company. The limits are the platform settings of the moment, so the
 * same schema validates on the server (authoritative) and drives the hints on the form.
 */
export function loanRequestSchema(limits: LoanLimits) {
  return z
    .object({
      title: requiredText(100),
      purpose: requiredText(2000),
      amount: moneyField({ min: limits.minAmountFen, max: limits.maxAmountFen }),
      annualRate: numberInput.transform((input, ctx) => {
        const parsed = parseRatePercent(input);
        if (!parsed.ok) {
          ctx.addIssue({ code: "custom", message: `validation.rate${parsed.code}` });
          return z.NEVER;
        }
        if (parsed.bp < limits.minRateBp || parsed.bp > limits.maxRateBp) {
          ctx.addIssue({ code: "custom", message: "validation.rateOutOfRange" });
          return z.NEVER;
        }
        return parsed.bp;
      }),
      termMonths: wholeNumberInRange(limits.minTermMonths, limits.maxTermMonths),
      repaymentMethod: z.enum(RepaymentMethods, { error: "validation.repaymentMethod" }),
      fundraisingDays: wholeNumberInRange(limits.minFundraisingDays, limits.maxFundraisingDays),
      minInvestment: moneyField({ min: limits.minInvestmentUnitFen }),
    })
    .refine((v) => v.minInvestment <= v.amount, { path: ["minInvestment"], error: "validation.minInvestmentAboveAmount" });
}

export type LoanRequestInput = z.infer<ReturnType<typeof loanRequestSchema>>;
