import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { FigureTableHead, FigureTableRow } from "@/components/ui/figure-table";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import type { DifferenceView } from "@/lib/server/reconciliation";

/**
 * Differences as a table that scrolls sideways on a phone: serial (a link to the difference), kind, status,
 * business date, the statement's and the platform's amounts, when it was found.
 */
export async function DifferenceList({ items }: { items: readonly DifferenceView[] }) {
  const [t, locale, format] = await Promise.all([getTranslations("reconciliation"), getLocale(), getFormatter()]);
  const money = (fen: bigint | null) => (fen === null ? t("differences.none") : <Figure>{formatMoney(fen, toLocale(locale))}</Figure>);
  const columns = [
    { key: "serial", label: t("differences.serial") },
    { key: "kind", label: t("differences.kindLabel") },
    { key: "status", label: t("differences.statusLabel") },
    { key: "date", label: t("differences.businessDate"), cellClassName: "whitespace-nowrap" },
    { key: "statement", label: t("differences.statementAmount"), align: "right" as const },
    { key: "platform", label: t("differences.platformAmount"), align: "right" as const },
    { key: "found", label: t("differences.found"), cellClassName: "whitespace-nowrap text-slate-500" },
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="difference-list">
        <FigureTableHead columns={columns} />
        <tbody>
          {items.map((difference) => (
            <FigureTableRow
              key={difference.id}
              columns={columns}
              testId="difference-row"
              cells={[
                <Link key="serial" prefetch={false} href={`/admin/reconciliation/differences/${difference.id}`} className="break-all">
                  {difference.serial}
                </Link>,
                <span key="kind" data-testid="difference-kind" data-kind={difference.kind}>
                  {t(`kind.${difference.kind}`)}
                </span>,
                <span key="status" data-testid="difference-status" data-status={difference.status}>
                  {t(`status.${difference.status}`)}
                </span>,
                difference.businessDate,
                money(difference.statementAmountFen),
                money(difference.platformAmountFen),
                format.dateTime(difference.createdAt, { dateStyle: "short", timeStyle: "short" }),
              ]}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
