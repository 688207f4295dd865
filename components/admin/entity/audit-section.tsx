import { getFormatter, getTranslations } from "next-intl/server";
import { actionLabelKey } from "@/lib/audit-log/describe-entry";
import type { AuditRow } from "@/lib/server/entity-records";
import type { Page } from "@/lib/shared/pagination";
import { EntitySection } from "./entity-section";
import { actorLabel, type Query } from "./labels";

/** The audit rows about a record and its requests, newest first: action, who, when and the reason recorded. */
export async function AuditSection({ list, basePath, query }: { list: Page<AuditRow>; basePath: string; query: Query }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <EntitySection
      title={t("entity.audit.title")}
      testId="entity-audit"
      list={list}
      empty={t("entity.audit.empty")}
      basePath={basePath}
      query={query}
      pageParam="ap"
    >
      <ul className="space-y-3 text-sm">
        {list.items.map((row) => (
          <li
            key={String(row.id)}
            className="border-l-2 border-slate-200 pl-3 break-words"
            data-testid="entity-audit-row"
            data-action={row.action}
          >
            <p>
              <strong>{t(actionLabelKey(row.action))}</strong>
            </p>
            <p className="text-xs text-slate-500">
              {actorLabel(t, row.actor, row.actorId)} · {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </p>
            {row.reason && <p className="mt-1 rounded bg-slate-50 p-2 whitespace-pre-line">{row.reason}</p>}
          </li>
        ))}
      </ul>
    </EntitySection>
  );
}
