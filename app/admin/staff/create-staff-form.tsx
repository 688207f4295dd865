"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { STAFF_ROLES } from "@/lib/shared/roles";
import { createStaffAction } from "./actions";

export function CreateStaffForm() {
  const t = useTranslations();
  const { state, pending, formProps } = useFormAction(createStaffAction);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2" key={state?.ok ? JSON.stringify(state.data) : "form"}>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field label={t("auth.email")} name="email" type="email" required errors={fieldErrors(state, "email")} />
      <Field label={t("admin.displayName")} name="displayName" required errors={fieldErrors(state, "displayName")} />
      <SelectField
        label={t("admin.role")}
        name="role"
        errors={fieldErrors(state, "role")}
        options={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <Field
        label={t("admin.initialPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t("auth.passwordHint")}
        required
        errors={fieldErrors(state, "password")}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>{t("admin.create")}</SubmitButton>
      </div>
    </form>
  );
}
