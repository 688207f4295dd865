"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ScheduleTable } from "@/components/loans/schedule-table";
import type { BusinessDate } from "@/lib/domain/dates";
import { formatMoney, type MoneyLocale, parseMoney, parseRatePercent } from "@/lib/domain/money";
import { buildSchedule, scheduleTotals } from "@/lib/domain/schedules";
import { type RepaymentMethod, RepaymentMethods } from "@/lib/domain/schedules/terms";

export interface ScheduleInputs {
  amount: string;
  annualRate: string;
  termMonths: string;
  repaymentMethod: string;
}

/**
 * Recomputes the schedule in the browser as the company types, with exactly the server's arithmetic.
 * `startDay` is today's business date from the server (its clock, the business zone), never the
 * browser's own date, which may be another day.
 */
export function LiveSchedulePreview({ inputs, startDay }: { inputs: ScheduleInputs; startDay: BusinessDate }) {
  const t = useTranslations("loanRequests");
  const locale = useLocale() as MoneyLocale;
  const schedule = useMemo(() => {
    const amount = parseMoney(inputs.amount, { allowZero: false });
    const rate = parseRatePercent(inputs.annualRate);
    const term = Number(inputs.termMonths);
    if (!amount.ok || !rate.ok || !Number.isInteger(term) || term < 1 || term > 120) return null;
    if (!RepaymentMethods.includes(inputs.repaymentMethod as RepaymentMethod)) return null;
    return buildSchedule({
      principalFen: amount.fen,
      annualRateBp: rate.bp,
      termMonths: term,
      method: inputs.repaymentMethod as RepaymentMethod,
      startDate: startDay,
    });
  }, [inputs, startDay]);
  if (!schedule) return <p className="text-sm text-slate-500">{t("previewEmpty")}</p>;
  const totals = scheduleTotals(schedule);
  return (
    <div className="space-y-3" aria-live="polite">
      <p className="text-sm font-medium" data-testid="schedule-preview-totals">
        {t("totals", { total: formatMoney(totals.totalFen, locale), interest: formatMoney(totals.interestFen, locale) })}
      </p>
      <ScheduleTable schedule={schedule} totals={totals} caption={t("preview")} />
    </div>
  );
}
