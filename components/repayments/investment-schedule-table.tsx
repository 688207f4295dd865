import { getTranslations } from "next-intl/server";
import { ScheduleRoundingNote } from "@/components/loans/schedule-rounding-note";
import { Figure } from "@/components/ui/figure";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { ClaimStanding, InvestmentSchedule } from "@/lib/server/repayment-views";

const STANDING_TONE: Record<ClaimStanding, string> = {
  RECEIVED: "bg-green-100 text-green-800",
  DUE: "bg-slate-100 text-slate-700",
  OVERDUE: "bg-red-100 text-red-800",
};

/**
 * An investment's claims per instalment: due date, principal, interest, fee, received (net, with the date)
 * and status. On a phone the table scrolls sideways inside its own box, the instalment number kept in view.
 */
export async function InvestmentScheduleTable({ schedule, locale }: { schedule: InvestmentSchedule; locale: MoneyLocale }) {
  const t = await getTranslations("investorRepayments.schedule");
  const money = (fen: bigint) => formatMoney(fen, locale);
  const head = "px-3 py-2 text-right font-medium whitespace-nowrap";
  const cell = "px-3 py-2 text-right tabular-nums whitespace-nowrap";
  return (
    <div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section className="-mx-2 overflow-x-auto px-2 [contain:inline-size]" tabIndex={0} aria-label={t("caption")}>
        <table className="w-full min-w-[44rem] border-collapse text-sm" data-testid="investment-schedule">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2 text-left font-medium">
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
                {t("fee")}
              </th>
              <th scope="col" className={head}>
                {t("received")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("standing")}
              </th>
            </tr>
          </thead>
          <tbody>
            {schedule.lines.map((line) => (
              <tr key={line.instalmentNumber} className="border-b border-slate-100" data-testid="schedule-line">
                <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal tabular-nums">
                  {line.instalmentNumber}
                </th>
                <td className="px-3 py-2 tabular-nums whitespace-nowrap">{line.dueDate}</td>
                <td className={cell}>
                  <Figure>{money(line.principalFen)}</Figure>
                </td>
                <td className={cell}>
                  <Figure>{money(line.interestFen)}</Figure>
                </td>
                <td className={cell}>
                  <Figure>{line.feeEstimated ? t("feeEstimated", { amount: money(line.feeFen) }) : money(line.feeFen)}</Figure>
                </td>
                <td className={cell}>
                  <Figure>{money(line.received.netFen)}</Figure>
                  {line.receivedOn && <span className="block text-xs text-slate-500">{t("receivedOn", { date: line.receivedOn })}</span>}
                </td>
                <td className="px-3 py-2">
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs whitespace-nowrap ${STANDING_TONE[line.standing]}`}
                    data-testid="schedule-standing"
                    data-standing={line.standing}
                  >
                    {t(`standings.${line.standing}`, { days: line.overdueDays })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-300 font-medium">
            <tr>
              <th scope="row" colSpan={2} className="sticky left-0 bg-white px-3 py-2 text-left">
                {t("total")}
              </th>
              <td className={cell}>
                <Figure>{money(schedule.totals.principalFen)}</Figure>
              </td>
              <td className={cell}>
                <Figure>{money(schedule.totals.interestFen)}</Figure>
              </td>
              <td className={cell}>
                <Figure>{money(schedule.totals.feeFen)}</Figure>
              </td>
              <td className={cell} data-testid="schedule-received-total">
                <Figure>{money(schedule.totals.received.netFen)}</Figure>
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </section>
      <ScheduleRoundingNote interestFen={schedule.totals.interestFen} />
    </div>
  );
}
