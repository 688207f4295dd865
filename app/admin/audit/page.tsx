import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { isHighlightedAuditAction } from "@/lib/shared/audit-actions";

const PAGE_SIZE = 50;

function text(value: string | string[] | undefined): string | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  return v ? v.slice(0, 100) : undefined;
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePageRole(["ADMIN"], "/admin/audit");
  const query = await searchParams;
  const filter = { action: text(query.action), targetId: text(query.targetId) };
  const page = parsePage(query.page);
  const [t, tInvitations, format, db] = await Promise.all([
    getTranslations("admin"),
    getTranslations("invitations"),
    getFormatter(),
    getDb(),
  ]);
  const { items, total } = await listAuditLog(db, admin, filter, page, PAGE_SIZE);
  return (
    <div className="space-y-6">
      <PageHeader title={t("auditLog")} />
      <Card>
        <form method="get" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <Field label={t("auditAction")} name="action" defaultValue={filter.action ?? ""} />
          <Field label={t("auditTarget")} name="targetId" defaultValue={filter.targetId ?? ""} />
          <button type="submit" className={buttonClasses("secondary")}>
            {t("filter")}
          </button>
        </form>
      </Card>
      <Card>
        {items.length === 0 ? (
          <EmptyState>{t("auditEmpty")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b text-slate-500">
                <tr>
                  <th className="py-2 pr-4">{t("auditTime")}</th>
                  <th className="py-2 pr-4">{t("auditActor")}</th>
                  <th className="py-2 pr-4">{t("auditAction")}</th>
                  <th className="py-2 pr-4">{t("auditTarget")}</th>
                  <th className="py-2">{t("auditDetails")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((row) => (
                  <tr
                    key={String(row.id)}
                    className={`border-b align-top last:border-0 ${isHighlightedAuditAction(row.action) ? "bg-amber-50" : ""}`}
                    data-testid="audit-row"
                    data-highlighted={isHighlightedAuditAction(row.action) || undefined}
                  >
                    <td className="whitespace-nowrap py-2 pr-4">
                      {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                    </td>
                    <td className="py-2 pr-4">{row.actorName ?? t("auditSystem")}</td>
                    <td className="py-2 pr-4 font-mono text-xs">
                      {isHighlightedAuditAction(row.action) && (
                        <span
                          className="mb-1 block w-fit rounded bg-amber-200 px-1.5 py-0.5 font-sans font-semibold text-amber-950"
                          data-testid="audit-highlight"
                        >
                          {tInvitations(`audit${row.action}`)}
                        </span>
                      )}
                      {row.action}
                    </td>
                    <td className="py-2 pr-4 font-mono text-xs">
                      {row.targetType} {row.targetId}
                    </td>
                    <td className="max-w-md py-2">
                      <pre className="whitespace-pre-wrap break-all text-xs text-slate-600">{row.data ? JSON.stringify(row.data) : ""}</pre>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={total}
          basePath="/admin/audit"
          params={{ action: filter.action, targetId: filter.targetId }}
        />
      </Card>
    </div>
  );
}
