"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { placeInvestmentAction } from "@/app/[locale]/(per-user)/investor/investments/actions";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { ViewerCallToAction } from "@/components/layout/viewer-call-to-action";
import { useViewerState } from "@/components/layout/viewer-context";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { toLocale } from "@/i18n/locales";
import { formatMoney, parseMoney } from "@/lib/domain/money";
import { mayInvest } from "@/lib/shared/invest-viewer";

interface InvestContext {
  availableFen: string;
  remainingFen: string;
  minInvestmentFen: string;
  verified: boolean;
}

/**
 * The invest form (投标) under a project open for funding. The page around it is the same cached HTML for
 * everyone, so who is looking comes from the viewer context and the investor's balance and the exact remaining
 * amount from GET /api/loans/[id]/investing, in the browser. Visitors and unverified investors get the call to
 * action instead (sign in, verify). The server checks every rule again.
 */
export function InvestPanel({ projectId }: { projectId: string }) {
  const { viewer } = useViewerState().state;
  if (!mayInvest(viewer)) return <ViewerCallToAction onProject />;
  return <InvestForm projectId={projectId} />;
}

function InvestForm({ projectId }: { projectId: string }) {
  const t = useTranslations("investing.form");
  const locale = toLocale(useLocale());
  const router = useRouter();
  const [context, setContext] = useState<InvestContext | null>(null);
  const [loaded, setLoaded] = useState(false);
  const { state, pending, typed, formProps } = useFormAction(placeInvestmentAction);
  const placedId = state?.ok ? state.data.id : null;

  // Read again after each placed investment: the balance and the remaining amount have changed.
  useEffect(() => {
    void placedId;
    const controller = new AbortController();
    fetch(`/api/loans/${encodeURIComponent(projectId)}/investing`, {
      cache: "no-store",
      credentials: "same-origin",
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<InvestContext>) : null))
      .then((answer) => {
        setContext(answer);
        setLoaded(true);
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded(true);
      });
    return () => controller.abort();
  }, [projectId, placedId]);

  // The cached page's progress and records were invalidated by the action: show the fresh ones.
  useEffect(() => {
    if (placedId) router.refresh();
  }, [placedId, router]);

  if (!loaded) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  if (!context) return null;
  const money = (fen: string) => formatMoney(BigInt(fen), locale);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const typedAmount = parseMoney(String(new FormData(event.currentTarget).get("amount") ?? ""));
    const shown = typedAmount.ok ? formatMoney(typedAmount.fen, locale) : "";
    confirmThen(t("confirm", { amount: shown }), formProps.onSubmit)(event);
  };

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm" data-testid="invest-panel">
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
        <span data-testid="invest-available">{t("available", { amount: money(context.availableFen) })}</span>
        <span data-testid="invest-remaining">{t("remaining", { amount: money(context.remainingFen) })}</span>
      </div>
      <form {...formProps} onSubmit={onSubmit} className="mt-4 space-y-4" data-testid="invest-form">
        <FormMessage state={state} />
        <input type="hidden" name="projectId" value={projectId} />
        <Field
          label={t("amount")}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          hint={t("unit", { unit: money(context.minInvestmentFen) })}
          defaultValue={typed("amount")}
          errors={fieldErrors(state, "amount")}
          className="max-w-xs"
        />
        <div className="rounded-md bg-amber-50 p-4 text-sm text-amber-900">
          <h3 className="font-medium">{t("riskTitle")}</h3>
          <p className="mt-1">{t("riskText")}</p>
          <label className="mt-3 flex items-start gap-2">
            <input type="checkbox" name="riskNotice" className="mt-1" data-testid="risk-notice" />
            <span>{t("riskAccept")}</span>
          </label>
          <FieldErrors errors={fieldErrors(state, "riskNotice")} />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
          <Link prefetch={false} href="/investor/investments" className="text-sm">
            {t("myInvestments")}
          </Link>
        </div>
      </form>
    </section>
  );
}
