"use client";

import { useTranslations } from "next-intl";
import { unbindBankCardAction } from "@/app/_actions/bank-card-actions";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

/** Unbinds one card after a confirmation (withdrawals can no longer go to it). */
export function UnbindBankCardButton({ bankCardId, bankName, masked }: { bankCardId: string; bankName: string; masked: string }) {
  const t = useTranslations("bankCards");
  const { state, pending, formProps } = useFormAction(unbindBankCardAction);
  return (
    <form {...formProps} onSubmit={confirmThen(t("confirmUnbind", { bank: bankName, masked }), formProps.onSubmit)}>
      <input type="hidden" name="bankCardId" value={bankCardId} />
      <SubmitButton pending={pending} variant="secondary" className="px-3 py-1">
        {t("unbind")}
      </SubmitButton>
      {state && !state.ok && (
        <p className="mt-1 text-sm text-red-700" role="alert">
          {state.error}
        </p>
      )}
    </form>
  );
}
