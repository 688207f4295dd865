import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { bankLabel } from "@/components/bank-cards/bank-name";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { Pagination } from "@/components/ui/pagination";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { WithdrawOverview } from "@/lib/server/withdrawals";
import { WithdrawForm } from "./withdraw-form";
import { withdrawFormMessages } from "./withdraw-form.messages";

/**
 * The withdraw page of investors and companies (`area` is the role's path): balances, the form (or where to
 * bind a card first) and the user's own withdrawals with their status and, when refused or failed, why.
 */
export async function WithdrawPage({ overview, area }: { overview: WithdrawOverview; area: "/investor" | "/company" }) {
  const [t, tCards, format, locale] = await Promise.all([
    getTranslations("withdrawals"),
    getTranslations("bankCards"),
    getFormatter(),
    getLocale(),
  ]);
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  const cards = overview.cards.map((card) => ({ id: card.id, label: `${bankLabel(tCards, card.bankName)} ${card.masked}` }));
  const { withdrawals } = overview;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title={t("title")}>
        <Link href={`${area}/bank-cards`}>{t("bankCardsLink")}</Link>
      </PageHeader>
      <p className="text-slate-600">{t("intro")}</p>
      <Card>
        <dl className="mb-6 flex flex-wrap gap-x-8 gap-y-2">
          <div>
            <dt className="text-sm text-slate-500">{t("available")}</dt>
            <dd className="text-xl font-semibold" data-testid="available-balance">
              <Figure>{money(overview.availableFen)}</Figure>
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-500">{t("frozen")}</dt>
            <dd className="text-xl" data-testid="frozen-balance">
              <Figure>{money(overview.frozenFen)}</Figure>
            </dd>
          </div>
        </dl>
        {cards.length === 0 ? (
          <p data-testid="withdraw-no-cards">
            {t("noCards")} <Link href={`${area}/bank-cards`}>{t("bankCardsLink")}</Link>
          </p>
        ) : (
          <ClientMessages namespaces={withdrawFormMessages}>
            <WithdrawForm cards={cards} />
          </ClientMessages>
        )}
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-medium">{t("history")}</h2>
        {withdrawals.items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="divide-y" data-testid="withdrawals">
            {withdrawals.items.map((w) => (
              <li key={w.id} className="flex flex-wrap items-start justify-between gap-2 py-3" data-testid="withdrawal-row">
                <div className="min-w-0">
                  <p className="font-medium">
                    <Figure>{money(w.amountFen)}</Figure>
                  </p>
                  <p className="text-sm break-words text-slate-500">
                    {bankLabel(tCards, w.bankName)} {w.cardMasked}
                  </p>
                  <p className="text-sm text-slate-500">
                    {t("requestedAt", { date: format.dateTime(w.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
                    {w.transferredAt && (
                      <> · {t("transferredAt", { date: format.dateTime(w.transferredAt, { dateStyle: "medium", timeStyle: "short" }) })}</>
                    )}
                  </p>
                  {w.reason && <p className="text-sm break-words text-amber-800">{t("reason", { reason: w.reason })}</p>}
                </div>
                <span className="rounded bg-slate-100 px-2 py-1 text-sm" data-testid="withdrawal-status" data-status={w.status}>
                  {t(`status.${w.status}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={withdrawals.page} pageSize={withdrawals.pageSize} total={withdrawals.total} basePath={`${area}/withdraw`} />
      </Card>
    </div>
  );
}
