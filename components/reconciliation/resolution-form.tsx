"use client";

import { useTranslations } from "next-intl";
import { requestResolutionAction } from "@/app/[locale]/(per-user)/admin/reconciliation/actions";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, TextAreaField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ReconciliationResolutionType } from "@/lib/domain/machines/reconciliation-difference";

/**
 * Customer service's request to resolve a difference one way (a supervisor approves it on /admin/approvals):
 * what the resolution does, what it needs (the serial on the statement, an explanation), the reason for the
 * supervisor, and a confirmation before it is sent.
 */
export function ResolutionForm({ differenceId, resolution }: { differenceId: string; resolution: ReconciliationResolutionType }) {
  const t = useTranslations("reconciliation");
  const { state, pending, typed, formProps } = useFormAction(requestResolutionAction);
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form
      {...formProps}
      onSubmit={confirmThen(t(`resolutionConfirm.${resolution}`), formProps.onSubmit)}
      className="space-y-3 rounded-md border border-slate-200 p-4"
      data-testid={`resolution-form-${resolution}`}
    >
      <h3 className="font-medium">{t(`resolution.${resolution}`)}</h3>
      <p className="text-sm text-slate-600">{t(`resolutionHint.${resolution}`)}</p>
      <FormMessage state={state} />
      <input type="hidden" name="differenceId" value={differenceId} />
      <input type="hidden" name="resolution" value={resolution} />
      {resolution === "CORRECT_SERIAL" && (
        <Field
          label={t("detail.newSerial")}
          hint={t("detail.newSerialHint")}
          name="newSerial"
          defaultValue={typed("newSerial")}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          required
          errors={fieldErrors(state, "newSerial")}
        />
      )}
      {resolution === "EXPLAIN" && (
        <TextAreaField
          label={t("detail.noteLabel")}
          name="note"
          rows={3}
          maxLength={500}
          defaultValue={typed("note")}
          required
          errors={fieldErrors(state, "note")}
        />
      )}
      <TextAreaField
        label={t("detail.reason")}
        name="reason"
        rows={2}
        maxLength={500}
        defaultValue={typed("reason")}
        required
        errors={fieldErrors(state, "reason")}
      />
      <SubmitButton pending={pending}>{t(`resolution.${resolution}`)}</SubmitButton>
    </form>
  );
}
