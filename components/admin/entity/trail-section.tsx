import { getFormatter, getTranslations } from "next-intl/server";
import { actionLabelKey } from "@/lib/audit-log/describe-entry";
import type { AuditRow, RecordType, StatusHistoryRow } from "@/lib/server/entity-records";
import type { Page } from "@/lib/shared/pagination";
import { EntitySection } from "./entity-section";
import { actorLabel, eventLabel, type Query, statusLabel } from "./labels";

/**
 * What tells a record page's two trails apart: its section and row test ids, its page parameter, and whether
 * its rows are an ordered list (the status history reads as a sequence; the audit rows are a log).
 */
const TRAILS = {
  history: { key: "entity.history", testId: "entity-history", rowTestId: "history-row", pageParam: "hp", List: "ol" },
  audit: { key: "entity.audit", testId: "entity-audit", rowTestId: "entity-audit-row", pageParam: "ap", List: "ul" },
} as const;

/**
 * One of a record's trails, newest first, each row its headline, who, when (China Standard Time) and the
 * reason recorded:
 * - `history`: the status changes (event, from → to);
 * - `audit`: the audit rows about the record and its requests (the action; the row carries it as `data-action`).
 */
export async function TrailSection(
  props: { basePath: string; query: Query } & (
    | { kind: "history"; type: RecordType; list: Page<StatusHistoryRow> }
    | { kind: "audit"; list: Page<AuditRow> }
  ),
) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { key, testId, rowTestId, pageParam, List } = TRAILS[props.kind];
  const list: Page<StatusHistoryRow | AuditRow> = props.list;
  const rows: { row: StatusHistoryRow | AuditRow; action?: string; headline: React.ReactNode }[] =
    props.kind === "history"
      ? props.list.items.map((row) => ({
          row,
          headline: (
            <>
              <strong>{eventLabel(t, props.type, row.event)}</strong>
              <span className="text-slate-600" data-testid="history-change">
                {" "}
                · {row.fromStatus ? `${statusLabel(t, props.type, row.fromStatus)} → ` : ""}
                {statusLabel(t, props.type, row.toStatus)}
              </span>
            </>
          ),
        }))
      : props.list.items.map((row) => ({ row, action: row.action, headline: <strong>{t(actionLabelKey(row.action))}</strong> }));
  return (
    <EntitySection
      title={t(`${key}.title`)}
      testId={testId}
      list={list}
      empty={t(`${key}.empty`)}
      basePath={props.basePath}
      query={props.query}
      pageParam={pageParam}
    >
      <List className="space-y-3 text-sm">
        {rows.map(({ row, action, headline }) => (
          <li key={String(row.id)} className="border-l-2 border-slate-200 pl-3 break-words" data-testid={rowTestId} data-action={action}>
            <p>{headline}</p>
            <p className="text-xs text-slate-500">
              {actorLabel(t, row.actor, row.actorId)} · {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </p>
            {row.reason && <p className="mt-1 rounded bg-slate-50 p-2 whitespace-pre-line">{row.reason}</p>}
          </li>
        ))}
      </List>
    </EntitySection>
  );
}
