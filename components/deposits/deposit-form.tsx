"use client";

import { useTranslations } from "next-intl";
import { createDepositAction } from "@/app/_actions/deposit-actions";
import { CheckoutRedirect, MoneyAmountField } from "@/components/forms/money-amount-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

/** The amount form: on success the browser goes to the gateway's checkout (another site: a full navigation). */
export function DepositForm({ min, max }: { min: string; max: string }) {
  const t = useTranslations("deposits");
  const { state, pending, typed, formProps } = useFormAction(createDepositAction);
  const checkoutUrl = state?.ok ? state.data.checkoutUrl : null;
  if (checkoutUrl) {
    return <CheckoutRedirect checkoutUrl={checkoutUrl} text={t("redirecting")} linkText={t("redirectLink")} testId="deposit-redirecting" />;
  }
  return (
    <form {...formProps} className="space-y-4" data-testid="deposit-form">
      <FormMessage state={state} />
      <MoneyAmountField
        label={t("amount")}
        defaultValue={typed("amount")}
        hint={t("amountHint", { min, max })}
        errors={fieldErrors(state, "amount")}
        pending={pending}
        pendingLabel={t("submitting")}
        submitLabel={t("submit")}
      />
    </form>
  );
}
