"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordAction } from "./actions";

export function PasswordForm() {
  const t = useTranslations("auth");
  const { state, pending, formProps } = useFormAction(changePasswordAction);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <Field
        label={t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={fieldErrors(state, "currentPassword")}
      />
      <Field
        label={t("newPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        errors={fieldErrors(state, "password")}
      />
      <Field
        label={t("confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        errors={fieldErrors(state, "confirmPassword")}
      />
      <SubmitButton pending={pending}>{t("changePassword")}</SubmitButton>
    </form>
  );
}
