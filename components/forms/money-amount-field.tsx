"use client";

import { useEffect } from "react";
import type { ButtonVariant } from "@/components/ui/button-classes";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MAX_NUMBER_INPUT_LENGTH } from "@/lib/domain/money";

/**
 * The amount field of a money form (deposit, repayment) and its submit button: named `amount`, typed as decimals
 * in any form parseMoney reads (full-width digits, ¥, thousands separators), no autocomplete, bounded like the
 * parser. Labels come translated from the form.
 */
export function MoneyAmountField({
  label,
  defaultValue,
  hint,
  errors,
  onChange,
  pending,
  pendingLabel,
  submitLabel,
  variant,
}: {
  label: string;
  defaultValue: string;
  hint?: string;
  errors?: string[];
  onChange?: React.ChangeEventHandler<HTMLInputElement>;
  pending: boolean;
  pendingLabel: string;
  submitLabel: string;
  variant?: ButtonVariant;
}) {
  return (
    <>
      <Field
        label={label}
        name="amount"
        defaultValue={defaultValue}
        onChange={onChange}
        hint={hint}
        inputMode="decimal"
        autoComplete="off"
        maxLength={MAX_NUMBER_INPUT_LENGTH}
        required
        errors={errors}
      />
      <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={variant}>
        {submitLabel}
      </SubmitButton>
    </>
  );
}

/**
 * After a form created a checkout order: the browser goes to the gateway's checkout (another site, so a full
 * navigation), and until it has, a line with a link there. Render it in place of the form once the URL is known.
 */
export function CheckoutRedirect({
  checkoutUrl,
  text,
  linkText,
  testId,
}: {
  checkoutUrl: string;
  text: string;
  linkText: string;
  testId: string;
}) {
  useEffect(() => {
    window.location.assign(checkoutUrl);
  }, [checkoutUrl]);
  return (
    <p role="status" className="rounded-md bg-brand-50 p-3 text-sm" data-testid={testId}>
      {text} <a href={checkoutUrl}>{linkText}</a>
    </p>
  );
}
