"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateStaffAction } from "./actions";

/** Disabling logs the person out at once, so it asks for confirmation first. */
export function StaffStatusButton({ userId, disabled }: { userId: string; disabled: boolean }) {
  const t = useTranslations("admin");
  const { state, pending, formProps } = useFormAction(updateStaffAction);
  return (
    <form
      {...formProps}
      onSubmit={(event) => {
        if (!disabled && !window.confirm(t("confirmDisable"))) {
          event.preventDefault();
          return;
        }
        formProps.onSubmit(event);
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={String(!disabled)} />
      <SubmitButton pending={pending} variant={disabled ? "secondary" : "danger"} className="px-3 py-1">
        {disabled ? t("enable") : t("disable")}
      </SubmitButton>
      {state && !state.ok && <p className="text-xs text-red-700">{state.error}</p>}
    </form>
  );
}
