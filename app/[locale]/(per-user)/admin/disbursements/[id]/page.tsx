import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/admin/decision-form";
import { type Decision, DecisionForms } from "@/components/admin/decision-forms";
import { RecordLink } from "@/components/admin/entity/record-link";
import { LoanProjectTerms } from "@/components/admin/subject/project-terms";
import { LoanStatusBadge } from "@/components/loans/status-badge";
import { LoanStatusHistory } from "@/components/status/status-history";
import { Card, PageHeader } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import type { LoanProjectEventType } from "@/lib/domain/machines/loan-project";
import { formatMoney, formatRateBp, type MoneyLocale } from "@/lib/domain/money";
import { offeredEvents } from "@/lib/domain/permissions";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { getDisbursementReview } from "@/lib/server/disbursement/read-disbursement-review";
import { isDomainError } from "@/lib/server/errors";
import { can } from "@/lib/shared/capabilities";
import { approveDisbursementAction, reissuePayoutAction, rejectDisbursementAction } from "../actions";

/** The decisions this page has forms for, in the page's order. */
const OFFERED = ["APPROVE_DISBURSEMENT", "REJECT_DISBURSEMENT"] as const satisfies readonly LoanProjectEventType[];

/** One fully funded project's full-subscription review: investments, the company's card, fee and net payout. */
export default async function DisbursementReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["SUPERVISOR"], `/admin/disbursements/${id}`);
  const [t, tl, tLoans, format, locale, db] = await Promise.all([
    getTranslations("disbursement"),
    getTranslations("loanRequests"),
    getTranslations("loans"),
    getFormatter(),
    getLocale(),
    getDb(),
  ]);
  const review = await getDisbursementReview(db, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { project } = review;
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  const events = offeredEvents("LOAN_PROJECT", project, user, OFFERED);
  const decisions: Record<(typeof OFFERED)[number], Decision> = {
    APPROVE_DISBURSEMENT: {
      action: approveDisbursementAction,
      submitLabel: t("approve"),
      confirmMessage: t("confirmApprove"),
      testId: "approve-disbursement-form",
    },
    REJECT_DISBURSEMENT: {
      action: rejectDisbursementAction,
      submitLabel: t("reject"),
      confirmMessage: t("confirmReject"),
      textLabel: t("reason"),
      variant: "danger",
      testId: "reject-disbursement-form",
    },
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("reviewTitle", { title: project.title })}>
        <LoanStatusBadge status={project.status} t={tLoans} />
      </PageHeader>
      <RecordLink href={`/admin/projects/${project.id}`} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          <Card>
            <p className="mb-3 text-sm text-slate-600">
              {t("company")}: <span className="font-medium text-slate-900">{project.company.name}</span>
            </p>
            <LoanProjectTerms project={project} />
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("investments")}</h2>
            {review.investments.length === 0 ? (
              <p className="text-sm text-slate-500">{t("noInvestments")}</p>
            ) : (
              <ul className="divide-y text-sm" data-testid="review-investments">
                {review.investments.map((investment) => (
                  <li key={investment.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      {investment.investor} · <Figure>{money(investment.amountFen)}</Figure>
                      <span className="block text-xs text-slate-500">
                        {format.dateTime(investment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </span>
                    </span>
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs ${investment.awaitingReview ? "bg-amber-100 text-amber-800" : "bg-slate-100 text-slate-700"}`}
                    >
                      {t(`investmentStatus.${investment.status}`)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("payoutTitle")}</h2>
            <dl className="space-y-2 text-sm" data-testid="payout-preview">
              <Row label={t("loanAmount")} value={money(project.amountFen)} />
              <Row label={t("fee", { rate: formatRateBp(review.feeBp) })} value={money(review.feeFen)} />
              <Row label={t("net")} value={money(review.netFen)} strong />
              <Row label={t("card")} value={review.card ? t("cardValue", { bank: review.card.bankName, last4: review.card.last4 }) : "—"} />
            </dl>
            <p className="mt-3 text-xs text-slate-500">{t("feeNote")}</p>
            {!review.card && <p className="mt-3 text-sm text-amber-800">{t("noCard")}</p>}
          </Card>
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{t("decision")}</h2>
            {review.pendingInvestments > 0 && events.length > 0 && (
              <p className="mb-3 text-sm text-amber-800" data-testid="not-all-confirmed">
                {t("notAllConfirmed", { count: review.pendingInvestments })}
              </p>
            )}
            {review.underfunded && events.length > 0 && (
              <p className="mb-3 text-sm text-amber-800" data-testid="underfunded">
                {t("underfunded", { funded: money(project.fundedFen) })}
              </p>
            )}
            {events.length === 0 && <p className="text-sm text-slate-500">{t("noDecision")}</p>}
            <div className="space-y-4">
              <DecisionForms events={events} decisions={decisions} hidden={{ projectId: project.id }} />
            </div>
          </Card>
          {review.payouts.length > 0 && (
            <Card>
              <h2 className="mb-3 text-lg font-semibold">{t("payouts")}</h2>
              {review.failedPayoutToReplace && can(user.role, "payout.reissue") && (
                <div className="mb-4">
                  <p className="mb-2 text-sm text-amber-800">{t("reissueNote")}</p>
                  <DecisionForm
                    action={reissuePayoutAction}
                    hidden={{ projectId: project.id }}
                    submitLabel={t("reissue")}
                    confirmMessage={t("confirmReissue")}
                    testId="reissue-payout-form"
                  />
                </div>
              )}
              <ul className="space-y-2 text-sm">
                {review.payouts.map((payout) => (
                  <li key={payout.id}>
                    {t(`payoutStatus.${payout.status}`)} · <Figure>{money(payout.amountFen)}</Figure>
                    {payout.externalSerial && <span className="block text-xs text-slate-500">{payout.externalSerial}</span>}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{tl("history")}</h2>
            <LoanStatusHistory history={review.history} />
          </Card>
        </div>
      </div>
    </div>
  );
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className="flex flex-wrap justify-between gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className={strong ? "font-semibold" : "font-medium"}>
        <Figure>{value}</Figure>
      </dd>
    </div>
  );
}
