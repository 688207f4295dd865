"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { bindBankCardAction } from "@/app/_actions/bank-card-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { COMMON_BANK_CODES, OTHER_BANK } from "@/lib/domain/bank-cards";
import { CardNumberConfirmation } from "./card-number-confirmation";

/** Binds a card: holder (the verified name, prefilled), bank from the list or typed, number, Luhn confirmation. */
export function BindBankCardForm({ verifiedName }: { verifiedName: string }) {
  const t = useTranslations("bankCards");
  const { state, pending, typed, formProps } = useFormAction(bindBankCardAction);
  const [bank, setBank] = useState(typed("bank"));
  // Before hydration (or without JavaScript) the typed-name field is always shown; afterwards only for OTHER.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const errors = (field: string) => fieldErrors(state, field);
  const options = [
    { value: "", label: t("chooseBank") },
    ...[...COMMON_BANK_CODES, OTHER_BANK].map((code) => ({ value: code, label: t(`banks.${code}`) })),
  ];
  return (
    // A successful bind re-renders the form empty (new key), ready for another card.
    <form {...formProps} key={state?.ok ? JSON.stringify(state.data) : "form"} className="space-y-4" data-testid="bind-card-form">
      <FormMessage state={state} />
      <Field
        label={t("holderName")}
        name="holderName"
        defaultValue={typed("holderName", verifiedName)}
        hint={t("holderNameHint", { name: verifiedName })}
        autoComplete="name"
        required
        errors={errors("holderName")}
      />
      <SelectField
        label={t("bank")}
        name="bank"
        value={bank}
        onChange={(event) => setBank(event.target.value)}
        options={options}
        required
        errors={errors("bank")}
      />
      <Field
        label={t("bankOther")}
        name="bankOther"
        defaultValue={typed("bankOther")}
        hint={t("bankOtherHint")}
        maxLength={50}
        className={!hydrated || bank === OTHER_BANK || errors("bankOther")?.length ? "" : "hidden"}
        errors={errors("bankOther")}
      />
      <Field
        label={t("cardNumber")}
        name="cardNumber"
        defaultValue={typed("cardNumber")}
        hint={t("cardNumberHint")}
        inputMode="numeric"
        autoComplete="cc-number"
        maxLength={64}
        spellCheck={false}
        required
        errors={errors("cardNumber")}
      />
      <CardNumberConfirmation
        label={t("luhnConfirm")}
        typedNumber={typed("cardNumber")}
        typedConfirmation={typed("cardNumberConfirmed")}
        errors={errors("cardNumberConfirmed")}
      />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        {t("bindButton")}
      </SubmitButton>
    </form>
  );
}
