import { getFormatter, getTranslations } from "next-intl/server";
import type { RecordType, ReviewRequestRow } from "@/lib/server/entity-records";
import type { Page } from "@/lib/shared/pagination";
import { EntitySection } from "./entity-section";
import { actorLabel, eventLabel, type Query } from "./labels";

/** The maker-checker requests about a record, newest first: what was asked, maker and reason, checker and decision. */
export async function ReviewRequestsSection({
  type,
  list,
  basePath,
  query,
}: {
  type: RecordType;
  list: Page<ReviewRequestRow>;
  basePath: string;
  query: Query;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const time = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  return (
    <EntitySection
      title={t("entity.requests.title")}
      testId="entity-requests"
      list={list}
      empty={t("entity.requests.empty")}
      basePath={basePath}
      query={query}
      pageParam="rp"
    >
      <ul className="space-y-3 text-sm">
        {list.items.map((request) => (
          <li key={request.id} className="space-y-1 border-l-2 border-slate-200 pl-3 break-words" data-testid="request-row">
            <p>
              <strong>{eventLabel(t, type, request.action)}</strong> ·{" "}
              <span data-testid="request-status">{t(`review.requestStatus.${request.status}`)}</span>
            </p>
            <p className="text-slate-700" data-testid="request-maker">
              {t("entity.requests.maker", { who: actorLabel(t, request.maker, "maker"), at: time(request.createdAt) })}
            </p>
            <p className="rounded bg-slate-50 p-2 whitespace-pre-line">{request.reason}</p>
            {request.checker && (
              <p className="text-slate-700" data-testid="request-checker">
                {t("entity.requests.checker", {
                  who: actorLabel(t, request.checker, "checker"),
                  at: request.decidedAt ? time(request.decidedAt) : "—",
                })}
                {request.decisionReason && `: ${request.decisionReason}`}
              </p>
            )}
          </li>
        ))}
      </ul>
    </EntitySection>
  );
}
