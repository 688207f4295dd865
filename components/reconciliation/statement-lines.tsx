import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { FigureTableHead, FigureTableRow } from "@/components/ui/figure-table";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import type { StatementLineView } from "@/lib/server/reconciliation";

/** Statement lines as the payment platform reported them (card numbers masked by the service). */
export async function StatementLines({ lines }: { lines: readonly StatementLineView[] }) {
  const [t, locale, format] = await Promise.all([getTranslations("reconciliation"), getLocale(), getFormatter()]);
  const money = (fen: bigint) => <Figure>{formatMoney(fen, toLocale(locale))}</Figure>;
  const columns = [
    { key: "lineNo", label: t("detail.lineNo"), align: "right" as const },
    { key: "time", label: t("detail.time"), cellClassName: "whitespace-nowrap" },
    { key: "direction", label: t("detail.direction") },
    { key: "amount", label: t("differences.statementAmount"), align: "right" as const },
    { key: "orderNo", label: t("detail.orderNo") },
    { key: "reference", label: t("detail.reference") },
    { key: "counterparty", label: t("detail.counterparty") },
    { key: "balance", label: t("detail.balance"), align: "right" as const },
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="statement-lines">
        <FigureTableHead columns={columns} />
        <tbody>
          {lines.map((line) => (
            <FigureTableRow
              key={line.id}
              columns={columns}
              testId="statement-line"
              cells={[
                line.lineNo,
                format.dateTime(line.occurredAt, { dateStyle: "short", timeStyle: "medium" }),
                t(`direction.${line.direction}`),
                money(line.amountFen),
                <span key="orderNo" className="break-all">
                  {line.orderNo ?? "–"}
                </span>,
                <span key="reference" className="break-all">
                  {line.reference ?? "–"}
                </span>,
                <span key="counterparty" className="break-all">
                  {line.counterparty ?? "–"}
                  {line.cardLast4 ? ` (…${line.cardLast4})` : ""}
                </span>,
                line.balanceFen === null ? "–" : money(line.balanceFen),
              ]}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
