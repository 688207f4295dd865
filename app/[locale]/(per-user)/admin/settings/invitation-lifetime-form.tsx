"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateInvitationLifetimeAction } from "./invitation-actions";

export function InvitationLifetimeForm({ lifetimeHours }: { lifetimeHours: number }) {
  const t = useTranslations();
  const { state, pending, typed, formProps } = useFormAction(updateInvitationLifetimeAction);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2 sm:items-end" data-testid="invitation-lifetime-form">
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field
        label={t("invitations.lifetimeHours")}
        name="lifetimeHours"
        inputMode="numeric"
        defaultValue={typed("lifetimeHours", String(lifetimeHours))}
        errors={fieldErrors(state, "lifetimeHours")}
      />
      <div>
        <SubmitButton pending={pending}>{t("admin.saveSettings")}</SubmitButton>
      </div>
    </form>
  );
}
