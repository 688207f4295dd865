"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { fetchStatementAction, importStatementAction } from "@/app/[locale]/(per-user)/admin/reconciliation/actions";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/shared/action-result";

/** What an import answers (lib/server/reconciliation importStatement). */
interface ImportSummary {
  importId: string;
  alreadyImported: boolean;
  lines: number;
  matched: number;
  differences: Record<string, number>;
}

/** "12 lines, 10 matched, 2 differences", or "already imported: nothing changed". */
function ImportResult({ state }: { state: ActionState<ImportSummary> }) {
  const t = useTranslations("reconciliation");
  if (!state?.ok || !state.data) return null;
  const result = state.data;
  const differences = Object.values(result.differences).reduce((sum, count) => sum + count, 0);
  return (
    <div role="status" className="space-y-1 rounded-md bg-green-50 p-3 text-sm text-green-900" data-testid="import-result">
      <p data-testid="import-summary">
        {result.alreadyImported
          ? t("result.alreadyImported")
          : t("result.summary", { lines: result.lines, matched: result.matched, differences })}
      </p>
      {!result.alreadyImported && differences > 0 && (
        <p>
          <Link prefetch={false} href="/admin/reconciliation?status=OPEN#differences">
            {t("result.view")}
          </Link>
        </p>
      )}
    </div>
  );
}

/** Upload of a statement file (CSV or JSON). A plain multipart form: it works before JavaScript loads. */
export function UploadStatementForm() {
  const t = useTranslations("reconciliation");
  const { state, pending, formProps } = useFormAction(importStatementAction);
  return (
    <form
      {...formProps}
      onSubmit={confirmThen(t("upload.confirm"), formProps.onSubmit)}
      encType="multipart/form-data"
      className="space-y-3"
      data-testid="upload-statement-form"
    >
      <h2 className="text-lg font-semibold">{t("upload.title")}</h2>
      {state && !state.ok && <FormMessage state={state} />}
      <ImportResult state={state} />
      <Field
        label={t("upload.file")}
        hint={t("upload.hint")}
        name="file"
        type="file"
        accept=".csv,.json,text/csv,application/json"
        errors={fieldErrors(state, "file")}
      />
      <SubmitButton pending={pending}>{t("upload.submit")}</SubmitButton>
    </form>
  );
}

/** Fetches the statement for a range of business dates from the payment gateway and imports it. */
export function FetchStatementForm({ defaultDate }: { defaultDate: string }) {
  const t = useTranslations("reconciliation");
  const { state, pending, typed, formProps } = useFormAction(fetchStatementAction);
  return (
    <form
      {...formProps}
      onSubmit={confirmThen(t("fetch.confirm"), formProps.onSubmit)}
      className="space-y-3"
      data-testid="fetch-statement-form"
    >
      <h2 className="text-lg font-semibold">{t("fetch.title")}</h2>
      {state && !state.ok && <FormMessage state={state} />}
      <ImportResult state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label={t("fetch.from")}
          name="from"
          type="date"
          defaultValue={typed("from", defaultDate)}
          errors={fieldErrors(state, "from")}
        />
        <Field label={t("fetch.to")} name="to" type="date" defaultValue={typed("to", defaultDate)} errors={fieldErrors(state, "to")} />
      </div>
      <SubmitButton pending={pending}>{t("fetch.submit")}</SubmitButton>
    </form>
  );
}
