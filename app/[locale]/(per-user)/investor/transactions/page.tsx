import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { parsePage } from "@/components/ui/pagination";
import { TransactionsList } from "@/components/wallet/transactions-list";
import { toLocale } from "@/i18n/locales";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { listTransactions, parseTransactionFilters } from "@/lib/server/wallet";

type Query = Record<string, string | string[] | undefined>;

export default async function InvestorTransactionsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const user = await requirePageRole(["INVESTOR"], "/investor/transactions");
  const query = await searchParams;
  const filters = parseTransactionFilters(query);
  const [t, format, locale, db] = await Promise.all([getTranslations("wallet"), getFormatter(), getLocale(), getDb()]);
  const page = await listTransactions(db, user.id, { ...filters, page: parsePage(query.page) });
  return (
    <div>
      <PageHeader title={t("transactions.title")} />
      <Card>
        <TransactionsList
          page={page}
          filters={filters}
          basePath="/investor/transactions"
          t={t}
          locale={toLocale(locale)}
          formatDateTime={(date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" })}
        />
      </Card>
    </div>
  );
}
