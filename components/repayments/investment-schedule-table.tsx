import { getTranslations } from "next-intl/server";
import { ScheduleGrid } from "@/components/loans/schedule-table";
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
 * and status, with totals (the one schedule table, ScheduleGrid).
 */
export async function InvestmentScheduleTable({ schedule, locale }: { schedule: InvestmentSchedule; locale: MoneyLocale }) {
  const t = await getTranslations("investorRepayments.schedule");
  const money = (fen: bigint) => <Figure>{formatMoney(fen, locale)}</Figure>;
  const { totals } = schedule;
  return (
    <ScheduleGrid
      rows={schedule.lines.map((line) => ({ ...line, number: line.instalmentNumber }))}
      labels={{ number: t("number"), dueDate: t("dueDate") }}
      caption={t("caption")}
      testIds={{ table: "investment-schedule", row: "schedule-line" }}
      minWidth="min-w-[44rem]"
      totalsLabel={t("total")}
      interestPaidFen={totals.interestFen}
      columns={[
        { header: t("principal"), cell: (line) => money(line.principalFen), total: money(totals.principalFen) },
        { header: t("interest"), cell: (line) => money(line.interestFen), total: money(totals.interestFen) },
        {
          header: t("fee"),
          cell: (line) => (
            <Figure>
              {line.feeEstimated ? t("feeEstimated", { amount: formatMoney(line.feeFen, locale) }) : formatMoney(line.feeFen, locale)}
            </Figure>
          ),
          total: money(totals.feeFen),
        },
        {
          header: t("received"),
          cell: (line) => (
            <>
              {money(line.received.netFen)}
              {line.receivedOn && <span className="block text-xs text-slate-500">{t("receivedOn", { date: line.receivedOn })}</span>}
            </>
          ),
          total: money(totals.received.netFen),
          totalTestId: "schedule-received-total",
        },
        {
          header: t("standing"),
          align: "left",
          cell: (line) => (
            <span
              className={`rounded-full px-2 py-0.5 text-xs whitespace-nowrap ${STANDING_TONE[line.standing]}`}
              data-testid="schedule-standing"
              data-standing={line.standing}
            >
              {t(`standings.${line.standing}`, { days: line.overdueDays })}
            </span>
          ),
        },
      ]}
    />
  );
}
