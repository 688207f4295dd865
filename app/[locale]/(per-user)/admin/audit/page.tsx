import Link from "next/link";
import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { AuditEntryCard } from "@/components/admin/audit-entry-card";
import { ExportCsvLink } from "@/components/admin/export-csv-link";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { AUDIT_ACTOR_FILTERS, AUDIT_SUBJECT_TYPES, auditActionGroups } from "@/lib/audit-log/actions";
import { actionLabelKey, describeAuditEntry } from "@/lib/audit-log/describe-entry";
import { auditFilterParams, parseAuditFilter } from "@/lib/audit-log/filter";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";

const PAGE_SIZE = 50;

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePageRole(["ADMIN"], "/admin/audit");
  const query = await searchParams;
  const { filter, problems } = parseAuditFilter(query);
  const page = parsePage(query.page);
  const [t, tAdmin, format, zone, db] = await Promise.all([
    getTranslations(),
    getTranslations("admin"),
    getFormatter(),
    getTimeZone(),
    getDb(),
  ]);
  const { items, total } = await listAuditLog(db, admin, filter, page, PAGE_SIZE);
  const selectClasses = "block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm";
  return (
    <div className="space-y-6">
      <PageHeader title={tAdmin("auditLog")}>
        <span className="text-sm text-slate-500" data-testid="audit-count">
          {t("audit.count", { total })}
        </span>
        <ExportCsvLink list="auditLog" query={auditFilterParams(filter)} />
      </PageHeader>
      <Card>
        <form method="get" className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3" aria-label={t("audit.filter.legend")}>
          <div className="col-span-2 space-y-1 lg:col-span-1">
            <label htmlFor="audit-action" className="block text-sm font-medium text-slate-700">
              {t("audit.filter.action")}
            </label>
            <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={selectClasses}>
              <option value="">{t("audit.filter.anyAction")}</option>
              {auditActionGroups().map((group) => (
                <optgroup key={group.subjectType} label={t(`audit.subjectTypes.${group.subjectType}`)}>
                  {group.actions.map((action) => (
                    <option key={action} value={action}>
                      {t(actionLabelKey(action))}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="min-w-0 space-y-1">
            <label htmlFor="audit-actor" className="block text-sm font-medium text-slate-700">
              {t("audit.filter.actorRole")}
            </label>
            <select id="audit-actor" name="actorRole" defaultValue={filter.actorRole ?? ""} className={selectClasses}>
              <option value="">{t("audit.filter.anyActor")}</option>
              {AUDIT_ACTOR_FILTERS.map((role) => (
                <option key={role} value={role}>
                  {role === "SYSTEM" ? t("audit.filter.system") : t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="min-w-0 space-y-1">
            <label htmlFor="audit-subject" className="block text-sm font-medium text-slate-700">
              {t("audit.filter.subjectType")}
            </label>
            <select id="audit-subject" name="subjectType" defaultValue={filter.subjectType ?? ""} className={selectClasses}>
              <option value="">{t("audit.filter.anySubject")}</option>
              {AUDIT_SUBJECT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`audit.subjectTypes.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <Field
            label={t("audit.filter.subjectId")}
            name="subjectId"
            defaultValue={filter.subjectId ?? ""}
            hint={t("audit.filter.subjectIdHint")}
            maxLength={100}
            className="col-span-2 lg:col-span-1"
          />
          <Field
            label={t("audit.filter.from")}
            name="from"
            type="date"
            defaultValue={filter.from ?? ""}
            hint={t("audit.filter.dateHint", { zone })}
            className="min-w-0"
          />
          <Field label={t("audit.filter.to")} name="to" type="date" defaultValue={filter.to ?? ""} className="min-w-0" />
          <div className="col-span-2 flex flex-wrap items-center gap-3 lg:col-span-3">
            <button type="submit" className={buttonClasses("secondary")}>
              {t("audit.filter.submit")}
            </button>
            <Link href="/admin/audit" className="text-sm text-brand-700 underline">
              {t("audit.filter.reset")}
            </Link>
          </div>
        </form>
        {problems.length > 0 && (
          <div
            role="alert"
            className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
            data-testid="audit-filter-problems"
          >
            <p className="font-medium">{t("audit.problems.title")}</p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {problems.map((problem) => (
                <li key={problem.key} className="break-words">
                  {t(`audit.problems.${problem.key}`, problem.values)}
                </li>
              ))}
            </ul>
          </div>
        )}
      </Card>
      <Card className="p-4 sm:p-6">
        {items.length === 0 ? (
          <EmptyState>{tAdmin("auditEmpty")}</EmptyState>
        ) : (
          <ol className="divide-y divide-slate-200">
            {items.map((entry) => (
              <AuditEntryCard
                key={entry.id}
                entry={entry}
                sentence={describeAuditEntry(entry, admin.role, t)}
                time={format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
              />
            ))}
          </ol>
        )}
        <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/admin/audit" params={auditFilterParams(filter)} />
      </Card>
    </div>
  );
}
