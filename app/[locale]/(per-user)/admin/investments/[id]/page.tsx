import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EntityRecordSections } from "@/components/admin/entity/entity-record-sections";
import type { Query } from "@/components/admin/entity/labels";
import { ScheduleTable } from "@/components/admin/entity/schedule-table";
import { Facts } from "@/components/admin/subject/facts";
import { Card, PageHeader } from "@/components/ui/card";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { getInvestmentRecord } from "@/lib/server/entity-records";
import { isDomainError } from "@/lib/server/errors";
import { rolesWith } from "@/lib/shared/capabilities";

/** An investment's staff record (issue 13 §4): investor, project, decision, claims, then the shared sections. */
export default async function InvestmentRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requirePageRole(rolesWith("records.view"), `/admin/investments/${id}`);
  const [t, tInvesting, tLoans, format, locale, db] = await Promise.all([
    getTranslations("entity"),
    getTranslations("investing"),
    getTranslations("loans"),
    getFormatter(),
    getLocale(),
    getDb(),
  ]);
  const investment = await getInvestmentRecord(db, user, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  const time = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <div className="space-y-6">
      <PageHeader title={t("investment.title", { amount: money(investment.amountFen) })}>
        <span data-testid="record-status">{tInvesting(`status.${investment.status}`)}</span>
      </PageHeader>
      <p className="text-sm text-slate-600">{t("timesNote")}</p>
      <div className="grid min-w-0 gap-6 lg:grid-cols-2">
        <Card className="min-w-0">
          <h2 className="mb-3 text-lg font-semibold">{t("investment.facts")}</h2>
          <p className="mb-3 text-sm break-words">
            {t("investment.project")}:{" "}
            <Link prefetch={false} href={`/admin/projects/${investment.project.id}`} data-testid="project-link">
              {investment.project.title}
            </Link>{" "}
            <span className="text-slate-500">({tLoans(`status.${investment.project.status}`)})</span>
          </p>
          <Facts
            items={[
              [t("investment.investor"), investment.investor.name, "investment-investor"],
              [t("investment.email"), investment.investor.email],
              [t("investment.amount"), money(investment.amountFen), "investment-amount"],
              [t("investment.placed"), time(investment.createdAt)],
              [t("investment.riskNotice"), time(investment.riskNoticeAcceptedAt)],
              [
                t("investment.decided"),
                investment.decidedAt
                  ? t("investment.decidedBy", {
                      who: investment.decidedByName ?? t("system"),
                      at: time(investment.decidedAt),
                    })
                  : "—",
              ],
              [t("investment.decisionReason"), investment.decisionReason ?? "—"],
            ]}
          />
        </Card>
        <Card className="min-w-0">
          <h2 className="mb-3 text-lg font-semibold">{t("schedule.claims")}</h2>
          <ScheduleTable kind="claims" rows={investment.claims} />
        </Card>
      </div>
      <EntityRecordSections
        db={db}
        actor={user}
        record={{ type: "INVESTMENT", id: investment.id }}
        basePath={`/admin/investments/${investment.id}`}
        query={query}
      />
    </div>
  );
}
