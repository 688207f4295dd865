"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { requestWithdrawalAction } from "@/app/_actions/withdrawal-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** Amount and card; asks to confirm with both spelled out before the amount is frozen. */
export function WithdrawForm({ cards }: { cards: { id: string; label: string }[] }) {
  const t = useTranslations("withdrawals");
  const { state, pending, typed, formProps } = useFormAction(requestWithdrawalAction);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    const card = cards.find((c) => c.id === form.get("bankCardId"))?.label ?? "";
    if (!window.confirm(t("confirm", { amount: String(form.get("amount") ?? "").trim(), card }))) {
      event.preventDefault();
      return;
    }
    formProps.onSubmit(event);
  };
  return (
    <form
      {...formProps}
      onSubmit={onSubmit}
      key={state?.ok ? JSON.stringify(state.data) : "form"}
      className="space-y-4"
      data-testid="withdraw-form"
    >
      <FormMessage state={state} />
      <Field
        label={t("amount")}
        name="amount"
        defaultValue={typed("amount")}
        hint={t("amountHint")}
        inputMode="decimal"
        autoComplete="off"
        required
        errors={fieldErrors(state, "amount")}
      />
      <SelectField
        label={t("card")}
        name="bankCardId"
        defaultValue={typed("bankCardId", cards[0]?.id ?? "")}
        options={cards.map((c) => ({ value: c.id, label: c.label }))}
        required
        errors={fieldErrors(state, "bankCardId")}
      />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
