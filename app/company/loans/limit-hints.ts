import { formatMoney, formatRateBp, type MoneyLocale } from "@/lib/domain/money";
import type { LoanLimits } from "@/lib/server/settings/loan-limits";
import type { LimitHints } from "./loan-request-form";

export function limitHints(limits: LoanLimits, locale: MoneyLocale): LimitHints {
  return {
    minAmount: formatMoney(limits.minAmountFen, locale),
    maxAmount: formatMoney(limits.maxAmountFen, locale),
    minRate: formatRateBp(limits.minRateBp),
    maxRate: formatRateBp(limits.maxRateBp),
    minTerm: limits.minTermMonths,
    maxTerm: limits.maxTermMonths,
    minDays: limits.minFundraisingDays,
    maxDays: limits.maxFundraisingDays,
    minInvestment: formatMoney(limits.minInvestmentUnitFen, locale),
  };
}
