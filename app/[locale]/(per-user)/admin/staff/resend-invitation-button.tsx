"use client";

import { useTranslations } from "next-intl";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { resendInvitationAction } from "./actions";

/** A new link replaces the old one, so it asks first. The admin learns only that it was sent. */
export function ResendInvitationButton({ userId }: { userId: string }) {
  const t = useTranslations("invitations");
  const { state, pending, formProps } = useFormAction(resendInvitationAction);
  return (
    <form {...formProps} onSubmit={confirmThen(t("confirmResend"), formProps.onSubmit)} data-testid="resend-invitation-form">
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pending={pending} variant="secondary" className="px-3 py-1">
        {t("resend")}
      </SubmitButton>
      {state?.ok && (
        <p role="status" className="mt-1 text-xs text-green-800">
          {t("resent", { email: state.data.email })}
        </p>
      )}
      {state && !state.ok && <p className="mt-1 text-xs text-red-700">{state.error}</p>}
    </form>
  );
}
