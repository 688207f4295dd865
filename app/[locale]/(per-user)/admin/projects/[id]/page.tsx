import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { flatQuery } from "@/components/admin/entity/labels";
import { openRecordPage, RecordPage, type RecordPageProps, recordFormats } from "@/components/admin/entity/record-page";
import { ScheduleTable } from "@/components/admin/entity/schedule-table";
import { Facts } from "@/components/admin/subject/facts";
import { LoanProjectTerms } from "@/components/admin/subject/project-terms";
import { Card } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { firstOpenPage } from "@/lib/audit-log/subject-pages";
import { getProjectRecord, listProjectInvestments } from "@/lib/server/entity-records";

/**
 * A loan project's staff record (issue 13 §4): terms and figures, company, schedule, payouts, investments,
 * then status history, ledger entries, requests and audit rows. Its review decisions stay on
 * /admin/reviews/[id], linked both ways.
 */
export default async function ProjectRecordPage(props: RecordPageProps) {
  const { query, user, db, record, sections } = await openRecordPage(props, {
    path: "/admin/projects",
    type: "LOAN_PROJECT",
    read: getProjectRecord,
  });
  const { project, payouts, repaymentCount } = record;
  const [{ t, money, time }, tLoans, tInvesting, tOutflows, investments] = await Promise.all([
    recordFormats(),
    getTranslations("loans"),
    getTranslations("investing"),
    getTranslations("withdrawals"),
    listProjectInvestments(db, user, project.id, parsePage(query.page)),
  ]);
  const reviewPage = firstOpenPage(user.role, [["/admin/reviews/[id]", project.id]]);
  const companyPage = firstOpenPage(user.role, [["/admin/companies/[id]", project.company.id]]);
  return (
    <RecordPage title={project.title} status={tLoans(`status.${project.status}`)} sections={sections}>
      <div className="grid min-w-0 gap-6 lg:grid-cols-2">
        <Card className="min-w-0">
          <h2 className="mb-3 text-lg font-semibold">{t("project.facts")}</h2>
          <div className="space-y-4">
            <p className="text-sm break-words">
              {t("project.company")}:{" "}
              {companyPage ? (
                <Link prefetch={false} href={companyPage} data-testid="company-link">
                  {project.company.name}
                </Link>
              ) : (
                project.company.name
              )}
            </p>
            {reviewPage && (
              <p className="text-sm">
                <Link prefetch={false} href={reviewPage} data-testid="review-page-link">
                  {t("project.reviewPage")}
                </Link>
              </p>
            )}
            <LoanProjectTerms project={project} />
            <Facts
              items={[
                [t("project.funded"), money(project.fundedFen), "project-funded"],
                [t("project.deadline"), time(project.fundraisingDeadline)],
                [t("project.submitted"), time(project.submittedAt)],
                [t("project.published"), time(project.publishedAt)],
                [t("project.disbursed"), time(project.disbursedAt)],
                [t("project.repayments"), String(repaymentCount)],
              ]}
            />
          </div>
        </Card>
        <div className="min-w-0 space-y-6">
          <Card className="min-w-0">
            <section data-testid="project-payouts">
              <h2 className="mb-3 text-lg font-semibold">{t("project.payouts")}</h2>
              {payouts.length === 0 ? (
                <p className="text-sm text-slate-500">{t("project.noPayouts")}</p>
              ) : (
                <ul className="space-y-2 text-sm">
                  {payouts.map((payout) => (
                    <li key={payout.id} className="flex flex-wrap items-baseline justify-between gap-2">
                      <Link prefetch={false} href={`/admin/outflows/${payout.id}`} data-testid="payout-link">
                        <Figure>{money(payout.amountFen)}</Figure>
                      </Link>
                      <span className="text-slate-600">
                        {tOutflows(`status.${payout.status}`)} · {time(payout.createdAt)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </Card>
        </div>
      </div>
      <Card className="min-w-0">
        <h2 className="mb-3 text-lg font-semibold">{t("schedule.title")}</h2>
        <ScheduleTable kind="instalments" rows={project.instalments} />
      </Card>
      <Card className="min-w-0">
        <section data-testid="project-investments">
          <h2 className="mb-3 text-lg font-semibold">
            {t("project.investments")} <span className="text-sm font-normal text-slate-500">({investments.total})</span>
          </h2>
          {investments.items.length === 0 ? (
            <p className="text-sm text-slate-500">{t("project.noInvestments")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {investments.items.map((investment) => (
                <li key={investment.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2" data-testid="investment-row">
                  <Link prefetch={false} href={`/admin/investments/${investment.id}`} className="break-words" data-testid="investment-link">
                    {investment.investor.name}
                  </Link>
                  <span className="text-slate-600">
                    <Figure>{money(investment.amountFen)}</Figure> · {tInvesting(`status.${investment.status}`)} ·{" "}
                    {time(investment.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Pagination
            page={investments.page}
            pageSize={investments.pageSize}
            total={investments.total}
            basePath={sections.basePath}
            params={flatQuery(query)}
          />
        </section>
      </Card>
    </RecordPage>
  );
}
