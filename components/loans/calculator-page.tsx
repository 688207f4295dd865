import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ViewerCallToAction } from "@/components/layout/viewer-call-to-action";
import { CALCULATOR_DEFAULTS, type CalculatorInput } from "@/components/loans/calculator-model";
import { YieldCalculator } from "@/components/loans/yield-calculator";
import { yieldCalculatorMessages } from "@/components/loans/yield-calculator.messages";
import { PageHeader } from "@/components/ui/card";
import { MAX_NUMBER_INPUT_LENGTH } from "@/lib/domain/money";
import { businessToday } from "@/lib/server/clock";
import { CALCULATOR_FIELDS as FIELDS } from "@/lib/shared/page-query-fields";

export type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The yield calculator: a GET form, so the server renders the result (and its errors) without JavaScript.
 * Rendered by app/[locale]/(public)/calculator (no query) and app/[locale]/(public)/calculator/q/[query] (proxy.ts moves the
 * query there), so each query is its own cached page (issue 9).
 */
export async function CalculatorPage({ searchParams: params }: { searchParams: Params }) {
  const t = await getTranslations("calculator");
  // Only a field with a value counts: proxy.ts routes a URL here only when one has one (Next.js's matcher treats
  // `?amount=` as absent), so the query route and the plain one agree on every URL.
  const submitted = FIELDS.some((field) => Boolean(first(params[field])));
  // Long pasted values are cut before anything reads them, one character past what the parsers accept, so
  // an over-long value is refused with its own message rather than silently shortened into another number.
  const read = (field: (typeof FIELDS)[number]) =>
    (submitted ? (first(params[field]) ?? "") : CALCULATOR_DEFAULTS[field]).slice(0, MAX_NUMBER_INPUT_LENGTH + 1);
  const initial: CalculatorInput = { amount: read("amount"), rate: read("rate"), term: read("term"), method: read("method") };
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      {/* Keyed by the query, so a submitted form (with or without JavaScript) starts from what was sent. */}
      <ClientMessages namespaces={yieldCalculatorMessages}>
        <YieldCalculator key={JSON.stringify(initial)} initial={initial} submitted={submitted} startDay={businessToday()} />
      </ClientMessages>
      <ViewerCallToAction />
    </div>
  );
}
