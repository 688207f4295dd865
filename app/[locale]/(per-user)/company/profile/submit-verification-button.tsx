"use client";

import { useTranslations } from "next-intl";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitCompanyVerificationAction } from "../actions";

export function SubmitVerificationButton() {
  const t = useTranslations("company");
  const { state, pending, formProps } = useFormAction(submitCompanyVerificationAction);
  return (
    <form {...formProps} onSubmit={confirmThen(t("confirmSubmitVerification"), formProps.onSubmit)} className="space-y-3">
      <FormMessage state={state} />
      {state &&
        !state.ok &&
        Object.values(state.fieldErrors)
          .flat()
          .map((message) => (
            <p key={message} className="text-sm text-red-700" data-testid="field-error">
              {message}
            </p>
          ))}
      <SubmitButton pending={pending}>{t("submitVerification")}</SubmitButton>
    </form>
  );
}
