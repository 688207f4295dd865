import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { CalendarDay } from "@/lib/server/repayment-views";

/**
 * The month's repayments day by day: each investment's received or upcoming amount on one instalment, with
 * its parts and a link to the investment's schedule. The calendar's only view under 640 px.
 */
export async function CalendarDayList({ days, locale }: { days: readonly CalendarDay[]; locale: MoneyLocale }) {
  const t = await getTranslations("investorRepayments.calendar");
  const money = (fen: bigint) => formatMoney(fen, locale);
  return (
    <ol className="divide-y" data-testid="calendar-list">
      {days.map((day) => (
        <li key={day.date} className="py-3" data-testid={`calendar-list-${day.date}`}>
          <h3 className="font-medium tabular-nums">{day.date}</h3>
          <ul className="mt-1 space-y-2">
            {day.items.map((item) => (
              <li
                key={`${item.kind}:${item.investmentId}:${item.instalmentNumber}`}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm"
                data-testid={`calendar-item-${item.kind}`}
              >
                <span className="min-w-0">
                  <span className={item.kind === "received" ? "text-green-700" : "text-blue-700"}>{t(item.kind)}</span> ·{" "}
                  {item.projectTitle} · {t("instalment", { number: item.instalmentNumber })}
                  {item.overdueDays > 0 && <span className="ml-1 text-red-700">({t("overdueDays", { days: item.overdueDays })})</span>} ·{" "}
                  <Link prefetch={false} href={`/investor/investments/${item.investmentId}`}>
                    {t("scheduleLink")}
                  </Link>
                </span>
                <span className="text-right">
                  <Figure className="font-semibold">{money(item.amounts.netFen)}</Figure>
                  <span className="block text-xs text-slate-500">
                    {t("principal")} <Figure>{money(item.amounts.principalFen)}</Figure> · {t("interest")}{" "}
                    <Figure>{money(item.amounts.interestFen)}</Figure>
                    {item.amounts.penaltyFen > 0n && (
                      <>
                        {" "}
                        · {t("penalty")} <Figure>{money(item.amounts.penaltyFen)}</Figure>
                      </>
                    )}{" "}
                    · {t("fee")} <Figure>{money(-item.amounts.feeFen)}</Figure>
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
