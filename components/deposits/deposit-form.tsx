"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { createDepositAction } from "@/app/_actions/deposit-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** The amount form: on success the browser goes to the gateway's checkout (another site: a full navigation). */
export function DepositForm({ min, max }: { min: string; max: string }) {
  const t = useTranslations("deposits");
  const { state, pending, typed, formProps } = useFormAction(createDepositAction);
  const checkoutUrl = state?.ok ? state.data.checkoutUrl : null;
  useEffect(() => {
    if (checkoutUrl) window.location.assign(checkoutUrl);
  }, [checkoutUrl]);
  if (checkoutUrl) {
    return (
      <p role="status" className="rounded-md bg-brand-50 p-3 text-sm" data-testid="deposit-redirecting">
        {t("redirecting")} <a href={checkoutUrl}>{t("redirectLink")}</a>
      </p>
    );
  }
  return (
    <form {...formProps} className="space-y-4" data-testid="deposit-form">
      <FormMessage state={state} />
      <Field
        label={t("amount")}
        name="amount"
        defaultValue={typed("amount")}
        hint={t("amountHint", { min, max })}
        inputMode="decimal"
        autoComplete="off"
        maxLength={40}
        required
        errors={fieldErrors(state, "amount")}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
