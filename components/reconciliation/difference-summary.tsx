import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import type { DifferenceView } from "@/lib/server/reconciliation";

/**
 * A reconciliation difference in a few lines, for a supervisor deciding a request on it (/admin/approvals): kind
 * in plain words, serial (a link to the difference's page), business date, the statement's and the platform's
 * amounts.
 */
export async function DifferenceSummary({ difference }: { difference: DifferenceView }) {
  const [t, locale] = await Promise.all([getTranslations("reconciliation"), getLocale()]);
  const money = (fen: bigint | null) => (fen === null ? t("differences.none") : <Figure>{formatMoney(fen, toLocale(locale))}</Figure>);
  return (
    <div className="space-y-2 text-sm" data-testid="difference-summary">
      <p className="font-medium">
        {t(`kind.${difference.kind}`)}:{" "}
        <Link prefetch={false} href={`/admin/reconciliation/differences/${difference.id}`} className="break-all">
          {difference.serial}
        </Link>
      </p>
      <p className="text-slate-600">{t(`kindExplained.${difference.kind}`)}</p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1">
        <div>
          <dt className="inline text-slate-500">{t("differences.businessDate")}: </dt>
          <dd className="inline">{difference.businessDate}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">{t("differences.statementAmount")}: </dt>
          <dd className="inline">{money(difference.statementAmountFen)}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">{t("differences.platformAmount")}: </dt>
          <dd className="inline">{money(difference.platformAmountFen)}</dd>
        </div>
      </dl>
    </div>
  );
}
