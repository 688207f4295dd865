import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ScheduleTable } from "@/components/loans/schedule-table";
import { LoanStatusBadge } from "@/components/loans/status-badge";
import { LoanStatusHistory } from "@/components/status/status-history";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card, PageHeader } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { FlashNotice } from "@/components/ui/flash-notice";
import { parsePage } from "@/components/ui/pagination";
import { companyMayBorrow } from "@/lib/domain/machines/company";
import type { LoanProjectEventType } from "@/lib/domain/machines/loan-project";
import { formatMoney, formatRateBp, type MoneyLocale } from "@/lib/domain/money";
import { mayEditLoanDraft, offeredEvents } from "@/lib/domain/permissions";
import { projectSchedule, scheduleTotals } from "@/lib/domain/schedules";
import { isAnsweringAction } from "@/lib/server/actions/answering-action";
import { requirePageRole } from "@/lib/server/auth/session";
import { getClock } from "@/lib/server/clock";
import { getOwnCompany } from "@/lib/server/companies/company-profile";
import { getDb } from "@/lib/server/db";
import { getCompanyPayout } from "@/lib/server/disbursement/company-payout";
import { isDomainError } from "@/lib/server/errors";
import { getOwnLoanRequest } from "@/lib/server/loan-requests/read-loan-requests";
import { getCompanyRepaymentView } from "@/lib/server/repayments/company-repayment-view";
import { CompanyPayoutCard } from "./company-payout-card";
import { SubmitLoanRequestButton, WithdrawLoanRequestButton } from "./loan-request-actions";
import { loanRequestActionsMessages } from "./loan-request-actions.messages";
import { RepaymentCard } from "./repayment-card";

/** The lifecycle events this page has a button for, in the page's order. */
const OFFERED = ["SUBMIT", "WITHDRAW"] as const satisfies readonly LoanProjectEventType[];

export default async function CompanyLoanRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; orderNo?: string; page?: string }>;
}) {
  const { id } = await params;
  const user = await requirePageRole(["COMPANY"], `/company/loans/${id}`);
  const [t, tLoans, tPayout, locale, db, { saved }] = await Promise.all([
    getTranslations("loanRequests"),
    getTranslations("loans"),
    getTranslations("disbursement"),
    getLocale(),
    getDb(),
    searchParams,
  ]);
  const { orderNo, page } = await searchParams;
  const { project, history } = await getOwnLoanRequest(db, user.id, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [company, payout] = await Promise.all([getOwnCompany(db, user.id), getCompanyPayout(db, user.id, project.id)]);
  // Once paid out: the repayment section (schedule as it stands today, payments).
  const repayment =
    payout.schedule.length > 0
      ? await getCompanyRepaymentView(db, user.id, project.id, {
          orderNo: typeof orderNo === "string" ? orderNo : undefined,
          page: parsePage(page),
        })
      : null;
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  const clock = getClock();
  const { schedule, totals } = projectSchedule(project, clock.now(), clock.zone);
  // What the company may do here, from the machine, lib/domain/permissions and the capability table.
  const editable = mayEditLoanDraft(project, user);
  const events = offeredEvents("LOAN_PROJECT", project, user, OFFERED);
  const buttons: Record<(typeof OFFERED)[number], ReactNode> = {
    SUBMIT: companyMayBorrow(company.status) ? (
      <SubmitLoanRequestButton projectId={project.id} />
    ) : (
      <p className="text-sm text-amber-800">{t("cannotSubmitNotice")}</p>
    ),
    WITHDRAW: <WithdrawLoanRequestButton projectId={project.id} />,
  };
  // The draft save's notice: gone once the draft is submitted, and never beside a later action's outcome.
  const showSaved = Boolean(saved) && editable && !(await isAnsweringAction());
  return (
    <ClientMessages namespaces={loanRequestActionsMessages}>
      <div className="space-y-6">
        <PageHeader title={project.title}>
          <LoanStatusBadge status={project.status} t={tLoans} />
        </PageHeader>
        {showSaved && <FlashNotice>{t("saved")}</FlashNotice>}
        {editable && project.lastReviewComment && (
          <p className="rounded-md bg-amber-50 p-3 text-amber-900" data-testid="review-comment">
            <strong>{t("reviewComment")}:</strong> {project.lastReviewComment}
          </p>
        )}
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{t("terms")}</h2>
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              <Term label={t("amount")} value={money(project.amountFen)} figure />
              <Term label={t("annualRate")} value={formatRateBp(project.annualRateBp)} figure />
              <Term label={t("termMonths")} value={t("monthsCount", { count: project.termMonths })} figure />
              <Term label={t("repaymentMethod")} value={t(`methods.${project.repaymentMethod}`)} />
              <Term label={t("fundraisingDays")} value={String(project.fundraisingDays)} />
              <Term label={t("minInvestment")} value={money(project.minInvestmentFen)} figure />
            </dl>
            <h3 className="mt-6 mb-2 font-medium">{t("purpose")}</h3>
            <p className="whitespace-pre-line text-sm text-slate-700">{project.purpose}</p>
            {payout.schedule.length === 0 && (
              <>
                <h3 className="mt-6 mb-2 font-medium">{t("preview")}</h3>
                <ScheduleTable schedule={schedule} totals={totals} caption={t("preview")} />
              </>
            )}
          </Card>
          <div className="space-y-6">
            <CompanyPayoutCard payouts={payout.payouts} />
            <Card>
              <div className="flex flex-col gap-3">
                {editable && (
                  <Link href={`/company/loans/${project.id}/edit`} className={`${buttonClasses("secondary")} hover:no-underline`}>
                    {t("edit")}
                  </Link>
                )}
                {events.map((event) => (
                  <Fragment key={event}>{buttons[event]}</Fragment>
                ))}
              </div>
            </Card>
            <Card>
              <h2 className="mb-4 text-lg font-semibold">{t("history")}</h2>
              <LoanStatusHistory history={history} />
            </Card>
          </div>
        </div>
        {repayment && <RepaymentCard projectId={project.id} view={repayment} />}
        {payout.schedule.length > 0 && (
          <Card>
            <h2 className="mb-2 text-lg font-semibold">{tPayout("companySchedule")}</h2>
            <p className="mb-3 text-sm text-slate-600" data-testid="stored-schedule-note">
              {tPayout("companyScheduleNote", { start: payout.startDate ?? "" })}
            </p>
            <ScheduleTable schedule={payout.schedule} totals={scheduleTotals(payout.schedule)} caption={tPayout("companySchedule")} />
          </Card>
        )}
      </div>
    </ClientMessages>
  );
}

/** `figure`: an amount, rate or term, kept on one line. */
function Term({ label, value, figure = false }: { label: string; value: string; figure?: boolean }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-medium">{figure ? <Figure>{value}</Figure> : value}</dd>
    </div>
  );
}
