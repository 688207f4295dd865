"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { verifyInvestorAction } from "../actions";

export function VerificationForm() {
  const t = useTranslations("investor");
  const { state, pending, typed, formProps } = useFormAction(verifyInvestorAction);
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <Field
        label={t("realName")}
        name="realName"
        defaultValue={typed("realName")}
        autoComplete="name"
        required
        errors={fieldErrors(state, "realName")}
      />
      <Field
        label={t("idNumber")}
        name="idNumber"
        defaultValue={typed("idNumber")}
        hint={t("idNumberHint")}
        maxLength={64}
        autoCapitalize="characters"
        spellCheck={false}
        required
        errors={fieldErrors(state, "idNumber")}
      />
      <Field
        label={t("phone")}
        name="phone"
        defaultValue={typed("phone")}
        type="tel"
        autoComplete="tel"
        required
        errors={fieldErrors(state, "phone")}
      />
      <SubmitButton pending={pending}>{t("verifyButton")}</SubmitButton>
    </form>
  );
}
