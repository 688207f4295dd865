import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EntityRecordSections } from "@/components/admin/entity/entity-record-sections";
import { type Query, storedDate } from "@/components/admin/entity/labels";
import { Facts } from "@/components/admin/subject/facts";
import { Card, PageHeader } from "@/components/ui/card";
import { toLocale } from "@/i18n/locales";
import { firstOpenPage } from "@/lib/audit-log/subject-pages";
import { formatMoney } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { getDepositRecord } from "@/lib/server/entity-records";
import { isDomainError } from "@/lib/server/errors";
import { rolesWith } from "@/lib/shared/capabilities";

/** A deposit's staff record (issue 13 §4): order, purpose, user, gateway serial, times, then the shared sections. */
export default async function DepositRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requirePageRole(rolesWith("records.view"), `/admin/deposits/${id}`);
  const [t, tDeposits, tRoles, format, locale, db] = await Promise.all([
    getTranslations("entity"),
    getTranslations("deposits"),
    getTranslations("roles"),
    getFormatter(),
    getLocale(),
    getDb(),
  ]);
  const deposit = await getDepositRecord(db, user, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  const time = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const companyPage = deposit.user.company ? firstOpenPage(user.role, [["/admin/companies/[id]", deposit.user.company.id]]) : null;
  return (
    <div className="space-y-6">
      <PageHeader title={t("deposit.title", { amount: money(deposit.amountFen) })}>
        <span data-testid="record-status">{tDeposits(`status.${deposit.status}`)}</span>
      </PageHeader>
      <p className="text-sm text-slate-600">
        <Link prefetch={false} href="/admin/deposits">
          {t("deposit.back")}
        </Link>{" "}
        · {t("timesNote")}
      </p>
      <Card className="min-w-0">
        <h2 className="mb-3 text-lg font-semibold">{t("deposit.facts")}</h2>
        <Facts
          items={[
            [t("deposit.order"), deposit.id, "deposit-order"],
            [t("deposit.amount"), money(deposit.amountFen), "deposit-amount"],
            [t("deposit.purpose"), t(`deposits.purposes.${deposit.purpose}`), "deposit-purpose"],
            [t("deposit.user"), `${deposit.user.displayName} (${tRoles(deposit.user.role)}) · ${deposit.user.email}`, "deposit-user"],
            [t("deposit.serial"), deposit.gatewaySerial ?? "—", "deposit-serial"],
            [t("deposit.created"), time(deposit.createdAt)],
            [t("deposit.expires"), time(deposit.expiresAt)],
            [t("deposit.paid"), time(deposit.paidAt)],
            [t("deposit.closed"), time(deposit.closedAt)],
            ...(deposit.repayment
              ? ([[t("deposit.repayment"), `${money(deposit.repayment.amountFen)} · ${storedDate(deposit.repayment.repaidOn)}`]] as const)
              : []),
          ]}
        />
        {(deposit.project || companyPage) && (
          <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
            {deposit.project && (
              <Link prefetch={false} href={`/admin/projects/${deposit.project.id}`} data-testid="project-link">
                {t("deposit.project", { title: deposit.project.title })}
              </Link>
            )}
            {companyPage && deposit.user.company && (
              <Link prefetch={false} href={companyPage} data-testid="company-link">
                {deposit.user.company.name}
              </Link>
            )}
          </p>
        )}
      </Card>
      <EntityRecordSections
        db={db}
        actor={user}
        record={{ type: "DEPOSIT", id: deposit.id }}
        basePath={`/admin/deposits/${deposit.id}`}
        query={query}
      />
    </div>
  );
}
