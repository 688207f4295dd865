"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { registerCompanyAction } from "../actions";
import { CreditCodeConfirmation } from "./credit-code-confirmation";

export function CompanyRegistrationForm() {
  const t = useTranslations("auth");
  const { state, pending, typed, formProps } = useFormAction(registerCompanyAction);
  const errors = (field: string) => fieldErrors(state, field);
  return (
    <form {...formProps} className="space-y-6">
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-medium">{t("companySection")}</legend>
        <Field
          label={t("companyName")}
          name="companyName"
          defaultValue={typed("companyName")}
          autoComplete="organization"
          required
          errors={errors("companyName")}
        />
        <Field
          label={t("creditCode")}
          name="creditCode"
          defaultValue={typed("creditCode")}
          hint={t("creditCodeHint")}
          maxLength={64}
          autoCapitalize="characters"
          spellCheck={false}
          required
          errors={errors("creditCode")}
        />
        <CreditCodeConfirmation
          label={t("creditCodeConfirm")}
          typedCode={typed("creditCode")}
          typedConfirmation={typed("creditCodeConfirmed")}
          errors={errors("creditCodeConfirmed")}
        />
        <Field
          label={t("legalRepresentative")}
          name="legalRepresentative"
          defaultValue={typed("legalRepresentative")}
          required
          errors={errors("legalRepresentative")}
        />
        <Field
          label={t("contactPhone")}
          name="contactPhone"
          defaultValue={typed("contactPhone")}
          type="tel"
          autoComplete="tel"
          required
          errors={errors("contactPhone")}
        />
        <Field label={t("industry")} name="industry" defaultValue={typed("industry")} required errors={errors("industry")} />
        <Field
          label={t("registeredCapital")}
          name="registeredCapital"
          defaultValue={typed("registeredCapital")}
          inputMode="decimal"
          hint={t("registeredCapitalHint")}
          required
          errors={errors("registeredCapital")}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-medium">{t("accountSection")}</legend>
        <Field
          label={t("email")}
          name="email"
          defaultValue={typed("email")}
          type="email"
          autoComplete="email"
          required
          errors={errors("email")}
        />
        <Field
          label={t("password")}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={t("passwordHint")}
          required
          errors={errors("password")}
        />
        <Field
          label={t("confirmPassword")}
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          errors={errors("confirmPassword")}
        />
      </fieldset>
      <SubmitButton pending={pending} className="w-full">
        {t("registerButton")}
      </SubmitButton>
    </form>
  );
}
