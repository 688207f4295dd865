"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, TextAreaField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateCompanyProfileAction } from "../actions";

export interface ProfileValues {
  contactPhone: string;
  industry: string;
  address: string;
  description: string;
}

export function ProfileForm({ values, locked }: { values: ProfileValues; locked: boolean }) {
  const t = useTranslations("company");
  const { state, pending, typed, formProps } = useFormAction(updateCompanyProfileAction);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <fieldset disabled={locked} className="space-y-4">
        <Field
          label={t("contactPhone")}
          name="contactPhone"
          type="tel"
          defaultValue={typed("contactPhone", values.contactPhone)}
          errors={fieldErrors(state, "contactPhone")}
        />
        <Field
          label={t("industry")}
          name="industry"
          defaultValue={typed("industry", values.industry)}
          errors={fieldErrors(state, "industry")}
        />
        <Field label={t("address")} name="address" defaultValue={typed("address", values.address)} errors={fieldErrors(state, "address")} />
        <TextAreaField
          label={t("description")}
          name="description"
          defaultValue={typed("description", values.description)}
          errors={fieldErrors(state, "description")}
        />
        <SubmitButton pending={pending}>{t("saveProfile")}</SubmitButton>
      </fieldset>
    </form>
  );
}
