import { Figure } from "@/components/ui/figure";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { PortfolioSlice } from "@/lib/server/wallet";
import { PortfolioChart } from "./portfolio-chart";
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
  return (
    <figure className="space-y-4">
      <PortfolioChart
        bars={shown.map((slice) => ({ label: label(slice), yuan: Number(slice.amountFen) / 100, color: COLOR[slice.status] }))}
      />
      <table className="w-full text-sm" data-testid="portfolio-table">
        <caption className="mb-2 text-left text-slate-600">{t("portfolio.caption")}</caption>
        <thead>
          <tr className="border-b text-left text-slate-600">
            <th scope="col" className="py-2 pr-2 font-medium">
              {t("portfolio.status")}
            </th>
            <th scope="col" className="py-2 pr-2 text-right font-medium">
              {t("portfolio.count")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("portfolio.amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((slice) => (
            <tr key={slice.status} className="border-b last:border-0" data-testid={`portfolio-${slice.status}`}>
              <th scope="row" className="py-2 pr-2 text-left font-normal">
                <span
                  aria-hidden="true"
                  className="mr-2 inline-block size-3 rounded-sm align-middle"
                  style={{ backgroundColor: COLOR[slice.status] }}
                />
                {label(slice)}
              </th>
              <td className="py-2 pr-2 text-right">{slice.count}</td>
              <td className="py-2 text-right">
                <Figure>{formatMoney(slice.amountFen, locale)}</Figure>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
