"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateOverdueSettingsAction } from "./overdue-actions";

/** Grace days, and the daily penalty typed as a percentage per day ("0.05"), stored in basis points. */
export function OverdueSettingsForm({ graceDays, penaltyDaily }: { graceDays: string; penaltyDaily: string }) {
  const t = useTranslations();
  const { state, pending, typed, formProps } = useFormAction(updateOverdueSettingsAction);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-3 sm:items-end" data-testid="overdue-settings-form">
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
      <Field
        label={t("overdue.settings.graceDays")}
        name="graceDays"
        inputMode="numeric"
        defaultValue={typed("graceDays", graceDays)}
        errors={fieldErrors(state, "graceDays")}
      />
      <Field
        label={t("overdue.settings.penaltyDaily")}
        name="penaltyDaily"
        inputMode="decimal"
        defaultValue={typed("penaltyDaily", penaltyDaily)}
        errors={fieldErrors(state, "penaltyDaily")}
      />
      <div>
        <SubmitButton pending={pending}>{t("admin.saveSettings")}</SubmitButton>
      </div>
    </form>
  );
}
