import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { flatQuery, type Query } from "@/components/admin/entity/labels";
import { ExportCsvLink } from "@/components/admin/export-csv-link";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { Figure } from "@/components/ui/figure";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { DEPOSIT_PURPOSES, DEPOSIT_STATUSES, listDeposits, parseDepositFilter } from "@/lib/server/entity-records";
import { rolesWith } from "@/lib/shared/capabilities";

const PAGE_SIZE = 20;

/** Every deposit order (充值), newest first, filtered by status and purpose with a plain GET form (works without JS). */
export default async function DepositsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const user = await requirePageRole(rolesWith("records.view"), "/admin/deposits");
  const [t, tDeposits, tRoles, format, locale, db] = await Promise.all([
    getTranslations("entity.deposits"),
    getTranslations("deposits"),
    getTranslations("roles"),
    getFormatter(),
    getLocale(),
    getDb(),
  ]);
  const filter = parseDepositFilter(query);
  const deposits = await listDeposits(db, user, filter, parsePage(query.page), PAGE_SIZE);
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>
        <ExportCsvLink list="deposits" query={{ status: filter.status, purpose: filter.purpose }} />
      </PageHeader>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <Card>
        <form
          method="get"
          action="/admin/deposits"
          className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
          data-testid="deposit-filter"
        >
          <SelectField
            label={t("status")}
            name="status"
            defaultValue={filter.status ?? ""}
            options={[
              { value: "", label: t("allStatuses") },
              ...DEPOSIT_STATUSES.map((s) => ({ value: s, label: tDeposits(`status.${s}`) })),
            ]}
          />
          <SelectField
            label={t("purpose")}
            name="purpose"
            defaultValue={filter.purpose ?? ""}
            options={[{ value: "", label: t("allPurposes") }, ...DEPOSIT_PURPOSES.map((p) => ({ value: p, label: t(`purposes.${p}`) }))]}
          />
          <button type="submit" className={buttonClasses("secondary")}>
            {t("apply")}
          </button>
        </form>
      </Card>
      {deposits.items.length === 0 ? (
        <EmptyState>{filter.status || filter.purpose ? t("emptyFiltered") : t("empty")}</EmptyState>
      ) : (
        <Card>
          <p className="mb-2 text-sm text-slate-500">{t("count", { count: deposits.total })}</p>
          <ul className="divide-y divide-slate-100 text-sm">
            {deposits.items.map((deposit) => (
              <li key={deposit.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2" data-testid="deposit-row">
                <Link prefetch={false} href={`/admin/deposits/${deposit.id}`} className="font-medium" data-testid="deposit-link">
                  <Figure>{money(deposit.amountFen)}</Figure>
                </Link>
                <span className="min-w-0 break-words text-slate-700">
                  {deposit.user.displayName} ({tRoles(deposit.user.role)})
                  {deposit.gatewaySerial && (
                    <span className="ml-2 font-mono text-xs break-all text-slate-500">{deposit.gatewaySerial}</span>
                  )}
                </span>
                <span className="text-slate-600">
                  {tDeposits(`status.${deposit.status}`)} · {t(`purposes.${deposit.purpose}`)} ·{" "}
                  {format.dateTime(deposit.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </span>
              </li>
            ))}
          </ul>
          <Pagination
            page={deposits.page}
            pageSize={deposits.pageSize}
            total={deposits.total}
            basePath="/admin/deposits"
            params={flatQuery({ status: filter.status, purpose: filter.purpose })}
          />
        </Card>
      )}
    </div>
  );
}
