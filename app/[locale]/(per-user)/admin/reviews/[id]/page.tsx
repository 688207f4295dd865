import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { type Decision, DecisionForms } from "@/components/admin/decision-forms";
import { RecordLink } from "@/components/admin/entity/record-link";
import { CompanyRecordPanels } from "@/components/admin/subject/company-record-panels";
import { LoanProjectTerms } from "@/components/admin/subject/project-terms";
import { ScheduleTable } from "@/components/loans/schedule-table";
import { LoanStatusBadge } from "@/components/loans/status-badge";
import { LoanStatusHistory } from "@/components/status/status-history";
import { Card, PageHeader } from "@/components/ui/card";
import { businessDateOf, fundraisingLastDay } from "@/lib/domain/dates";
import type { LoanProjectEventType } from "@/lib/domain/machines/loan-project";
import { mayPerform, offeredEvents } from "@/lib/domain/permissions";
import { projectSchedule } from "@/lib/domain/schedules";
import { RISK_GRADES } from "@/lib/schemas/reviews";
import { requirePageRole } from "@/lib/server/auth/session";
import { getClock } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { getLoanReviewContext } from "@/lib/server/decision-context/loan-review-context";
import { pendingProjectRequests } from "@/lib/server/disbursement/cancel-project";
import { isDomainError } from "@/lib/server/errors";
import { passPreliminaryAction, publishLoanProjectAction, rejectLoanProjectAction, returnForRevisionAction } from "../actions";
import { requestProjectCancelAction } from "../cancel-actions";

/** The maker-checker request this page offers customer service (a supervisor decides it). */
const CANCEL = ["CANCEL"] as const satisfies readonly LoanProjectEventType[];

/** The review decisions this page has forms for, in the page's order. */
const OFFERED = ["PASS_PRELIMINARY", "PUBLISH", "RETURN_FOR_REVISION", "REJECT"] as const satisfies readonly LoanProjectEventType[];

export default async function LoanReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["CUSTOMER_SERVICE", "SUPERVISOR"], `/admin/reviews/${id}`);
  const [t, tl, ts, tLoans, db] = await Promise.all([
    getTranslations("review"),
    getTranslations("loanRequests"),
    getTranslations("subject"),
    getTranslations("loans"),
    getDb(),
  ]);
  const { project, history, company } = await getLoanReviewContext(db, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const tCancel = await getTranslations("disbursement");
  // Customer service may ask to cancel a fundraising project (流标), unless a request is already waiting.
  const pendingRequests = await pendingProjectRequests(db, project.id);
  const cancelEvents = offeredEvents("LOAN_PROJECT", { ...project, pendingRequests }, user, CANCEL);
  const cancelPending = pendingRequests.includes("CANCEL");
  const hidden = { projectId: project.id };
  // What this user may decide here, from the machine and lib/domain/permissions (the service checks the same).
  const events = offeredEvents("LOAN_PROJECT", project, user, OFFERED);
  const publishPermission = mayPerform("LOAN_PROJECT", project, "PUBLISH", user);
  const passedItHimself = !publishPermission.ok && publishPermission.code === "GUARD_FAILED";
  // What publishing now would mean, by the publication service's own rules (business dates).
  const clock = getClock();
  const now = clock.now();
  const { startDate, schedule, totals } = projectSchedule(project, now, clock.zone);
  // One decision per event: its action, wording and text field.
  const decisions: Record<(typeof OFFERED)[number], Decision> = {
    PASS_PRELIMINARY: {
      action: passPreliminaryAction,
      submitLabel: t("pass"),
      confirmMessage: t("confirmPass"),
      textLabel: t("comment"),
      textName: "comment",
      testId: "pass-form",
    },
    PUBLISH: {
      before: (
        <p className="text-sm text-slate-600" data-testid="publish-dates">
          {t("publishDates", {
            start: businessDateOf(now, clock.zone),
            lastDay: fundraisingLastDay(now, project.fundraisingDays, clock.zone),
          })}
        </p>
      ),
      action: publishLoanProjectAction,
      submitLabel: t("publish"),
      confirmMessage: t("confirmPublish"),
      textLabel: t("comment"),
      textName: "comment",
      testId: "publish-form",
      choice: {
        name: "riskGrade",
        label: t("riskGrade"),
        placeholder: ts("choose"),
        options: RISK_GRADES.map((grade) => ({ value: grade, label: t(`riskGrades.${grade}`) })),
      },
    },
    RETURN_FOR_REVISION: {
      action: returnForRevisionAction,
      submitLabel: t("returnForRevision"),
      confirmMessage: t("confirmReturn"),
      textLabel: t("reason"),
      variant: "secondary",
      testId: "return-form",
    },
    REJECT: {
      action: rejectLoanProjectAction,
      submitLabel: t("reject"),
      confirmMessage: t("confirmReject"),
      textLabel: t("reason"),
      variant: "danger",
      testId: "reject-form",
    },
  };

  return (
    <div className="space-y-6">
      <PageHeader title={project.title}>
        <LoanStatusBadge status={project.status} t={tLoans} />
      </PageHeader>
      <RecordLink href={`/admin/projects/${project.id}`} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          <Card>
            <LoanProjectTerms project={project} />
          </Card>
          <Card>
            <h2 className="mb-2 text-lg font-semibold">{ts("schedule")}</h2>
            <p className="mb-3 text-sm text-slate-600" data-testid="schedule-note">
              {project.publishedAt ? ts("scheduleFrom", { start: startDate }) : ts("scheduleNote", { start: startDate })}
            </p>
            <ScheduleTable schedule={schedule} totals={totals} caption={ts("schedule")} />
          </Card>
          <Card>
            <CompanyRecordPanels record={company} />
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{t("decision")}</h2>
            {events.length === 0 && !passedItHimself && <p className="text-sm text-slate-500">{t("noDecisionHere")}</p>}
            <div className="space-y-4">
              {passedItHimself && <p className="text-sm text-amber-800">{t("youPassedIt")}</p>}
              <DecisionForms events={events} decisions={decisions} hidden={hidden} />
            </div>
          </Card>
          {(cancelEvents.length > 0 || cancelPending) && (
            <Card>
              <h2 className="mb-2 text-lg font-semibold">{tCancel("cancelTitle")}</h2>
              {cancelPending ? (
                <p className="text-sm text-amber-800" data-testid="cancel-pending">
                  {tCancel("cancelPending")}
                </p>
              ) : (
                <>
                  <p className="mb-3 text-sm text-slate-600">{tCancel("cancelNote")}</p>
                  <DecisionForms
                    events={cancelEvents}
                    decisions={{
                      CANCEL: {
                        action: requestProjectCancelAction,
                        submitLabel: tCancel("cancelSubmit"),
                        confirmMessage: tCancel("confirmCancel"),
                        textLabel: tCancel("reason"),
                        variant: "danger",
                        testId: "cancel-request-form",
                      },
                    }}
                    hidden={hidden}
                  />
                </>
              )}
            </Card>
          )}
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{tl("history")}</h2>
            <LoanStatusHistory history={history} />
          </Card>
        </div>
      </div>
    </div>
  );
}
