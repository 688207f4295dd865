"use client";

import { useTranslations } from "next-intl";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateLoanLimitsAction } from "./actions";

export const LIMIT_FIELDS = [
  "minAmount",
  "maxAmount",
  "minRate",
  "maxRate",
  "minTermMonths",
  "maxTermMonths",
  "minFundraisingDays",
  "maxFundraisingDays",
  "minInvestmentUnit",
] as const;

export function LoanLimitsForm({ values }: { values: Record<(typeof LIMIT_FIELDS)[number], string> }) {
  const t = useTranslations("admin");
  const { state, pending, formProps } = useFormAction(updateLoanLimitsAction);
  return (
    <form {...formProps} onSubmit={confirmThen(t("confirmSettings"), formProps.onSubmit)} className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {LIMIT_FIELDS.map((name) => (
        <Field key={name} label={t(name)} name={name} inputMode="decimal" defaultValue={values[name]} errors={fieldErrors(state, name)} />
      ))}
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>{t("saveSettings")}</SubmitButton>
      </div>
    </form>
  );
}
