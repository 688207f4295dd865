import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { Pagination } from "@/components/ui/pagination";
import { formatMoney, formatRateBp, type MoneyLocale } from "@/lib/domain/money";
import type { listLoanReviewQueue } from "@/lib/server/loan-requests/staff-loan-review";

type Queue = Awaited<ReturnType<typeof listLoanReviewQueue>>;

/** A loan-request queue: oldest first, with the company's status beside each request. */
export async function LoanReviewQueue({
  title,
  queue,
  page,
  pageSize,
  basePath,
}: {
  title: string;
  queue: Queue;
  page: number;
  pageSize: number;
  basePath: string;
}) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("review"),
    getTranslations("company.status"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <div>
      <PageHeader title={title}>
        <span className="text-sm text-slate-500" data-testid="queue-count">
          {t("waitingCount", { count: queue.total })}
        </span>
      </PageHeader>
      <Card>
        {queue.items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
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
                {queue.items.map((item) => (
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
        )}
        <Pagination page={page} pageSize={pageSize} total={queue.total} basePath={basePath} />
      </Card>
    </div>
  );
}
