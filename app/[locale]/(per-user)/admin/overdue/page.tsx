import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DecisionForms } from "@/components/admin/decision-forms";
import { QueueShell } from "@/components/admin/queue-shell";
import { LoanStatusBadge } from "@/components/loans/status-badge";
import { Card } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { parsePage } from "@/components/ui/pagination";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import { offeredEvents } from "@/lib/domain/permissions";
import { QUEUES } from "@/lib/server/admin/queues/registry";
import { requirePageRole } from "@/lib/server/auth/session";
import { getClock, today } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { listOverdueProjects } from "@/lib/server/overdue/list-overdue-projects";
import { overdueAging } from "@/lib/server/overdue/overdue-aging";
import { requestBadDebtDeclarationAction, requestCompanyBlacklistAction } from "./actions";

const PAGE_SIZE = 20;
const ENTRY = QUEUES.find((queue) => queue.key === "overdueProjects");

/**
 * Overdue projects (逾期项目), the longest overdue first, with the aging buckets above: customer service files the
 * bad-debt declaration of a project 90 days overdue and the blacklisting of its company once the debt is
 * declared; a supervisor decides both in /admin/approvals.
 */
export default async function OverdueProjectsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageRole(ENTRY?.roles ?? ["CUSTOMER_SERVICE", "SUPERVISOR"], "/admin/overdue");
  const page = parsePage((await searchParams).page);
  const [t, tLoans, tCompany, locale, db] = await Promise.all([
    getTranslations("overdue"),
    getTranslations("loans"),
    getTranslations("company.status"),
    getLocale(),
    getDb(),
  ]);
  const asOf = today(getClock());
  const [aging, list] = await Promise.all([overdueAging(db, asOf), listOverdueProjects(db, asOf, page, PAGE_SIZE)]);
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  const actor = { id: user.id, role: user.role };

  return (
    <QueueShell
      title={t("title")}
      exportList="overdueProjects"
      count={t("count", { count: list.total })}
      empty={t("empty")}
      list={list}
      basePath="/admin/overdue"
      rows="cards"
    >
      <p className="text-sm text-slate-600">{t("intro", { date: asOf })}</p>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("aging")}</h2>
        <dl className="grid grid-cols-2 gap-3 text-sm md:grid-cols-4" data-testid="overdue-aging">
          {aging.map((row) => (
            <div key={row.bucket} className="min-w-0 rounded-md border border-slate-200 p-3" data-testid={`aging-${row.bucket}`}>
              <dt className="text-slate-500">{t(`buckets.${row.bucket}`)}</dt>
              <dd className="mt-1 font-semibold">
                <Figure>{money(row.owedFen)}</Figure>
              </dd>
              <dd className="text-slate-500">{t("agingCounts", { projects: row.projects, instalments: row.instalments })}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {list.items.map((row) => {
        const declare = row.longEnoughForBadDebt
          ? offeredEvents("LOAN_PROJECT", { status: row.status, pendingRequests: row.pendingRequests }, actor, [
              "DECLARE_BAD_DEBT",
            ] as const)
          : [];
        const blacklist = row.companyHasBadDebt
          ? offeredEvents("COMPANY", { status: row.company.status, pendingRequests: row.companyPendingRequests }, actor, [
              "BLACKLIST",
            ] as const)
          : [];
        return (
          <Card key={row.id}>
            <div className="space-y-2 text-sm" data-testid="overdue-row">
              <div className="flex flex-wrap items-center gap-2">
                <Link prefetch={false} href={`/admin/reviews/${row.id}`} className="text-base font-semibold">
                  {row.title}
                </Link>
                <LoanStatusBadge status={row.status} t={tLoans} />
              </div>
              <p>
                {t("company")}:{" "}
                <Link prefetch={false} href={`/admin/companies/${row.company.id}`}>
                  {row.company.name}
                </Link>{" "}
                <span className="text-slate-500">({tCompany(row.company.status)})</span>
              </p>
              <dl className="flex flex-wrap gap-x-6 gap-y-1">
                <div>
                  <dt className="inline text-slate-500">{t("daysOverdue")}: </dt>
                  <dd className="inline font-semibold" data-testid="days-overdue">
                    {t("days", { count: row.daysOverdue })}
                  </dd>{" "}
                  <span className="text-slate-500">({t(`buckets.${row.bucket}`)})</span>
                </div>
                <div>
                  <dt className="inline text-slate-500">{t("oldestDue")}: </dt>
                  <dd className="inline">{row.oldestDueDate}</dd>
                </div>
                <div>
                  <dt className="inline text-slate-500">{t("owed")}: </dt>
                  <dd className="inline font-semibold">
                    <Figure>{money(row.overdueOwedFen)}</Figure>
                  </dd>
                </div>
                <div>
                  <dt className="inline text-slate-500">{t("penalty")}: </dt>
                  <dd className="inline">
                    <Figure>{money(row.penaltyOwedFen)}</Figure>
                  </dd>
                </div>
              </dl>
              {row.pendingRequests.includes("DECLARE_BAD_DEBT") && (
                <p className="text-amber-800" data-testid="bad-debt-pending">
                  {t("badDebtPending")}
                </p>
              )}
              {row.companyPendingRequests.includes("BLACKLIST") && (
                <p className="text-amber-800" data-testid="blacklist-pending">
                  {t("blacklistPending")}
                </p>
              )}
            </div>
            {declare.length + blacklist.length > 0 && (
              <div className="mt-4 grid gap-4 sm:grid-cols-2">
                <DecisionForms
                  events={declare}
                  hidden={{ projectId: row.id }}
                  decisions={{
                    DECLARE_BAD_DEBT: {
                      action: requestBadDebtDeclarationAction,
                      submitLabel: t("fileBadDebt"),
                      confirmMessage: t("confirmBadDebt", { title: row.title }),
                      textLabel: t("reason"),
                      variant: "danger",
                      testId: "bad-debt-form",
                    },
                  }}
                />
                <DecisionForms
                  events={blacklist}
                  hidden={{ companyId: row.company.id }}
                  decisions={{
                    BLACKLIST: {
                      action: requestCompanyBlacklistAction,
                      submitLabel: t("fileBlacklist"),
                      confirmMessage: t("confirmBlacklist", { company: row.company.name }),
                      textLabel: t("reason"),
                      variant: "danger",
                      testId: "blacklist-form",
                    },
                  }}
                />
              </div>
            )}
          </Card>
        );
      })}
    </QueueShell>
  );
}
