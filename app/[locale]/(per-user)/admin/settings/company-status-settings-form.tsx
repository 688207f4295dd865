"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateCompanyStatusSettingsAction } from "./company-status-actions";

/** companyStatus.upgradeMinMonths: months on the platform before a company may be upgraded to GOOD. */
export function CompanyStatusSettingsForm({ upgradeMinMonths }: { upgradeMinMonths: number }) {
  const t = useTranslations();
  const { state, pending, typed, formProps } = useFormAction(updateCompanyStatusSettingsAction);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2 sm:items-end" data-testid="company-status-settings-form">
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field
        label={t("companyStatus.settings.upgradeMinMonths")}
        name="upgradeMinMonths"
        inputMode="numeric"
        defaultValue={typed("upgradeMinMonths", String(upgradeMinMonths))}
        errors={fieldErrors(state, "upgradeMinMonths")}
      />
      <div>
        <SubmitButton pending={pending}>{t("admin.saveSettings")}</SubmitButton>
      </div>
    </form>
  );
}
