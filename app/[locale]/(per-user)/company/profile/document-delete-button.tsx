"use client";

import { useTranslations } from "next-intl";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteCompanyDocumentAction } from "../actions";

export function DocumentDeleteButton({ documentId }: { documentId: string }) {
  const t = useTranslations("company");
  const { state, pending, formProps } = useFormAction(deleteCompanyDocumentAction);
  return (
    <form {...formProps} onSubmit={confirmThen(t("confirmDelete"), formProps.onSubmit)}>
      <input type="hidden" name="documentId" value={documentId} />
      <SubmitButton pending={pending} variant="secondary" className="px-2 py-1">
        {t("delete")}
      </SubmitButton>
      {state && !state.ok && <p className="text-xs text-red-700">{state.error}</p>}
    </form>
  );
}
