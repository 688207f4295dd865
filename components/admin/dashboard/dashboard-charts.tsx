import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import { Card } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { type FigureColumn, FigureTableHead, FigureTableRow } from "@/components/ui/figure-table";
import { formatMoney, formatRateBp, type MoneyLocale } from "@/lib/domain/money";
import type { DashboardCharts as Charts } from "@/lib/server/dashboard";

const yuan = (fen: bigint) => Number(fen) / 100;

/** A figures table that scrolls sideways on a phone rather than pushing the page wider. */
function ScrollingTable({
  label,
  caption,
  testId,
  columns,
  children,
}: {
  label: string;
  caption: string;
  testId: string;
  columns: readonly FigureColumn[];
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="overflow-x-auto [contain:inline-size]" tabIndex={0} aria-label={label}>
      <table className="w-full text-sm" data-testid={testId}>
        <caption className="mb-2 text-left text-slate-600">{caption}</caption>
        <FigureTableHead columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

/**
 * The supervisor's and the admin's four charts (issue 13 item 3), each a bar chart with the table of its figures
 * (what assistive technology and the e2e tests read): volume financed per month, repayments received vs due per
 * month, the overdue rate now, and the aging buckets. Amounts exact to the fen in the tables.
 */
export async function DashboardCharts({ charts }: { charts: Charts }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale() as Promise<MoneyLocale>]);
  const money = (fen: bigint) => <Figure>{formatMoney(fen, locale)}</Figure>;
  const { financed, repayments, overdue, overdueMonths } = charts;
  const range = { from: financed[0]?.month ?? "", to: financed.at(-1)?.month ?? "" };

  const financedColumns: FigureColumn[] = [
    { key: "month", label: t("month") },
    { key: "loans", label: t("financed.loans"), align: "right" },
    { key: "amount", label: t("financed.amount"), align: "right" },
  ];
  const repaymentColumns: FigureColumn[] = [
    { key: "month", label: t("month") },
    { key: "due", label: t("repayments.due"), align: "right" },
    { key: "received", label: t("repayments.received"), align: "right" },
  ];
  const overdueColumns: FigureColumn[] = [
    { key: "figure", label: t("overdue.figure") },
    { key: "value", label: t("overdue.value"), align: "right" },
  ];
  const overdueMonthColumns: FigureColumn[] = [
    { key: "month", label: t("month") },
    { key: "overdue", label: t("overdue.monthOverdue"), align: "right" },
    { key: "outstanding", label: t("overdue.outstanding"), align: "right" },
    { key: "rate", label: t("overdue.rate"), align: "right" },
  ];
  const agingColumns: FigureColumn[] = [
    { key: "bucket", label: t("aging.bucket") },
    { key: "instalments", label: t("aging.instalments"), align: "right" },
    { key: "projects", label: t("aging.projects"), align: "right" },
    { key: "owed", label: t("aging.owed"), align: "right" },
  ];

  return (
    <section className="mt-8 space-y-2" aria-labelledby="dashboard-charts">
      <h2 id="dashboard-charts" className="text-lg font-semibold">
        {t("chartsTitle")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <BarChartWithTable
            title={t("financed.title")}
            testId="chart-financed"
            series={[{ key: "amount", color: "#4338ca" }]}
            bars={financed.map((m) => ({ label: m.month, values: { amount: yuan(m.amountFen) } }))}
          >
            <ScrollingTable
              label={t("financed.title")}
              caption={t("financed.caption", range)}
              testId="financed-table"
              columns={financedColumns}
            >
              {financed.map((m) => (
                <FigureTableRow
                  key={m.month}
                  columns={financedColumns}
                  rowHeader
                  testId={`financed-${m.month}`}
                  cells={[m.month, m.loans, money(m.amountFen)]}
                />
              ))}
            </ScrollingTable>
          </BarChartWithTable>
        </Card>
        <Card>
          <BarChartWithTable
            title={t("repayments.title")}
            testId="chart-repayments"
            series={[
              { key: "due", color: "#94a3b8" },
              { key: "received", color: "#15803d" },
            ]}
            bars={repayments.map((m) => ({ label: m.month, values: { due: yuan(m.dueFen), received: yuan(m.receivedFen) } }))}
          >
            <ScrollingTable
              label={t("repayments.title")}
              caption={t("repayments.caption", range)}
              testId="repayments-table"
              columns={repaymentColumns}
            >
              {repayments.map((m) => (
                <FigureTableRow
                  key={m.month}
                  columns={repaymentColumns}
                  rowHeader
                  testId={`repayments-${m.month}`}
                  cells={[m.month, money(m.dueFen), money(m.receivedFen)]}
                />
              ))}
            </ScrollingTable>
          </BarChartWithTable>
        </Card>
        <Card>
          <BarChartWithTable
            title={t("overdue.title")}
            testId="chart-overdue"
            series={[{ key: "percent", color: "#b91c1c" }]}
            bars={overdueMonths.map((m) => ({ label: m.month, values: { percent: m.rateBp / 100 } }))}
          >
            <ScrollingTable label={t("overdue.title")} caption={t("overdue.caption")} testId="overdue-table" columns={overdueColumns}>
              <FigureTableRow
                columns={overdueColumns}
                rowHeader
                testId="overdue-rate"
                cells={[t("overdue.rate"), <Figure key="rate">{formatRateBp(overdue.overdueRateBp)}</Figure>]}
              />
              <FigureTableRow
                columns={overdueColumns}
                rowHeader
                testId="overdue-owed"
                cells={[t("overdue.owed"), money(overdue.overdueOwedFen)]}
              />
              <FigureTableRow
                columns={overdueColumns}
                rowHeader
                testId="overdue-outstanding"
                cells={[t("overdue.outstanding"), money(overdue.principalOutstandingFen)]}
              />
            </ScrollingTable>
            <ScrollingTable
              label={t("overdue.monthsTitle")}
              caption={t("overdue.monthsCaption", range)}
              testId="overdue-months-table"
              columns={overdueMonthColumns}
            >
              {overdueMonths.map((m) => (
                <FigureTableRow
                  key={m.month}
                  columns={overdueMonthColumns}
                  rowHeader
                  testId={`overdue-${m.month}`}
                  cells={[m.month, money(m.overdueFen), money(m.outstandingFen), <Figure key="rate">{formatRateBp(m.rateBp)}</Figure>]}
                />
              ))}
            </ScrollingTable>
          </BarChartWithTable>
        </Card>
        <Card>
          <BarChartWithTable
            title={t("aging.title")}
            testId="chart-aging"
            series={[{ key: "owed", color: "#b45309" }]}
            bars={overdue.aging.map((row) => ({ label: t(`aging.${row.bucket}`), values: { owed: yuan(row.owedFen) } }))}
          >
            <ScrollingTable label={t("aging.title")} caption={t("aging.caption")} testId="aging-table" columns={agingColumns}>
              {overdue.aging.map((row) => (
                <FigureTableRow
                  key={row.bucket}
                  columns={agingColumns}
                  rowHeader
                  testId={`aging-${row.bucket}`}
                  cells={[t(`aging.${row.bucket}`), row.instalments, row.projects, money(row.owedFen)]}
                />
              ))}
            </ScrollingTable>
          </BarChartWithTable>
        </Card>
      </div>
    </section>
  );
}
