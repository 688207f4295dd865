"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { STAFF_ROLES } from "@/lib/shared/roles";
import { createStaffAction } from "./actions";

/** No password field: the new staff member chooses it through the activation link e-mailed to them. */
export function CreateStaffForm() {
  const t = useTranslations();
  const { state, pending, typed, formProps } = useFormAction(createStaffAction);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2" key={state?.ok ? JSON.stringify(state.data) : "form"}>
      <p className="text-sm text-slate-600 sm:col-span-2">{t("invitations.createIntro")}</p>
      <div className="sm:col-span-2">
        {state?.ok ? (
          <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800" data-testid="invitation-sent">
            {t("invitations.sentTo", { email: state.data.email })}
          </p>
        ) : (
          <FormMessage state={state} />
        )}
      </div>
      <Field
        label={t("auth.email")}
        name="email"
        type="email"
        defaultValue={typed("email")}
        required
        errors={fieldErrors(state, "email")}
      />
      <Field
        label={t("admin.displayName")}
        name="displayName"
        defaultValue={typed("displayName")}
        required
        errors={fieldErrors(state, "displayName")}
      />
      <SelectField
        label={t("admin.role")}
        name="role"
        defaultValue={typed("role", "")}
        required
        errors={fieldErrors(state, "role")}
        // A role is the admin's judgement: nothing is chosen for them (issue 8 §2).
        options={[{ value: "", label: t("subject.choose") }, ...STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>{t("invitations.invite")}</SubmitButton>
      </div>
    </form>
  );
}
