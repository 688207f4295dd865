"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { DOCUMENT_KINDS } from "@/lib/domain/documents/document-kinds";
import { uploadCompanyDocumentAction } from "../actions";

export function DocumentUploadForm() {
  const t = useTranslations("company");
  const { state, pending, formProps } = useFormAction(uploadCompanyDocumentAction);
  return (
    <form
      {...formProps}
      encType="multipart/form-data"
      className="grid gap-4 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
      key={state?.ok ? JSON.stringify(state.data) : "upload"}
    >
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
      <SelectField
        label={t("documentKind")}
        name="kind"
        errors={fieldErrors(state, "kind")}
        options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`documentKinds.${kind}`) }))}
      />
      <Field
        label={t("documentFile")}
        name="file"
        type="file"
        accept="application/pdf,image/png,image/jpeg"
        errors={fieldErrors(state, "file")}
      />
      <SubmitButton pending={pending}>{t("upload")}</SubmitButton>
    </form>
  );
}
