"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { isEmptyIssue, LiveSchedulePreview, type ScheduleInputs } from "@/components/schedule/live-schedule-preview";
import { Card } from "@/components/ui/card";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { toLocale } from "@/i18n/locales";
import type { BusinessDate } from "@/lib/domain/dates";
import { checkLoanTerms, formatLoanLimits, type LoanLimitField, type LoanLimits } from "@/lib/domain/loan-limits";
import { RepaymentMethods } from "@/lib/domain/schedules/terms";
import { saveLoanDraftAction } from "./actions";

export interface LoanRequestValues extends ScheduleInputs {
  title: string;
  purpose: string;
  fundraisingDays: string;
  minInvestment: string;
}

type TrackedField = keyof ScheduleInputs | "fundraisingDays" | "minInvestment";

/**
 * `startDay`: today's business date on the server's clock, the day the live schedule preview counts from.
 * `limits`: the platform's loan limits read on the server (the same setting the save action checks), shown
 * beside the fields and applied as the company types.
 */
export function LoanRequestForm({
  projectId,
  values,
  limits,
  startDay,
}: {
  projectId?: string;
  values: LoanRequestValues;
  limits: LoanLimits;
  startDay: BusinessDate;
}) {
  const t = useTranslations("loanRequests");
  const tv = useTranslations("validation");
  const locale = toLocale(useLocale());
  const { state, pending, typed, formProps } = useFormAction(saveLoanDraftAction);
  // After a submission without JavaScript the page is rendered again with what was typed: start from that.
  const [inputs, setInputs] = useState<Record<TrackedField, string>>(() => ({
    amount: typed("amount", values.amount),
    annualRate: typed("annualRate", values.annualRate),
    termMonths: typed("termMonths", values.termMonths),
    repaymentMethod: typed("repaymentMethod", values.repaymentMethod),
    fundraisingDays: typed("fundraisingDays", values.fundraisingDays),
    minInvestment: typed("minInvestment", values.minInvestment),
  }));
  const track = (name: TrackedField) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setInputs((current) => ({ ...current, [name]: event.target.value }));
  const shown = formatLoanLimits(limits, locale);
  const live = checkLoanTerms(inputs, limits, locale).issues;
  const errors = (field: string) => fieldErrors(state, field);
  /**
   * A bounded field's errors: the live check of what is typed now (blank fields wait for the server's
   * "required"), else the server's verdict as long as the value is still the one it judged.
   */
  const boundedErrors = (field: LoanLimitField) => {
    const issue = live[field];
    if (issue && !isEmptyIssue(issue)) return [tv.has(issue.key) ? tv(issue.key, issue.values) : tv("outOfRange")];
    const judged = state && !state.ok ? state.values?.[field] : undefined;
    return judged === undefined || judged === inputs[field] ? errors(field) : undefined;
  };

  return (
    // The terms sit in columns above a full-width preview: beside the form, the schedule's six columns
    // would not fit a 1366 px screen (issue 8 §5), and on a phone it scrolls inside its own box.
    <div className="space-y-6">
      <Card className="min-w-0">
        <form {...formProps} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {state && (
            <div className="sm:col-span-2 lg:col-span-3">
              <FormMessage state={state} />
            </div>
          )}
          {projectId && <input type="hidden" name="projectId" value={projectId} />}
          <Field
            className="sm:col-span-2 lg:col-span-3"
            label={t("title")}
            name="title"
            defaultValue={typed("title", values.title)}
            maxLength={100}
            required
            errors={errors("title")}
          />
          <div className="sm:col-span-2 lg:col-span-3">
            <TextAreaField label={t("purpose")} name="purpose" defaultValue={typed("purpose", values.purpose)} errors={errors("purpose")} />
          </div>
          <Field
            label={t("amount")}
            name="amount"
            inputMode="decimal"
            defaultValue={inputs.amount}
            onChange={track("amount")}
            hint={t("limitAmount", shown.amount)}
            errors={boundedErrors("amount")}
          />
          <Field
            label={t("annualRate")}
            name="annualRate"
            inputMode="decimal"
            defaultValue={inputs.annualRate}
            onChange={track("annualRate")}
            hint={t("limitRate", shown.annualRate)}
            errors={boundedErrors("annualRate")}
          />
          <Field
            label={t("termMonths")}
            name="termMonths"
            inputMode="numeric"
            defaultValue={inputs.termMonths}
            onChange={track("termMonths")}
            hint={t("limitTerm", shown.termMonths)}
            errors={boundedErrors("termMonths")}
          />
          <SelectField
            label={t("repaymentMethod")}
            name="repaymentMethod"
            defaultValue={inputs.repaymentMethod}
            onChange={track("repaymentMethod")}
            errors={errors("repaymentMethod")}
            options={RepaymentMethods.map((method) => ({ value: method, label: t(`methods.${method}`) }))}
          />
          <Field
            label={t("fundraisingDays")}
            name="fundraisingDays"
            inputMode="numeric"
            defaultValue={inputs.fundraisingDays}
            onChange={track("fundraisingDays")}
            hint={t("limitDays", shown.fundraisingDays)}
            errors={boundedErrors("fundraisingDays")}
          />
          <Field
            label={t("minInvestment")}
            name="minInvestment"
            inputMode="decimal"
            defaultValue={inputs.minInvestment}
            onChange={track("minInvestment")}
            hint={t("limitMinInvestment", shown.minInvestment)}
            errors={boundedErrors("minInvestment")}
          />
          <div className="sm:col-span-2 lg:col-span-3">
            <SubmitButton pending={pending}>{t("saveDraft")}</SubmitButton>
          </div>
        </form>
      </Card>
      <Card className="min-w-0">
        <h2 className="mb-4 text-lg font-semibold">{t("preview")}</h2>
        <LiveSchedulePreview inputs={inputs} startDay={startDay} limits={limits} />
      </Card>
    </div>
  );
}
