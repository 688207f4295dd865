import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { LoanReviewRow } from "@/lib/server/admin/queues";

/**
 * The rows of the fundraising-projects queue ("fundraising" in the queue registry): deadline, project and
 * company, funded of amount, and a link to the staff project page, where customer service asks to cancel it.
 */
export async function FundraisingRows({ items }: { items: readonly LoanReviewRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("admin.fundraisingRows"), getFormatter(), getLocale()]);
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  return (
    <div className="overflow-x-auto">
      {/* Rows stack as cards on a phone (globals.css), so "Open" stays on screen. */}
      <table className="table-stack w-full text-left text-sm">
        <thead className="border-b text-slate-500">
          <tr>
            <th className="py-2 pr-4">{t("deadline")}</th>
            <th className="py-2 pr-4">{t("project")}</th>
            <th className="py-2 pr-4 md:text-right">{t("funded")}</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b last:border-0" data-testid="queue-row">
              <td className="py-2 pr-4" data-label={t("deadline")}>
                {item.fundraisingDeadline ? format.dateTime(item.fundraisingDeadline, { dateStyle: "medium", timeStyle: "short" }) : "–"}
              </td>
              <td className="py-2 pr-4">
                <div className="font-medium">{item.title}</div>
                <div className="text-slate-500">{item.company.name}</div>
              </td>
              <td className="py-2 pr-4 md:text-right" data-label={t("funded")}>
                <Figure>{t("fundedOf", { funded: money(item.fundedFen), amount: money(item.amountFen) })}</Figure>
              </td>
              <td className="py-2 md:text-right">
                <Link href={`/admin/reviews/${item.id}`}>{t("open")}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
