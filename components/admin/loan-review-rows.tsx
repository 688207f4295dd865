import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ProjectAndCompany, QueueTable } from "@/components/admin/queue-table";
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
    <QueueTable
      rows={items}
      open={{ label: t("open"), href: (item) => `/admin/reviews/${item.id}` }}
      columns={[
        {
          header: t("submittedAt"),
          cell: (item) => (item.submittedAt ? format.dateTime(item.submittedAt, { dateStyle: "medium", timeStyle: "short" }) : "–"),
        },
        { header: t("company"), unlabelled: true, cell: (item) => <ProjectAndCompany title={item.title} company={item.company.name} /> },
        { header: t("companyStatus"), cell: (item) => tc(item.company.status) },
        { header: t("amount"), numeric: true, cell: (item) => <Figure>{formatMoney(item.amountFen, locale as MoneyLocale)}</Figure> },
        { header: t("rate"), numeric: true, cell: (item) => <Figure>{formatRateBp(item.annualRateBp)}</Figure> },
      ]}
    />
  );
}
