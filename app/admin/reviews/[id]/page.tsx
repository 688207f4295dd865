import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/admin/decision-form";
import { LoanStatusBadge } from "@/components/loans/status-badge";
import { LoanStatusHistory } from "@/components/status/status-history";
import { Card, PageHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { businessDateOf, fundraisingLastDay } from "@/lib/domain/dates";
import { formatMoney, formatRateBp, type MoneyLocale } from "@/lib/domain/money";
import { RISK_GRADES } from "@/lib/schemas/reviews";
import { requirePageRole } from "@/lib/server/auth/session";
import { getClock } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { isDomainError } from "@/lib/server/errors";
import { getLoanRequestForReview } from "@/lib/server/loan-requests/staff-loan-review";
import { passPreliminaryAction, publishLoanAction, rejectLoanAction, returnForRevisionAction } from "../actions";

export default async function LoanReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["CUSTOMER_SERVICE", "SUPERVISOR"], `/admin/reviews/${id}`);
  const [t, tl, tc, tLoans, locale, db] = await Promise.all([
    getTranslations("review"),
    getTranslations("loanRequests"),
    getTranslations("company"),
    getTranslations("loans"),
    getLocale(),
    getDb(),
  ]);
  const { project, history, otherProjects } = await getLoanRequestForReview(db, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  const hidden = { projectId: project.id };
  const isCs = user.role === "CUSTOMER_SERVICE";
  const isSup = user.role === "SUPERVISOR";
  const preliminary = project.status === "PENDING_REVIEW";
  const final = project.status === "PENDING_APPROVAL";
  const canDecide = (preliminary && (isCs || isSup)) || (final && isSup);
  // What publishing now would mean, by the publication service's own rules (business dates).
  const clock = getClock();
  const now = clock.now();

  return (
    <div className="space-y-6">
      <PageHeader title={project.title}>
        <LoanStatusBadge status={project.status} t={tLoans} />
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card>
            <dl className="grid gap-3 text-sm sm:grid-cols-3">
              <Item label={tl("amount")} value={money(project.amountFen)} />
              <Item label={tl("annualRate")} value={formatRateBp(project.annualRateBp)} />
              <Item label={tl("termMonths")} value={tl("monthsCount", { count: project.termMonths })} />
              <Item label={tl("repaymentMethod")} value={tl(`methods.${project.repaymentMethod}`)} />
              <Item label={tl("fundraisingDays")} value={String(project.fundraisingDays)} />
              <Item label={tl("minInvestment")} value={money(project.minInvestmentFen)} />
            </dl>
            <h2 className="mt-6 mb-2 font-medium">{tl("purpose")}</h2>
            <p className="whitespace-pre-line text-sm">{project.purpose}</p>
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{project.company.name}</h2>
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              <Item label={tc("statusLabel")} value={tc(`status.${project.company.status}`)} />
              <Item label={tc("creditCode")} value={project.company.creditCode} />
              <Item label={tc("legalRepresentative")} value={project.company.legalRepresentative} />
              <Item label={tc("industry")} value={project.company.industry} />
              <Item label={tc("registeredCapital")} value={money(project.company.registeredCapitalFen)} />
              <Item label={tc("address")} value={project.company.address ?? "–"} />
            </dl>
            {otherProjects.length > 0 && (
              <>
                <h3 className="mt-6 mb-2 font-medium">{t("otherProjects")}</h3>
                <ul className="space-y-1 text-sm">
                  {otherProjects.map((other) => (
                    <li key={other.id}>
                      {other.title} · {money(other.amountFen)} · {tLoans(`status.${other.status}`)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{t("decision")}</h2>
            {!canDecide && <p className="text-sm text-slate-500">{t("noDecisionHere")}</p>}
            <div className="space-y-4">
              {preliminary && isCs && (
                <DecisionForm
                  action={passPreliminaryAction}
                  hidden={hidden}
                  submitLabel={t("pass")}
                  confirmMessage={t("confirmPass")}
                  textLabel={t("comment")}
                  textName="comment"
                  testId="pass-form"
                />
              )}
              {final && isSup && project.passedById === user.id && <p className="text-sm text-amber-800">{t("youPassedIt")}</p>}
              {final && isSup && (
                <p className="text-sm text-slate-600" data-testid="publish-dates">
                  {t("publishDates", {
                    start: businessDateOf(now, clock.zone),
                    lastDay: fundraisingLastDay(now, project.fundraisingDays, clock.zone),
                  })}
                </p>
              )}
              {final && isSup && (
                <DecisionForm
                  action={publishLoanAction}
                  hidden={hidden}
                  submitLabel={t("publish")}
                  confirmMessage={t("confirmPublish")}
                  textLabel={t("comment")}
                  textName="comment"
                  testId="publish-form"
                >
                  <SelectField
                    label={t("riskGrade")}
                    name="riskGrade"
                    defaultValue="B"
                    options={RISK_GRADES.map((grade) => ({ value: grade, label: t(`riskGrades.${grade}`) }))}
                  />
                </DecisionForm>
              )}
              {canDecide && (
                <>
                  <DecisionForm
                    action={returnForRevisionAction}
                    hidden={hidden}
                    submitLabel={t("returnForRevision")}
                    confirmMessage={t("confirmReturn")}
                    textLabel={t("reason")}
                    variant="secondary"
                    testId="return-form"
                  />
                  <DecisionForm
                    action={rejectLoanAction}
                    hidden={hidden}
                    submitLabel={t("reject")}
                    confirmMessage={t("confirmReject")}
                    textLabel={t("reason")}
                    variant="danger"
                    testId="reject-form"
                  />
                </>
              )}
            </div>
          </Card>
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{tl("history")}</h2>
            <LoanStatusHistory history={history} />
          </Card>
        </div>
      </div>
    </div>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
