import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { Instalment } from "@/lib/domain/schedules/terms";

export interface ScheduleLabels {
  instalment: string;
  dueDate: string;
  principal: string;
  interest: string;
  total: string;
}

/** A repayment schedule as a table; scrolls sideways on narrow screens. Works on the server and the client. */
export function ScheduleTable({
  schedule,
  locale,
  labels,
}: {
  schedule: readonly Instalment[];
  locale: MoneyLocale;
  labels: ScheduleLabels;
}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full whitespace-nowrap text-right text-sm tabular-nums" data-testid="schedule-table">
        <thead className="border-b text-slate-500">
          <tr>
            <th className="py-2 text-left">{labels.instalment}</th>
            <th className="py-2 text-left">{labels.dueDate}</th>
            <th className="py-2 pl-3">{labels.principal}</th>
            <th className="py-2 pl-3">{labels.interest}</th>
            <th className="py-2 pl-3">{labels.total}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.map((row) => (
            <tr key={row.number} className="border-b last:border-0">
              <td className="py-1 text-left">{row.number}</td>
              <td className="py-1 text-left">{date.format(row.dueDate)}</td>
              <td className="py-1 pl-3">{formatMoney(row.principalFen, locale)}</td>
              <td className="py-1 pl-3">{formatMoney(row.interestFen, locale)}</td>
              <td className="py-1 pl-3">{formatMoney(row.totalFen, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
