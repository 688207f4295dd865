import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import { Figure } from "@/components/ui/figure";
import { type FigureColumn, FigureTableHead, FigureTableRow } from "@/components/ui/figure-table";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { PortfolioSlice } from "@/lib/server/wallet";
import type { WalletTranslator } from "./wallet-text";

// One colour per investment status, dark enough to tell apart on white.
const COLOR: Record<PortfolioSlice["status"], string> = {
  PENDING: "#b45309",
  CONFIRMED: "#4338ca",
  HOLDING: "#15803d",
  SETTLED: "#475569",
  REJECTED: "#b91c1c",
  CANCELLED: "#94a3b8",
  REFUNDED: "#0e7490",
};

/**
 * The investor's investments by status: a bar chart for the eye and, as its text alternative, a table of the
 * same figures (count and amount per status, exact to the fen). Statuses the investor has none of are left out.
 */
export function PortfolioByStatus({ slices, t, locale }: { slices: readonly PortfolioSlice[]; t: WalletTranslator; locale: MoneyLocale }) {
  const shown = slices.filter((slice) => slice.count > 0);
  const label = (slice: PortfolioSlice) => t(`investmentStatus.${slice.status}`);
  const columns: FigureColumn[] = [
    { key: "status", label: t("portfolio.status") },
    { key: "count", label: t("portfolio.count"), align: "right" },
    { key: "amount", label: t("portfolio.amount"), align: "right" },
  ];
  return (
    <BarChartWithTable
      testId="portfolio-chart"
      orientation="rows"
      series={[{ key: "yuan", color: COLOR.HOLDING }]}
      bars={shown.map((slice) => ({ label: label(slice), values: { yuan: Number(slice.amountFen) / 100 }, color: COLOR[slice.status] }))}
    >
      <table className="w-full text-sm" data-testid="portfolio-table">
        <caption className="mb-2 text-left text-slate-600">{t("portfolio.caption")}</caption>
        <FigureTableHead columns={columns} />
        <tbody>
          {shown.map((slice) => (
            <FigureTableRow
              key={slice.status}
              columns={columns}
              rowHeader
              testId={`portfolio-${slice.status}`}
              cells={[
                <span key="status">
                  <span
                    aria-hidden="true"
                    className="mr-2 inline-block size-3 rounded-sm align-middle"
                    style={{ backgroundColor: COLOR[slice.status] }}
                  />
                  {label(slice)}
                </span>,
                slice.count,
                <Figure key="amount">{formatMoney(slice.amountFen, locale)}</Figure>,
              ]}
            />
          ))}
        </tbody>
      </table>
    </BarChartWithTable>
  );
}
