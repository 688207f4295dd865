"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { Field, SelectField } from "@/components/ui/field";
import { Figure as FigureText } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { type BusinessDate, parseBusinessDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { RepaymentMethods } from "@/lib/domain/schedules";
import { CALCULATOR_LIMITS, type CalculatorField, type CalculatorInput, calculateYield, validateCalculatorInput } from "./calculator-model";
import { ScheduleTable } from "./schedule-table";

/**
 * The yield calculator. Rendered on the server from the URL (so the GET form works without JavaScript),
 * then recomputed in the browser on every keystroke. Errors show once a field was left or the form sent.
 * `startDay` is today's business date on the server's clock, in the business zone: never the browser's
 * own date, which may be another day (another zone, a wrong clock, or the server's test clock).
 */
export function YieldCalculator({
  initial,
  submitted,
  startDay,
}: {
  initial: CalculatorInput;
  submitted: boolean;
  startDay: BusinessDate;
}) {
  const t = useTranslations("calculator");
  const tLoans = useTranslations("loans");
  const locale = toLocale(useLocale());
  const [values, setValues] = useState<CalculatorInput>(initial);
  const [touched, setTouched] = useState<ReadonlySet<CalculatorField>>(() => new Set());

  const validation = useMemo(() => validateCalculatorInput(values), [values]);
  const result = useMemo(() => {
    const start = parseBusinessDate(startDay);
    return validation.ok && start ? calculateYield(validation.terms, start) : null;
  }, [validation, startDay]);

  const money = (fen: bigint) => formatMoney(fen, locale);
  const errorsFor = (field: CalculatorField): string[] | undefined => {
    if (validation.ok || !(submitted || touched.has(field))) return undefined;
    const error = validation.errors[field];
    return error ? [t(`errors.${error.key}`, { max: money(CALCULATOR_LIMITS.maxAmountFen), ...error.values })] : undefined;
  };
  const bind = (field: CalculatorField) => ({
    name: field,
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [field]: event.target.value })),
    onBlur: () => setTouched((s) => new Set(s).add(field)),
  });
  const showSummary = submitted && !validation.ok;

  return (
    <div className="space-y-6">
      <form method="get" action="/calculator" noValidate className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        {showSummary && (
          <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-800">
            {t("errors.summary")}
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field
            label={t("amount")}
            hint={t("amountHint")}
            inputMode="decimal"
            autoComplete="off"
            errors={errorsFor("amount")}
            {...bind("amount")}
          />
          <Field
            label={t("rate")}
            hint={t("rateHint")}
            inputMode="decimal"
            autoComplete="off"
            errors={errorsFor("rate")}
            {...bind("rate")}
          />
          <Field
            label={t("term")}
            hint={t("termHint")}
            inputMode="numeric"
            autoComplete="off"
            errors={errorsFor("term")}
            {...bind("term")}
          />
          <SelectField
            label={t("method")}
            errors={errorsFor("method")}
            options={RepaymentMethods.map((m) => ({ value: m, label: tLoans(`method.${m}`) }))}
            {...bind("method")}
          />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClasses("primary")}>
            {t("calculate")}
          </button>
          <p className="text-xs text-slate-500">{t("liveNote")}</p>
        </div>
      </form>

      <section aria-live="polite" aria-labelledby="calculator-result-heading" className="space-y-4">
        <h2 id="calculator-result-heading" className="text-lg font-semibold">
          {t("resultHeading")}
        </h2>
        {result ? (
          <>
            {/* Two a row on a phone, four on a desktop; a card too narrow for its figure takes a row of its own. */}
            <dl className="flex flex-wrap gap-3" data-testid="calculator-summary">
              {result.highlights.map((h) => (
                <Figure key={h.key} label={t(h.key)} value={money(h.fen)} testId={`calc-${h.key}`} emphasis />
              ))}
              <Figure label={t("totalInterest")} value={money(result.totals.interestFen)} testId="calc-totalInterest" emphasis />
              <Figure label={t("totalReceived")} value={money(result.totals.totalFen)} testId="calc-totalReceived" />
              <Figure label={t("principal")} value={money(result.totals.principalFen)} testId="calc-principal" />
              <Figure label={t("instalments")} value={t("instalmentsValue", { count: result.schedule.length })} testId="calc-instalments" />
            </dl>
            <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h3 className="mb-1 font-semibold">{t("scheduleHeading")}</h3>
              <p className="mb-3 text-xs text-slate-500">{t("startNote", { start: startDay })}</p>
              <ScheduleTable schedule={result.schedule} totals={result.totals} caption={t("scheduleHeading")} />
            </div>
          </>
        ) : (
          <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">{t("intro")}</p>
        )}
      </section>
    </div>
  );
}

function Figure({ label, value, testId, emphasis = false }: { label: string; value: string; testId: string; emphasis?: boolean }) {
  return (
    <div className="grow basis-[calc(50%-0.375rem)] rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:basis-[calc(25%-0.5625rem)]">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={`mt-1 font-semibold ${emphasis ? "text-xl text-red-600" : "text-lg text-slate-900"}`} data-testid={testId}>
        <FigureText>{value}</FigureText>
      </dd>
    </div>
  );
}
