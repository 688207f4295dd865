"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { registerInvestorAction } from "../actions";

export function InvestorRegistrationForm() {
  const t = useTranslations("auth");
  const { state, pending, typed, formProps } = useFormAction(registerInvestorAction);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <Field
        label={t("email")}
        name="email"
        type="email"
        defaultValue={typed("email")}
        autoComplete="email"
        required
        errors={fieldErrors(state, "email")}
      />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        required
        errors={fieldErrors(state, "password")}
      />
      <Field
        label={t("confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors(state, "confirmPassword")}
      />
      <SubmitButton pending={pending} className="w-full">
        {t("registerButton")}
      </SubmitButton>
    </form>
  );
}
