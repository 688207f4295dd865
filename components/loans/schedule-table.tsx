import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/i18n/locales";
import type { BusinessDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import type { Instalment } from "@/lib/domain/schedules";
import { ScheduleRoundingNote } from "./schedule-rounding-note";

/** Due dates are business dates ("YYYY-MM-DD"): shown as they are, the same day in every time zone. */
export function formatDueDate(date: BusinessDate): string {
  return date;
}

/**
 * A repayment schedule with its totals and the rounding note (issue 14). Works in server and client components (the calculator renders it
 * live); on narrow screens the table scrolls sideways inside its own box, with the instalment number kept in view.
 */
export function ScheduleTable({
  schedule,
  totals,
  caption,
}: {
  schedule: readonly Instalment[];
  totals: { principalFen: bigint; interestFen: bigint; totalFen: bigint };
  caption?: string;
}) {
  const t = useTranslations("loans.schedule");
  const locale = toLocale(useLocale());
  const money = (fen: bigint) => formatMoney(fen, locale);
  const cell = "px-3 py-2 text-right tabular-nums whitespace-nowrap";
  const head = "px-3 py-2 text-right font-medium whitespace-nowrap";
  return (
    <div>
      {/* contain: inline-size keeps the wide table from widening the page column around it (a grid or flex item
    otherwise grows to the table's width on a phone); the table scrolls inside this box instead. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section className="-mx-2 overflow-x-auto px-2 [contain:inline-size]" tabIndex={0} aria-label={caption ?? t("total")}>
        <table className="w-full min-w-[36rem] border-collapse text-sm" data-testid="schedule-table">
          {caption && <caption className="sr-only">{caption}</caption>}
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2 text-left font-medium whitespace-nowrap">
                {t("number")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                {t("dueDate")}
              </th>
              <th scope="col" className={head}>
                {t("principal")}
              </th>
              <th scope="col" className={head}>
                {t("interest")}
              </th>
              <th scope="col" className={head}>
                {t("total")}
              </th>
              <th scope="col" className={head}>
                {t("remaining")}
              </th>
            </tr>
          </thead>
          <tbody>
            {schedule.map((row) => (
              <tr key={row.number} className="border-b border-slate-100 last:border-0" data-testid="schedule-row">
                <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal tabular-nums">
                  {row.number}
                </th>
                <td className="px-3 py-2 tabular-nums whitespace-nowrap">{formatDueDate(row.dueDate)}</td>
                <td className={cell}>{money(row.principalFen)}</td>
                <td className={cell}>{money(row.interestFen)}</td>
                <td className={`${cell} font-medium`}>{money(row.totalFen)}</td>
                <td className={`${cell} text-slate-500`}>{money(row.remainingPrincipalFen)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-200 font-semibold">
            <tr data-testid="schedule-totals">
              <th scope="row" colSpan={2} className="sticky left-0 bg-white px-3 py-2 text-left">
                {t("totals")}
              </th>
              <td className={cell}>{money(totals.principalFen)}</td>
              <td className={cell}>{money(totals.interestFen)}</td>
              <td className={cell}>{money(totals.totalFen)}</td>
              <td className={cell} />
            </tr>
          </tfoot>
        </table>
      </section>
      <ScheduleRoundingNote interestFen={totals.interestFen} />
    </div>
  );
}
