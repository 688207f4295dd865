"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { verifyMfaAction } from "./actions";

export function MfaVerifyForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("mfa");
  const { state, pending, formProps } = useFormAction(verifyMfaAction);
  return (
    <form {...formProps} className="space-y-4" data-testid="mfa-verify-form">
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label={t("verifyCodeLabel")}
        name="code"
        hint={t("verifyCodeHint")}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={64}
        required
        errors={fieldErrors(state, "code")}
      />
      <SubmitButton pending={pending} className="w-full">
        {t("verifyButton")}
      </SubmitButton>
    </form>
  );
}
