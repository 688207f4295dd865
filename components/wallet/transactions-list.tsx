import { EmptyState } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { Pagination } from "@/components/ui/pagination";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import { type TransactionFilters, transactionFilterParams, type WalletTransaction } from "@/lib/server/wallet";
import type { Page } from "@/lib/shared/pagination";
import { TransactionFiltersForm } from "./transaction-filters-form";
import { kindLabel, type WalletTranslator } from "./wallet-text";

/** Where the CSV of the same rows downloads from (app/api/wallet/transactions.csv/route.ts). */
export const TRANSACTIONS_CSV_PATH = "/api/wallet/transactions.csv";

export function transactionsCsvHref(filters: TransactionFilters): string {
  const query = new URLSearchParams(Object.entries(transactionFilterParams(filters)).filter((e): e is [string, string] => Boolean(e[1])));
  const search = query.toString();
  return search ? `${TRANSACTIONS_CSV_PATH}?${search}` : TRANSACTIONS_CSV_PATH;
}

/** An instant as a date and time in the business zone, in the reader's language. */
type DateTimeFormat = (date: Date) => string;

/**
 * A user's transactions (资金流水), investor's or company's alike: the filter, the CSV link, one line per
 * posting (kind, time, account, signed amount, balance after), the empty state and the page links.
 */
export function TransactionsList({
  page,
  filters,
  basePath,
  t,
  locale,
  formatDateTime,
}: {
  page: Page<WalletTransaction>;
  filters: TransactionFilters;
  basePath: string;
  t: WalletTranslator;
  locale: MoneyLocale;
  formatDateTime: DateTimeFormat;
}) {
  const filtered = Boolean(filters.from || filters.to || filters.kind);
  return (
    <div className="space-y-4">
      <TransactionFiltersForm filters={filters} basePath={basePath} t={t} />
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="text-slate-600" data-testid="transactions-count">
          {t("transactions.count", { count: page.total })}
        </span>
        <a
          href={transactionsCsvHref(filters)}
          download
          className="font-medium"
          data-testid="transactions-csv"
          title={t("transactions.downloadHint")}
        >
          {t("transactions.download")}
        </a>
      </div>
      {page.items.length === 0 ? (
        <EmptyState>{filtered ? t("transactions.emptyFiltered") : t("transactions.empty")}</EmptyState>
      ) : (
        <>
          <p className="text-xs text-slate-600">{t("transactions.caption")}</p>
          <ul className="divide-y" data-testid="transactions">
            {page.items.map((row) => (
              <li key={row.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-3" data-testid="transaction-row">
                <div className="min-w-0">
                  <p className="font-medium" data-testid="transaction-kind">
                    {kindLabel(t, row.kind)}
                  </p>
                  <p className="text-sm text-slate-600">
                    <time dateTime={row.at.toISOString()}>{formatDateTime(row.at)}</time> · {t(`accounts.${row.account}`)}
                  </p>
                </div>
                <div className="text-right">
                  <p className={`font-semibold ${row.amountFen < 0n ? "text-red-700" : "text-green-800"}`} data-testid="transaction-amount">
                    <Figure>{`${row.amountFen > 0n ? "+" : ""}${formatMoney(row.amountFen, locale)}`}</Figure>
                  </p>
                  <p className="text-xs text-slate-600">
                    {t("transactions.balanceAfter", { amount: formatMoney(row.balanceAfterFen, locale) })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <Pagination
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        basePath={basePath}
        params={transactionFilterParams(filters)}
      />
    </div>
  );
}
