"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateInvestmentSettingsAction } from "./investment-actions";

/** investments.autoConfirm: off (customer service confirms each investment, the default) or on. */
export function InvestmentSettingsForm({ autoConfirm }: { autoConfirm: boolean }) {
  const t = useTranslations("investing.settings");
  const { state, pending, formProps } = useFormAction(updateInvestmentSettingsAction);
  return (
    <form {...formProps} className="space-y-4" data-testid="investment-settings-form">
      <FormMessage state={state} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="autoConfirm" defaultChecked={autoConfirm} />
        <span>{t("autoConfirm")}</span>
      </label>
      <SubmitButton pending={pending}>{t("save")}</SubmitButton>
    </form>
  );
}
