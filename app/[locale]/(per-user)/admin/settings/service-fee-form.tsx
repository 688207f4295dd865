"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateServiceFeeAction } from "./service-fee-actions";

/** The payout service fee, typed as a percentage ("1.5"), stored in basis points. */
export function ServiceFeeForm({ serviceFee }: { serviceFee: string }) {
  const t = useTranslations();
  const { state, pending, typed, formProps } = useFormAction(updateServiceFeeAction);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2 sm:items-end" data-testid="service-fee-form">
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field
        label={t("disbursement.settingsField")}
        name="serviceFee"
        inputMode="decimal"
        defaultValue={typed("serviceFee", serviceFee)}
        errors={fieldErrors(state, "serviceFee")}
      />
      <div>
        <SubmitButton pending={pending}>{t("admin.saveSettings")}</SubmitButton>
      </div>
    </form>
  );
}
