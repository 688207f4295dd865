import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { type Decision, DecisionForms } from "@/components/admin/decision-forms";
import { QueueShell } from "@/components/admin/queue-shell";
import { Card } from "@/components/ui/card";
import { parsePage } from "@/components/ui/pagination";
import type { ReviewRequestEventType } from "@/lib/domain/machines/review-request";
import { offeredEvents } from "@/lib/domain/permissions";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { listOwnReviewRequests } from "@/lib/server/review-requests";
import { cancelOwnRequestAction } from "./actions";

const PAGE_SIZE = 20;

/** The events on one's own review request (审批单) this page has a form for. */
const OFFERED = ["CANCEL"] as const satisfies readonly ReviewRequestEventType[];

/** Where staff see the whole subject of a request, by target type. */
const SUBJECT_PAGES: Partial<Record<string, string>> = { COMPANY: "/admin/companies", LOAN_PROJECT: "/admin/reviews" };

export default async function OwnRequestsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageRole(["CUSTOMER_SERVICE"], "/admin/requests");
  const page = parsePage((await searchParams).page);
  const [t, ts, format, db] = await Promise.all([getTranslations("review"), getTranslations("subject"), getFormatter(), getDb()]);
  const requests = await listOwnReviewRequests(db, user.id, page, PAGE_SIZE);
  // Its maker withdraws a request while it is pending (lib/domain/permissions, the review request machine).
  const decisions: Record<(typeof OFFERED)[number], Decision> = {
    CANCEL: {
      action: cancelOwnRequestAction,
      submitLabel: t("cancelRequest"),
      confirmMessage: t("confirmCancelRequest"),
      textLabel: t("comment"),
      variant: "secondary",
      testId: "cancel-request-form",
    },
  };
  return (
    <QueueShell
      title={t("queueTitleOwnRequests")}
      exportList="ownRequests"
      count={t("pendingCount", { count: requests.pending })}
      empty={t("noOwnRequests")}
      list={requests}
      basePath="/admin/requests"
      rows="cards"
    >
      {requests.items.map((request) => (
        <Card key={request.id}>
          <div className="space-y-2" data-testid="own-request-row">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-semibold break-words">
                {t.has(`actions.${request.action}`) ? t(`actions.${request.action}`) : request.action}: {request.target.name}
              </h2>
              <span className="text-sm">
                <strong data-testid="request-status">{t(`requestStatus.${request.status}`)}</strong> ·{" "}
                {format.dateTime(request.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </span>
            </div>
            <p className="rounded bg-slate-50 p-2 text-sm break-words">{request.reason}</p>
            {SUBJECT_PAGES[request.targetType] && (
              <Link href={`${SUBJECT_PAGES[request.targetType]}/${request.targetId}`} className="text-sm" data-testid="subject-link">
                {request.targetType === "COMPANY" ? ts("openCompany") : ts("openProject")}
              </Link>
            )}
            {request.decisionReason && (
              <p className="text-sm text-slate-700">
                {t("decisionReason")}: {request.decisionReason}
              </p>
            )}
            <DecisionForms
              events={offeredEvents("REVIEW_REQUEST", request, user, OFFERED)}
              decisions={decisions}
              hidden={{ requestId: request.id }}
            />
          </div>
        </Card>
      ))}
    </QueueShell>
  );
}
