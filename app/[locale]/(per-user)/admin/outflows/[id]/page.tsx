import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EntityRecordSections } from "@/components/admin/entity/entity-record-sections";
import type { Query } from "@/components/admin/entity/labels";
import { Facts } from "@/components/admin/subject/facts";
import { Card, PageHeader } from "@/components/ui/card";
import { toLocale } from "@/i18n/locales";
import { firstOpenPage } from "@/lib/audit-log/subject-pages";
import { formatMoney } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { getOutflowRecord } from "@/lib/server/entity-records";
import { isDomainError } from "@/lib/server/errors";
import { rolesWith } from "@/lib/shared/capabilities";

/**
 * An outflow's staff record (issue 13 §4): kind, amount and fee, the card (masked: the full number is read
 * only on the transfer queue, audited), the transfer serial, who asked, approved and transferred, then the
 * shared sections.
 */
export default async function OutflowRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requirePageRole(rolesWith("records.view"), `/admin/outflows/${id}`);
  const [t, tOutflows, tWithdrawals, format, locale, db] = await Promise.all([
    getTranslations("entity"),
    getTranslations("outflows"),
    getTranslations("withdrawals"),
    getFormatter(),
    getLocale(),
    getDb(),
  ]);
  const outflow = await getOutflowRecord(db, user, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  const time = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const by = (name: string | null, at: Date | null) => (at ? t("outflow.byAt", { who: name ?? t("system"), at: time(at) }) : "—");
  const companyPage = outflow.user.company ? firstOpenPage(user.role, [["/admin/companies/[id]", outflow.user.company.id]]) : null;
  const card = outflow.bankCard;
  return (
    <div className="space-y-6">
      <PageHeader title={t("outflow.title", { kind: tOutflows(`kind.${outflow.kind}`), amount: money(outflow.amountFen) })}>
        <span data-testid="record-status">{tWithdrawals(`status.${outflow.status}`)}</span>
      </PageHeader>
      <p className="text-sm text-slate-600">{t("timesNote")}</p>
      <Card className="min-w-0">
        <h2 className="mb-3 text-lg font-semibold">{t("outflow.facts")}</h2>
        <Facts
          items={[
            [t("outflow.kind"), tOutflows(`kind.${outflow.kind}`), "outflow-kind"],
            [t("outflow.amount"), money(outflow.amountFen), "outflow-amount"],
            [t("outflow.fee"), money(outflow.feeFen)],
            [t("outflow.user"), `${outflow.user.name ?? "—"} · ${outflow.user.email ?? "—"}`],
            [
              t("outflow.card"),
              t("outflow.cardMasked", { bank: card.bankName, holder: card.holderName, last4: card.numberLast4 }),
              "outflow-card",
            ],
            [t("outflow.serial"), outflow.externalSerial ?? "—", "outflow-serial"],
            [t("outflow.requested"), by(outflow.requestedByName, outflow.createdAt), "outflow-requested"],
            [t("outflow.decided"), by(outflow.decidedByName, outflow.decidedAt), "outflow-decided"],
            [t("outflow.transferred"), by(outflow.transferredByName, outflow.transferredAt), "outflow-transferred"],
            [t("outflow.reason"), outflow.reason ?? "—"],
          ]}
        />
        {(outflow.project || companyPage) && (
          <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
            {outflow.project && (
              <Link prefetch={false} href={`/admin/projects/${outflow.project.id}`} data-testid="project-link">
                {t("outflow.project", { title: outflow.project.title })}
              </Link>
            )}
            {companyPage && outflow.user.company && (
              <Link prefetch={false} href={companyPage} data-testid="company-link">
                {outflow.user.company.name}
              </Link>
            )}
          </p>
        )}
      </Card>
      <EntityRecordSections
        db={db}
        actor={user}
        record={{ type: "OUTFLOW", id: outflow.id }}
        basePath={`/admin/outflows/${outflow.id}`}
        query={query}
      />
    </div>
  );
}
