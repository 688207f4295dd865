import { getFormatter, getTranslations } from "next-intl/server";
import { type Decision, DecisionForms } from "@/components/admin/decision-forms";
import { QueueShell } from "@/components/admin/queue-shell";
import { CompanyRecordPanels } from "@/components/admin/subject/company-record-panels";
import { MakerReason } from "@/components/admin/subject/maker-reason";
import { LoanProjectTerms } from "@/components/admin/subject/project-terms";
import { OutflowSummary } from "@/components/outflows/outflow-summary";
import { DifferenceSummary } from "@/components/reconciliation/difference-summary";
import { LoanStatusHistory } from "@/components/status/status-history";
import { Card } from "@/components/ui/card";
import { parsePage } from "@/components/ui/pagination";
import type { ReviewRequestEventType } from "@/lib/domain/machines/review-request";
import { mayPerform, offeredEvents } from "@/lib/domain/permissions";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { loadApprovalSubjects } from "@/lib/server/decision-context/approval-subjects";
import { listPendingApprovals } from "@/lib/server/review-requests";
import { approveRequestAction, rejectRequestAction } from "./actions";

const PAGE_SIZE = 20;

/** The decisions on a review request (审批单) this page has forms for, in the page's order. */
const OFFERED = ["APPROVE", "REJECT"] as const satisfies readonly ReviewRequestEventType[];

export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageRole(["SUPERVISOR"], "/admin/approvals");
  const page = parsePage((await searchParams).page);
  const [t, ts, format, db] = await Promise.all([getTranslations("review"), getTranslations("subject"), getFormatter(), getDb()]);
  const approvals = await listPendingApprovals(db, page, PAGE_SIZE);
  const subjects = await loadApprovalSubjects(db, approvals.items);
  const decisions: Record<(typeof OFFERED)[number], Decision> = {
    APPROVE: {
      action: approveRequestAction,
      submitLabel: t("approve"),
      confirmMessage: t("confirmApprove"),
      textLabel: t("comment"),
      testId: "approve-form",
    },
    REJECT: {
      action: rejectRequestAction,
      submitLabel: t("reject"),
      confirmMessage: t("confirmReject"),
      textLabel: t("decisionReason"),
      variant: "danger",
      testId: "reject-form",
    },
  };
  return (
    <QueueShell
      title={t("queueTitleApprovals")}
      list={approvals}
      basePath="/admin/approvals"
      rows="cards"
      exportList="statusChangeApprovals"
    >
      {approvals.items.map((request) => {
        const subject = subjects.get(request.id);
        // A supervisor decides any request but their own (maker ≠ checker), by lib/domain/permissions.
        const events = offeredEvents("REVIEW_REQUEST", request, user, OFFERED);
        const approval = mayPerform("REVIEW_REQUEST", request, "APPROVE", user);
        const ownRequest = !approval.ok && approval.code === "SELF_APPROVAL";
        return (
          <Card key={request.id}>
            <div data-testid="approval-row" className="space-y-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold break-words">
                  {t.has(`actions.${request.action}`) ? t(`actions.${request.action}`) : request.action}: {request.target.name}
                </h2>
                <span className="text-sm text-slate-500">
                  {t(`entities.${request.targetType}`)} · {t("maker")}: {request.makerName} ·{" "}
                  {format.dateTime(request.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </span>
              </div>
              <MakerReason makerName={request.makerName} createdAt={request.createdAt} reason={request.reason} />
              <div className="space-y-5 rounded-md border border-slate-200 p-4" data-testid="approval-subject">
                {!subject && <p className="text-sm text-slate-500">{ts("subjectMissing")}</p>}
                {subject?.kind === "LOAN_PROJECT" && (
                  <>
                    <LoanProjectTerms project={subject.project} link />
                    <div>
                      <h3 className="mb-2 font-medium">{ts("projectHistory")}</h3>
                      <LoanStatusHistory history={subject.history} />
                    </div>
                  </>
                )}
                {subject?.kind === "OUTFLOW" && <OutflowSummary outflow={subject.outflow} />}
                {subject?.kind === "RECONCILIATION_DIFFERENCE" && <DifferenceSummary difference={subject.difference} />}
                {(subject?.kind === "COMPANY" || subject?.kind === "LOAN_PROJECT") && (
                  <CompanyRecordPanels record={subject.company} exceptRequestId={request.id} />
                )}
              </div>
              {events.length > 0 ? (
                <div className="grid gap-4 md:grid-cols-2">
                  <DecisionForms events={events} decisions={decisions} hidden={{ requestId: request.id }} />
                </div>
              ) : (
                ownRequest && <p className="text-sm text-amber-800">{t("ownRequest")}</p>
              )}
            </div>
          </Card>
        );
      })}
    </QueueShell>
  );
}
