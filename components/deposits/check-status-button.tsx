"use client";

import { useTranslations } from "next-intl";
import { checkDepositStatusAction } from "@/app/_actions/deposit-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Check status": asks the gateway about a deposit still waiting, for when its notification was lost. */
export function CheckStatusButton({ depositId }: { depositId: string }) {
  const t = useTranslations("deposits");
  const { state, pending, formProps } = useFormAction(checkDepositStatusAction);
  return (
    <form {...formProps} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="depositId" value={depositId} />
      <SubmitButton pending={pending} pendingLabel={t("checking")} variant="secondary" data-testid="check-status">
        {t("checkStatus")}
      </SubmitButton>
    </form>
  );
}
