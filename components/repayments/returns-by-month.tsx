import { getTranslations } from "next-intl/server";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import { EmptyState } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { MonthlyReturn } from "@/lib/server/repayment-views";

/**
 * The investor's returns per month: a bar chart of the net for the eye and, as its text alternative (and the
 * fallback without JavaScript), a table of the same months exact to the fen.
 */
export async function ReturnsByMonth({ returns, locale }: { returns: readonly MonthlyReturn[]; locale: MoneyLocale }) {
  const t = await getTranslations("investorRepayments.returns");
  const money = (fen: bigint) => formatMoney(fen, locale);
  const first = returns[0];
  const last = returns.at(-1);
  if (!first || !last || returns.every((month) => month.netFen === 0n && month.interestFen === 0n)) {
    return <EmptyState>{t("empty")}</EmptyState>;
  }
  const head = "py-2 pl-2 text-right font-medium whitespace-nowrap";
  const cell = "py-2 pl-2 text-right tabular-nums whitespace-nowrap";
  return (
    <BarChartWithTable
      testId="returns-chart"
      series={[{ key: "yuan", color: "#15803d" }]}
      bars={returns.map((month) => ({ label: month.month, values: { yuan: Number(month.netFen) / 100 } }))}
    >
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section className="overflow-x-auto [contain:inline-size]" tabIndex={0} aria-label={t("title")}>
        <table className="w-full text-sm" data-testid="returns-table">
          <caption className="mb-2 text-left text-slate-600">{t("caption", { from: first.month, to: last.month })}</caption>
          <thead>
            <tr className="border-b text-slate-600">
              <th scope="col" className="py-2 text-left font-medium">
                {t("month")}
              </th>
              <th scope="col" className={head}>
                {t("interest")}
              </th>
              <th scope="col" className={head}>
                {t("penalty")}
              </th>
              <th scope="col" className={head}>
                {t("fee")}
              </th>
              <th scope="col" className={head}>
                {t("net")}
              </th>
            </tr>
          </thead>
          <tbody>
            {returns.map((month) => (
              <tr key={month.month} className="border-b last:border-0" data-testid={`returns-${month.month}`}>
                <th scope="row" className="py-2 text-left font-normal tabular-nums">
                  {month.month}
                </th>
                <td className={cell}>
                  <Figure>{money(month.interestFen)}</Figure>
                </td>
                <td className={cell}>
                  <Figure>{money(month.penaltyFen)}</Figure>
                </td>
                <td className={cell}>
                  <Figure>{money(-month.feeFen)}</Figure>
                </td>
                <td className={`${cell} font-medium`}>
                  <Figure>{money(month.netFen)}</Figure>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </BarChartWithTable>
  );
}
