import { getFormatter, getTranslations } from "next-intl/server";
import type { RecordType, StatusHistoryRow } from "@/lib/server/entity-records";
import type { Page } from "@/lib/shared/pagination";
import { EntitySection } from "./entity-section";
import { actorLabel, eventLabel, type Query, statusLabel } from "./labels";

/** A record's status changes, newest first: event, from → to, who, when (China Standard Time) and the reason. */
export async function StatusHistorySection({
  type,
  list,
  basePath,
  query,
}: {
  type: RecordType;
  list: Page<StatusHistoryRow>;
  basePath: string;
  query: Query;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <EntitySection
      title={t("entity.history.title")}
      testId="entity-history"
      list={list}
      empty={t("entity.history.empty")}
      basePath={basePath}
      query={query}
      pageParam="hp"
    >
      <ol className="space-y-3 text-sm">
        {list.items.map((row) => (
          <li key={String(row.id)} className="border-l-2 border-slate-200 pl-3 break-words" data-testid="history-row">
            <p>
              <strong>{eventLabel(t, type, row.event)}</strong>
              <span className="text-slate-600" data-testid="history-change">
                {" "}
                · {row.fromStatus ? `${statusLabel(t, type, row.fromStatus)} → ` : ""}
                {statusLabel(t, type, row.toStatus)}
              </span>
            </p>
            <p className="text-xs text-slate-500">
              {actorLabel(t, row.actor, row.actorId)} · {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </p>
            {row.reason && <p className="mt-1 rounded bg-slate-50 p-2 whitespace-pre-line">{row.reason}</p>}
          </li>
        ))}
      </ol>
    </EntitySection>
  );
}
