import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RecordLink } from "@/components/admin/entity/record-link";
import { bankLabel } from "@/components/bank-cards/bank-name";
import { Figure } from "@/components/ui/figure";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { OutflowQueueRow } from "@/lib/server/outflows";

/** What a staff member needs to decide or make one outflow: kind, account, payee and card (masked), amounts, reference. */
export async function OutflowSummary({ outflow, children }: { outflow: OutflowQueueRow; children?: React.ReactNode }) {
  const [t, tCards, format, locale] = await Promise.all([
    getTranslations("outflows"),
    getTranslations("bankCards"),
    getFormatter(),
    getLocale(),
  ]);
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  const row = (label: string, value: React.ReactNode, testId?: string) => (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-1">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="min-w-0 text-right break-words" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <div className="space-y-2">
      <h2 className="text-lg font-semibold">
        {t(`kind.${outflow.kind}`)} · <Figure>{money(outflow.amountFen)}</Figure>
      </h2>
      <dl className="divide-y divide-slate-100">
        {row(t("user"), outflow.userName)}
        {row(t("payee"), outflow.payeeName, "payee")}
        {row(t("bank"), bankLabel(tCards, outflow.bankName))}
        {row(t("card"), <span className="font-mono">{outflow.cardMasked}</span>, "card-masked")}
        {row(t("amount"), <Figure>{money(outflow.amountFen)}</Figure>, "amount")}
        {outflow.feeFen > 0n && row(t("fee"), <Figure>{money(outflow.feeFen)}</Figure>)}
        {row(t("reference"), <span className="font-mono text-sm select-all">{outflow.id}</span>, "reference")}
        {row(t("requestedAt"), format.dateTime(outflow.createdAt, { dateStyle: "medium", timeStyle: "short" }))}
        {outflow.decidedAt && row(t("approvedAt"), format.dateTime(outflow.decidedAt, { dateStyle: "medium", timeStyle: "short" }))}
      </dl>
      <RecordLink href={`/admin/outflows/${outflow.id}`} />
      {outflow.luhnUnverified && <p className="text-sm text-amber-800">{t("luhnUnverified")}</p>}
      {children}
    </div>
  );
}
