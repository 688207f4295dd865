"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
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
  const { state, pending, formProps } = useFormAction(updateCompanyProfileAction);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <fieldset disabled={locked} className="space-y-4">
        <Field
          label={t("contactPhone")}
          name="contactPhone"
          type="tel"
          defaultValue={values.contactPhone}
          errors={fieldErrors(state, "contactPhone")}
        />
        <Field label={t("industry")} name="industry" defaultValue={values.industry} errors={fieldErrors(state, "industry")} />
        <Field label={t("address")} name="address" defaultValue={values.address} errors={fieldErrors(state, "address")} />
        <div className="space-y-1">
          <label htmlFor="company-description" className="block text-sm font-medium text-slate-700">
            {t("description")}
          </label>
          <textarea
            id="company-description"
            name="description"
            rows={4}
            defaultValue={values.description}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm"
          />
        </div>
        <SubmitButton pending={pending}>{t("saveProfile")}</SubmitButton>
      </fieldset>
    </form>
  );
}
