"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { activateStaffAction } from "./actions";

export function ActivationForm({ token }: { token: string }) {
  const t = useTranslations();
  const { state, pending, formProps } = useFormAction(activateStaffAction);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t("auth.passwordHint")}
        required
        errors={fieldErrors(state, "password")}
      />
      <Field
        label={t("auth.confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors(state, "confirmPassword")}
      />
      <SubmitButton pending={pending} className="w-full">
        {t("invitations.activateButton")}
      </SubmitButton>
    </form>
  );
}
