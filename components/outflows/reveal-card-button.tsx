"use client";

import { useTranslations } from "next-intl";
import { revealOutflowCardAction } from "@/app/[locale]/(per-user)/admin/outflows/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

/** Shows the full card number to customer service for typing it into the payment platform (audited). */
export function RevealCardButton({ outflowId }: { outflowId: string }) {
  const t = useTranslations("outflows");
  const { state, pending, formProps } = useFormAction(revealOutflowCardAction);
  if (state?.ok) {
    return (
      <p className="rounded-md bg-slate-50 p-2" data-testid="revealed-card">
        <span className="text-sm text-slate-500">{t("revealedNumber")}: </span>
        <span className="font-mono text-lg break-all select-all">{state.data.number}</span>
      </p>
    );
  }
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2" data-testid="reveal-card-form">
      <input type="hidden" name="outflowId" value={outflowId} />
      <SubmitButton pending={pending} variant="secondary" className="px-3 py-1">
        {t("reveal")}
      </SubmitButton>
      <span className="text-xs text-slate-500">{t("revealHint")}</span>
      {state && !state.ok && (
        <p className="w-full text-sm text-red-700" role="alert">
          {state.error}
        </p>
      )}
    </form>
  );
}
