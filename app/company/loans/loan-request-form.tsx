"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { LiveSchedulePreview, type ScheduleInputs } from "@/components/schedule/live-schedule-preview";
import { Card } from "@/components/ui/card";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { BusinessDate } from "@/lib/domain/dates";
import { RepaymentMethods } from "@/lib/domain/schedules/terms";
import { saveLoanDraftAction } from "./actions";

export interface LoanRequestValues extends ScheduleInputs {
  title: string;
  purpose: string;
  fundraisingDays: string;
  minInvestment: string;
}

/** Limits already formatted for display (money as ¥, rates as %), so the client needs no bigint maths. */
export interface LimitHints {
  minAmount: string;
  maxAmount: string;
  minRate: string;
  maxRate: string;
  minTerm: number;
  maxTerm: number;
  minDays: number;
  maxDays: number;
  minInvestment: string;
}

/** `startDay`: today's business date on the server's clock, the day the live schedule preview counts from. */
export function LoanRequestForm({
  projectId,
  values,
  hints,
  startDay,
}: {
  projectId?: string;
  values: LoanRequestValues;
  hints: LimitHints;
  startDay: BusinessDate;
}) {
  const t = useTranslations("loanRequests");
  const { state, pending, typed, formProps } = useFormAction(saveLoanDraftAction);
  const [scheduleInputs, setScheduleInputs] = useState<ScheduleInputs>(values);
  const track = (name: keyof ScheduleInputs) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setScheduleInputs((current) => ({ ...current, [name]: event.target.value }));
  const errors = (field: string) => fieldErrors(state, field);

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <form {...formProps} className="space-y-4">
          <FormMessage state={state} />
          {projectId && <input type="hidden" name="projectId" value={projectId} />}
          <Field
            label={t("title")}
            name="title"
            defaultValue={typed("title", values.title)}
            maxLength={100}
            required
            errors={errors("title")}
          />
          <TextAreaField label={t("purpose")} name="purpose" defaultValue={typed("purpose", values.purpose)} errors={errors("purpose")} />
          <Field
            label={t("amount")}
            name="amount"
            inputMode="decimal"
            defaultValue={typed("amount", values.amount)}
            onChange={track("amount")}
            hint={t("amountHint", { min: hints.minAmount, max: hints.maxAmount })}
            errors={errors("amount")}
          />
          <Field
            label={t("annualRate")}
            name="annualRate"
            inputMode="decimal"
            defaultValue={typed("annualRate", values.annualRate)}
            onChange={track("annualRate")}
            hint={t("rateHint", { min: hints.minRate, max: hints.maxRate })}
            errors={errors("annualRate")}
          />
          <Field
            label={t("termMonths")}
            name="termMonths"
            inputMode="numeric"
            defaultValue={typed("termMonths", values.termMonths)}
            onChange={track("termMonths")}
            hint={t("rangeHint", { min: hints.minTerm, max: hints.maxTerm })}
            errors={errors("termMonths")}
          />
          <SelectField
            label={t("repaymentMethod")}
            name="repaymentMethod"
            defaultValue={typed("repaymentMethod", values.repaymentMethod)}
            onChange={track("repaymentMethod")}
            errors={errors("repaymentMethod")}
            options={RepaymentMethods.map((method) => ({ value: method, label: t(`methods.${method}`) }))}
          />
          <Field
            label={t("fundraisingDays")}
            name="fundraisingDays"
            inputMode="numeric"
            defaultValue={typed("fundraisingDays", values.fundraisingDays)}
            hint={t("rangeHint", { min: hints.minDays, max: hints.maxDays })}
            errors={errors("fundraisingDays")}
          />
          <Field
            label={t("minInvestment")}
            name="minInvestment"
            inputMode="decimal"
            defaultValue={typed("minInvestment", values.minInvestment)}
            hint={t("minInvestmentHint", { min: hints.minInvestment })}
            errors={errors("minInvestment")}
          />
          <SubmitButton pending={pending}>{t("saveDraft")}</SubmitButton>
        </form>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("preview")}</h2>
        <LiveSchedulePreview inputs={scheduleInputs} startDay={startDay} />
      </Card>
    </div>
  );
}
