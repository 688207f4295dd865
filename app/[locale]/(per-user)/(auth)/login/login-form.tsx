"use client";

import { useTranslations } from "next-intl";
import { loginAction } from "@/app/_actions/session-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const { state, pending, typed, formProps } = useFormAction(loginAction);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field label={t("email")} name="email" defaultValue={typed("email")} type="email" autoComplete="username" required />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required />
      <SubmitButton pending={pending} className="w-full" pendingLabel={t("loginButton")}>
        {t("loginButton")}
      </SubmitButton>
    </form>
  );
}
