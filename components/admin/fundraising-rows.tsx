import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ProjectAndCompany, QueueTable } from "@/components/admin/queue-table";
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
    <QueueTable
      rows={items}
      open={{ label: t("open"), href: (item) => `/admin/reviews/${item.id}` }}
      columns={[
        {
          header: t("deadline"),
          cell: (item) =>
            item.fundraisingDeadline ? format.dateTime(item.fundraisingDeadline, { dateStyle: "medium", timeStyle: "short" }) : "–",
        },
        { header: t("project"), unlabelled: true, cell: (item) => <ProjectAndCompany title={item.title} company={item.company.name} /> },
        {
          header: t("funded"),
          numeric: true,
          cell: (item) => <Figure>{t("fundedOf", { funded: money(item.fundedFen), amount: money(item.amountFen) })}</Figure>,
        },
      ]}
    />
  );
}
