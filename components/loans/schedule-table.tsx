import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { toLocale } from "@/i18n/locales";
import type { BusinessDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import type { Instalment } from "@/lib/domain/schedules";

/** Due dates are business dates ("YYYY-MM-DD"): shown as they are, the same day in every time zone. */
export function formatDueDate(date: BusinessDate): string {
  return date;
}

/** One column after the instalment number and the due date. */
export interface ScheduleColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Amounts are right-aligned (the default); text such as a status is left-aligned. */
  align?: "left" | "right";
  /** Extra classes of the body cells, e.g. "font-medium". */
  className?: string;
  /** The footer cell (omitted: empty); only shown when the table has `totalsLabel`. */
  total?: ReactNode;
  totalTestId?: string;
}

/**
 * The one schedule table (the loan's schedule, an investor's claims, the company's instalments with paid, penalty
 * and status): the instalment number and due date, then the caller's columns, an optional totals row, and the
 * line saying the last instalment absorbs the rounding with the interest actually paid (issue 14: said here
 * only). Works in server and client components (the calculator renders it live). On narrow screens the table
 * scrolls sideways inside its own box, the instalment number kept in view. `interestPaidFen` is in fen.
 */
export function ScheduleGrid<Row extends { number: number; dueDate: string }>({
  rows,
  columns,
  labels,
  caption,
  testIds,
  minWidth,
  totalsLabel,
  rowProps,
  interestPaidFen,
}: {
  rows: readonly Row[];
  columns: readonly ScheduleColumn<Row>[];
  labels: { number: string; dueDate: string };
  /** The table's accessible name (also its hidden caption when `caption` is given). */
  caption?: string;
  testIds: { table: string; row: string; totals?: string };
  /** The table's minimum width as a Tailwind class, e.g. "min-w-[36rem]": below it the box scrolls. */
  minWidth: string;
  totalsLabel?: string;
  /** A row's tint (give it a background: the sticky number cell inherits it) and data attributes. */
  rowProps?: (row: Row) => { className?: string; data?: Record<`data-${string}`, string> };
  interestPaidFen: bigint;
}) {
  const t = useTranslations("loans.schedule");
  const locale = toLocale(useLocale());
  const label = caption ?? totalsLabel ?? labels.number;
  const align = (column: ScheduleColumn<Row>) => (column.align === "left" ? "text-left" : "text-right tabular-nums");
  return (
    <div>
      {/* contain: inline-size keeps the wide table from widening the page column around it (a grid or flex item
          otherwise grows to the table's width on a phone); the table scrolls inside this box instead. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section className="-mx-2 overflow-x-auto px-2 [contain:inline-size]" tabIndex={0} aria-label={label}>
        <table className={`w-full ${minWidth} border-collapse text-sm`} data-testid={testIds.table}>
          {caption && <caption className="sr-only">{caption}</caption>}
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2 text-left font-medium whitespace-nowrap">
                {labels.number}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                {labels.dueDate}
              </th>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={`px-3 py-2 font-medium whitespace-nowrap ${align(column)}`}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const extra = rowProps?.(row);
              return (
                <tr
                  key={row.number}
                  className={`border-b border-slate-100 last:border-0 ${extra?.className ?? "bg-white"}`}
                  data-testid={testIds.row}
                  {...extra?.data}
                >
                  <th scope="row" className="sticky left-0 bg-inherit px-3 py-2 text-left font-normal tabular-nums">
                    {row.number}
                  </th>
                  <td className="px-3 py-2 tabular-nums whitespace-nowrap">{row.dueDate}</td>
                  {columns.map((column) => (
                    <td key={column.header} className={`px-3 py-2 whitespace-nowrap ${align(column)} ${column.className ?? ""}`}>
                      {column.cell(row)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          {totalsLabel && (
            <tfoot className="border-t-2 border-slate-200 font-semibold">
              <tr data-testid={testIds.totals}>
                <th scope="row" colSpan={2} className="sticky left-0 bg-white px-3 py-2 text-left">
                  {totalsLabel}
                </th>
                {columns.map((column) => (
                  <td key={column.header} className={`px-3 py-2 whitespace-nowrap ${align(column)}`} data-testid={column.totalTestId}>
                    {column.total}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </section>
      <p className="mt-2 text-xs text-slate-500" data-testid="schedule-rounding-note">
        {t("roundingNote", { amount: formatMoney(interestPaidFen, locale) })}
      </p>
    </div>
  );
}

/** A loan's repayment schedule (calculator, live preview, project page, review, company) with its totals. */
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
  return (
    <ScheduleGrid
      rows={schedule}
      labels={{ number: t("number"), dueDate: t("dueDate") }}
      caption={caption}
      testIds={{ table: "schedule-table", row: "schedule-row", totals: "schedule-totals" }}
      minWidth="min-w-[36rem]"
      totalsLabel={t("totals")}
      interestPaidFen={totals.interestFen}
      columns={[
        { header: t("principal"), cell: (row) => money(row.principalFen), total: money(totals.principalFen) },
        { header: t("interest"), cell: (row) => money(row.interestFen), total: money(totals.interestFen) },
        { header: t("total"), cell: (row) => money(row.totalFen), className: "font-medium", total: money(totals.totalFen) },
        { header: t("remaining"), cell: (row) => money(row.remainingPrincipalFen), className: "text-slate-500" },
      ]}
    />
  );
}
