"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { confirmThen } from "@/components/forms/confirm-submit";
import { CheckoutRedirect, MoneyAmountField } from "@/components/forms/money-amount-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { toLocale } from "@/i18n/locales";
import { formatMoney, parseMoney } from "@/lib/domain/money";
import { repayEarlyAction, repayFromWalletAction, repayThroughCheckoutAction } from "./repayment-actions";

/**
 * "Pay" from the wallet: the amount prefilled with what is due now; a confirmation names the amount. `closed`
 * once nothing is owed any more: the form goes, and the outcome of the payment that settled the loan stays (the
 * page keeps this component in place so its state survives the refresh) or, without one, a note that the loan is
 * repaid.
 */
export function RepayFromWalletForm({
  projectId,
  amount,
  max,
  closed = false,
}: {
  projectId: string;
  amount: string;
  max: string;
  closed?: boolean;
}) {
  const t = useTranslations("repayments");
  const locale = toLocale(useLocale());
  const { state, pending, typed, formProps } = useFormAction(repayFromWalletAction);
  const [typedAmount, setTypedAmount] = useState(amount);
  const parsed = parseMoney(typedAmount);
  const confirmText = t("pay.confirm", { amount: parsed.ok ? formatMoney(parsed.fen, locale) : typedAmount });
  const result = state?.ok ? (
    <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="repay-result">
      {t("pay.done", { amount: formatMoney(BigInt(state.data.amountFen), locale) })}
    </p>
  ) : null;
  // Once settled: the outcome of the payment that settled it, else that nothing is owed — one message, not both.
  if (closed) {
    return (
      result ?? (
        <p className="text-sm text-emerald-800" data-testid="repay-settled">
          {t("settledNote")}
        </p>
      )
    );
  }
  return (
    <form {...formProps} onSubmit={confirmThen(confirmText, formProps.onSubmit)} className="space-y-3" data-testid="repay-form">
      {result ?? <FormMessage state={state} />}
      <input type="hidden" name="projectId" value={projectId} />
      <MoneyAmountField
        label={t("pay.amount")}
        defaultValue={typed("amount", amount)}
        onChange={(event) => setTypedAmount(event.currentTarget.value)}
        hint={t("pay.amountHint", { max })}
        errors={fieldErrors(state, "amount")}
        pending={pending}
        pendingLabel={t("pay.submitting")}
        submitLabel={t("pay.submit")}
      />
    </form>
  );
}

/** "Pay through checkout": on success the browser goes to the gateway's checkout (another site). */
export function RepayThroughCheckoutForm({ projectId, amount }: { projectId: string; amount: string }) {
  const t = useTranslations("repayments");
  const { state, pending, typed, formProps } = useFormAction(repayThroughCheckoutAction);
  const checkoutUrl = state?.ok ? state.data.checkoutUrl : null;
  if (checkoutUrl) {
    return (
      <CheckoutRedirect
        checkoutUrl={checkoutUrl}
        text={t("checkout.redirecting")}
        linkText={t("checkout.redirectLink")}
        testId="repay-checkout-redirecting"
      />
    );
  }
  return (
    <form {...formProps} className="space-y-3" data-testid="repay-checkout-form">
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={projectId} />
      <MoneyAmountField
        label={t("pay.amount")}
        defaultValue={typed("amount", amount)}
        errors={fieldErrors(state, "amount")}
        pending={pending}
        pendingLabel={t("checkout.submitting")}
        submitLabel={t("checkout.submit")}
        variant="secondary"
      />
    </form>
  );
}

/** "Repay everything early" for the quote shown beside it; a confirmation names the total. */
export function RepayEarlyForm({ projectId, totalFen }: { projectId: string; totalFen: string }) {
  const t = useTranslations("repayments");
  const locale = toLocale(useLocale());
  const { state, pending, formProps } = useFormAction(repayEarlyAction);
  const confirmText = t("early.confirm", { amount: formatMoney(BigInt(totalFen), locale) });
  return (
    <form {...formProps} onSubmit={confirmThen(confirmText, formProps.onSubmit)} className="space-y-3" data-testid="repay-early-form">
      {state?.ok ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="repay-early-result">
          {t("early.done")}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="expectedTotalFen" value={totalFen} />
      <SubmitButton pending={pending} pendingLabel={t("early.submitting")} variant="secondary">
        {t("early.submit")}
      </SubmitButton>
    </form>
  );
}
