import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { parsePage } from "@/components/ui/pagination";
import { BalanceFigures } from "@/components/wallet/balance-figures";
import { PayoutsList } from "@/components/wallet/payouts-list";
import { TransactionsList } from "@/components/wallet/transactions-list";
import { toLocale } from "@/i18n/locales";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { getBalances } from "@/lib/server/ledger";
import { listReceivedPayouts, listTransactions, parseTransactionFilters } from "@/lib/server/wallet";

type Query = Record<string, string | string[] | undefined>;

export default async function CompanyWalletPage({ searchParams }: { searchParams: Promise<Query> }) {
  const user = await requirePageRole(["COMPANY"], "/company/wallet");
  const query = await searchParams;
  const filters = parseTransactionFilters(query);
  const [t, format, locale, db] = await Promise.all([getTranslations("wallet"), getFormatter(), getLocale(), getDb()]);
  const [balances, payouts, page] = await Promise.all([
    getBalances(db, user.id),
    listReceivedPayouts(db, user.id),
    listTransactions(db, user.id, { ...filters, page: parsePage(query.page) }),
  ]);
  const moneyLocale = toLocale(locale);
  const formatDateTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("company.title")} />
      <Card>
        <BalanceFigures
          locale={moneyLocale}
          items={[
            { testId: "balance-available", label: t("balances.available"), fen: balances.availableFen },
            { testId: "balance-frozen", label: t("balances.frozen"), fen: balances.frozenFen, hint: t("balances.frozenHint") },
          ]}
        />
        <nav aria-label={t("links.title")} className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/company/deposit" prefetch={false}>
            {t("links.deposit")}
          </Link>
          <Link href="/company/withdraw" prefetch={false}>
            {t("links.withdraw")}
          </Link>
          <Link href="/company/bank-cards" prefetch={false}>
            {t("links.bankCards")}
          </Link>
        </nav>
      </Card>
      <Card>
        <h2 className="mb-4 text-xl font-semibold">{t("company.payoutsTitle")}</h2>
        <PayoutsList payouts={payouts} t={t} locale={moneyLocale} formatDateTime={formatDateTime} />
      </Card>
      <Card>
        <h2 className="mb-4 text-xl font-semibold">{t("transactions.title")}</h2>
        <TransactionsList
          page={page}
          filters={filters}
          basePath="/company/wallet"
          t={t}
          locale={moneyLocale}
          formatDateTime={formatDateTime}
        />
      </Card>
    </div>
  );
}
