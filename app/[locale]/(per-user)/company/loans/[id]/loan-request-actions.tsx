"use client";

import { useTranslations } from "next-intl";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitLoanRequestAction, withdrawLoanRequestAction } from "../actions";

export function SubmitLoanRequestButton({ projectId }: { projectId: string }) {
  const t = useTranslations("loanRequests");
  const { state, pending, formProps } = useFormAction(submitLoanRequestAction);
  return (
    <form {...formProps} onSubmit={confirmThen(t("confirmSubmit"), formProps.onSubmit)} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={projectId} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}

export function WithdrawLoanRequestButton({ projectId }: { projectId: string }) {
  const t = useTranslations("loanRequests");
  const { state, pending, formProps } = useFormAction(withdrawLoanRequestAction);
  return (
    <form {...formProps} onSubmit={confirmThen(t("confirmWithdraw"), formProps.onSubmit)} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={projectId} />
      <SubmitButton pending={pending} variant="danger">
        {t("withdraw")}
      </SubmitButton>
    </form>
  );
}
