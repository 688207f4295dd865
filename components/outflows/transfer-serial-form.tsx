"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { recordOutflowTransferAction } from "@/app/[locale]/(per-user)/admin/outflows/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** Records the payment platform's serial of the transfer CS made; confirms with the serial spelled out. */
export function TransferSerialForm({ outflowId }: { outflowId: string }) {
  const t = useTranslations("outflows");
  const { state, pending, typed, formProps } = useFormAction(recordOutflowTransferAction);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const serial = String(new FormData(event.currentTarget).get("externalSerial") ?? "").trim();
    if (!window.confirm(t("confirmTransfer", { serial }))) {
      event.preventDefault();
      return;
    }
    formProps.onSubmit(event);
  };
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form {...formProps} onSubmit={onSubmit} className="space-y-3 rounded-md border border-slate-200 p-4" data-testid="transfer-form">
      <FormMessage state={state} />
      <input type="hidden" name="outflowId" value={outflowId} />
      <Field
        label={t("serial")}
        name="externalSerial"
        defaultValue={typed("externalSerial")}
        hint={t("serialHint")}
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        required
        errors={fieldErrors(state, "externalSerial")}
      />
      <SubmitButton pending={pending}>{t("recordTransfer")}</SubmitButton>
    </form>
  );
}
