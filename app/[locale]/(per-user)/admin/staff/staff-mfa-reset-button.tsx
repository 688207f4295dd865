"use client";

import { useTranslations } from "next-intl";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { resetStaffMfaAction } from "./actions";

/** For a member who lost their authenticator: logs them out, and they enrol again at the next login. */
export function StaffMfaResetButton({ userId }: { userId: string }) {
  const t = useTranslations("mfa");
  const { state, pending, formProps } = useFormAction(resetStaffMfaAction);
  return (
    <form {...formProps} onSubmit={confirmThen(t("resetConfirm"), formProps.onSubmit)} data-testid="mfa-reset-form">
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pending={pending} variant="secondary" className="px-3 py-1">
        {t("resetButton")}
      </SubmitButton>
      {state && (
        <p role={state.ok ? "status" : "alert"} className={`text-xs ${state.ok ? "text-green-800" : "text-red-700"}`}>
          {state.ok ? state.message : state.error}
        </p>
      )}
    </form>
  );
}
