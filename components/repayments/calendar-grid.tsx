import { getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { type BusinessDate, type CalendarMonth, daysOf, weekdayOf } from "@/lib/domain/dates";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { CalendarDay } from "@/lib/server/repayment-views";

/**
 * The month as a grid of weeks (Monday first) with each day's net received and net still to come; from
 * 640 px up (under it the day list stands alone). The figures are repeated in the list, which is the
 * accessible reading: the grid is a table with a caption, each cell's amounts labelled.
 */
export async function CalendarGrid({
  month,
  days,
  today,
  locale,
  caption,
}: {
  month: CalendarMonth;
  days: readonly CalendarDay[];
  today: BusinessDate;
  locale: MoneyLocale;
  caption: string;
}) {
  const t = await getTranslations("investorRepayments.calendar");
  const byDate = new Map(days.map((day) => [day.date, day]));
  const dates = daysOf(month);
  // Blank cells before the 1st and after the last day, keyed by their place (they carry no date).
  const lead = weekdayOf(dates[0] as BusinessDate);
  const cells: { key: string; date: BusinessDate | null }[] = [
    ...Array.from({ length: lead }, (_, i) => ({ key: `before-${i}`, date: null })),
    ...dates.map((date) => ({ key: date, date })),
  ];
  while (cells.length % 7 !== 0) cells.push({ key: `after-${cells.length}`, date: null });
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const money = (fen: bigint) => formatMoney(fen, locale);
  return (
    <table className="hidden w-full table-fixed border-collapse text-xs sm:table" data-testid="calendar-grid">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {t("weekdays")
            .split(",")
            .map((name) => (
              <th key={name} scope="col" className="py-1 text-center font-medium text-slate-600">
                {name}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]?.key}>
            {week.map(({ key, date }) => {
              if (!date) return <td key={key} className="border border-slate-100 bg-slate-50" />;
              const day = byDate.get(date);
              const isToday = date === today;
              return (
                <td
                  key={date}
                  className={`h-20 border border-slate-200 p-1 align-top ${isToday ? "bg-brand-50 ring-2 ring-inset ring-brand-600" : ""}`}
                  data-testid={day ? `calendar-day-${date}` : undefined}
                >
                  <span className={`block text-right ${isToday ? "font-semibold text-brand-700" : "text-slate-500"}`}>
                    {Number(date.slice(8))}
                    {isToday && <span className="sr-only"> {t("today")}</span>}
                  </span>
                  {day && day.received.netFen !== 0n && (
                    <span className="block truncate text-green-700">
                      <Figure>{t("receivedShort", { amount: money(day.received.netFen) })}</Figure>
                    </span>
                  )}
                  {day && day.upcoming.netFen !== 0n && (
                    <span className={`block truncate ${day.items.some((item) => item.overdueDays > 0) ? "text-red-700" : "text-blue-700"}`}>
                      <Figure>{t("upcomingShort", { amount: money(day.upcoming.netFen) })}</Figure>
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
