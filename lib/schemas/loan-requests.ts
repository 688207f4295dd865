import { z } from "zod";
import type { LoanLimits } from "@/lib/domain/loan-limits";
import {
  type LoanTermRead,
  readFundraisingDays,
  readLoanAmount,
  readLoanRate,
  readLoanTerm,
  readMinInvestment,
} from "@/lib/domain/loan-limits";
import type { MoneyLocale } from "@/lib/domain/money";
import { RepaymentMethods } from "@/lib/domain/schedules/terms";
import { numberInput, requiredText } from "./fields";

/**
 * A bounded field read by the same pure function as the company's live preview (lib/domain/loan-limits),
 * so the form's warning and the server's refusal can never disagree. The issue's values ({min}, {max})
 * travel as zod `params` and are filled into the translated message by the action layer.
 */
const bounded = <T>(read: (text: string) => LoanTermRead<T>) =>
  numberInput.transform((input, ctx) => {
    const result = read(input);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: `validation.${result.issue.key}`, params: result.issue.values });
    return z.NEVER;
  });

/**
 * A loan request as typed by the company. The limits are the platform settings of the moment, so the
 * same schema validates on the server (authoritative) and drives the hints on the form. `locale` only
 * formats the limits inside error messages.
 */
export function loanRequestSchema(limits: LoanLimits, locale: MoneyLocale = "zh-CN") {
  return z
    .object({
      title: requiredText(100),
      purpose: requiredText(2000),
      amount: bounded((text) => readLoanAmount(text, limits, locale)),
      annualRate: bounded((text) => readLoanRate(text, limits)),
      termMonths: bounded((text) => readLoanTerm(text, limits)),
      repaymentMethod: z.enum(RepaymentMethods, { error: "validation.repaymentMethod" }),
      fundraisingDays: bounded((text) => readFundraisingDays(text, limits)),
      minInvestment: bounded((text) => readMinInvestment(text, limits, locale)),
    })
    .refine((v) => v.minInvestment <= v.amount, { path: ["minInvestment"], error: "validation.minInvestmentAboveAmount" });
}

export type LoanRequestInput = z.infer<ReturnType<typeof loanRequestSchema>>;
