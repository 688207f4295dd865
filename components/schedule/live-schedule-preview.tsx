"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ScheduleTable } from "@/components/loans/schedule-table";
import { toLocale } from "@/i18n/locales";
import type { BusinessDate } from "@/lib/domain/dates";
import { checkLoanTerms, type LoanLimitField, type LoanLimits, type LoanTermIssue } from "@/lib/domain/loan-limits";
import { formatMoney } from "@/lib/domain/money";
import { buildSchedule, scheduleTotals } from "@/lib/domain/schedules";
import { type RepaymentMethod, RepaymentMethods } from "@/lib/domain/schedules/terms";

export interface ScheduleInputs {
  amount: string;
  annualRate: string;
  termMonths: string;
  repaymentMethod: string;
}

/** Issues that only say "nothing typed yet": not worth an error while the company is still filling in. */
const EMPTY_KEYS = new Set(["moneyEMPTY", "rateEMPTY", "required"]);
export const isEmptyIssue = (issue: LoanTermIssue) => EMPTY_KEYS.has(issue.key);

const SCHEDULE_FIELDS = ["amount", "annualRate", "termMonths"] as const satisfies readonly LoanLimitField[];

/**
 * Recomputes the schedule in the browser as the company types, with exactly the server's arithmetic and
 * the platform's limits (checked by the same function as the server's validation, lib/domain/loan-limits):
 * terms the server would refuse show why instead of a schedule. `startDay` is today's business date from
 * the server (its clock, the business zone), never the browser's own date, which may be another day.
 */
export function LiveSchedulePreview({ inputs, startDay, limits }: { inputs: ScheduleInputs; startDay: BusinessDate; limits: LoanLimits }) {
  const t = useTranslations("loanRequests");
  const tv = useTranslations("validation");
  const locale = toLocale(useLocale());
  const result = useMemo(() => {
    const checked = checkLoanTerms({ amount: inputs.amount, annualRate: inputs.annualRate, termMonths: inputs.termMonths }, limits, locale);
    const problems = SCHEDULE_FIELDS.flatMap((field) => {
      const issue = checked.issues[field];
      return issue && !isEmptyIssue(issue) ? [{ field, issue }] : [];
    });
    if (problems.length > 0) return { problems } as const;
    const method = RepaymentMethods.find((m) => m === inputs.repaymentMethod) as RepaymentMethod | undefined;
    if (checked.amountFen === undefined || checked.annualRateBp === undefined || checked.termMonths === undefined || !method) return null;
    const schedule = buildSchedule({
      principalFen: checked.amountFen,
      annualRateBp: checked.annualRateBp,
      termMonths: checked.termMonths,
      method,
      startDate: startDay,
    });
    return { schedule, totals: scheduleTotals(schedule) } as const;
  }, [inputs, startDay, limits, locale]);

  // One live region whatever is shown, so a screen reader hears when the schedule gives way to an error.
  return <div aria-live="polite">{renderResult()}</div>;

  function renderResult() {
    if (!result) return <p className="text-sm text-slate-500">{t("previewEmpty")}</p>;
    if (result.problems) {
      return (
        <div className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="schedule-preview-refused">
          <p className="font-medium">{t("previewInvalid")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {result.problems.map(({ field, issue }) => (
              <li key={field}>
                {t("previewProblem", { field: t(field), message: tv.has(issue.key) ? tv(issue.key, issue.values) : tv("outOfRange") })}
              </li>
            ))}
          </ul>
        </div>
      );
    }
    return (
      <div className="space-y-3">
        <p className="text-sm font-medium" data-testid="schedule-preview-totals">
          {t("totals", { total: formatMoney(result.totals.totalFen, locale), interest: formatMoney(result.totals.interestFen, locale) })}
        </p>
        <ScheduleTable schedule={result.schedule} totals={result.totals} caption={t("preview")} />
      </div>
    );
  }
}
