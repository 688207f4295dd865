import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { formatMoney, formatRateBp, type MoneyLocale } from "@/lib/domain/money";
import type { LoanReviewRow } from "@/lib/server/admin/queues";

/** The rows of a loan-review queue ("loanReview" in the queue registry), with the company's status beside each loan project. */
export async function LoanReviewRows({ items }: { items: readonly LoanReviewRow[] }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("review"),
    getTranslations("company.status"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <div className="overflow-x-auto">
      {/* Rows stack as cards on a phone (globals.css), so "Open" stays on screen. */}
      <table className="table-stack w-full text-left text-sm">
        <thead className="border-b text-slate-500">
          <tr>
            <th className="py-2 pr-4">{t("submittedAt")}</th>
            <th className="py-2 pr-4">{t("company")}</th>
            <th className="py-2 pr-4">{t("companyStatus")}</th>
            <th className="py-2 pr-4 md:text-right">{t("amount")}</th>
            <th className="py-2 pr-4 md:text-right">{t("rate")}</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b last:border-0" data-testid="queue-row">
              <td className="py-2 pr-4" data-label={t("submittedAt")}>
                {item.submittedAt ? format.dateTime(item.submittedAt, { dateStyle: "medium", timeStyle: "short" }) : "–"}
              </td>
              <td className="py-2 pr-4">
                <div className="font-medium">{item.title}</div>
                <div className="text-slate-500">{item.company.name}</div>
              </td>
              <td className="py-2 pr-4" data-label={t("companyStatus")}>
                {tc(item.company.status)}
              </td>
              <td className="py-2 pr-4 md:text-right" data-label={t("amount")}>
                <Figure>{formatMoney(item.amountFen, locale as MoneyLocale)}</Figure>
              </td>
              <td className="py-2 pr-4 md:text-right" data-label={t("rate")}>
                <Figure>{formatRateBp(item.annualRateBp)}</Figure>
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
