import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DifferenceList } from "@/components/reconciliation/difference-list";
import { FetchStatementForm, UploadStatementForm } from "@/components/reconciliation/import-forms";
import { importFormsMessages } from "@/components/reconciliation/import-forms.messages";
import { ImportList } from "@/components/reconciliation/import-list";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { addDays } from "@/lib/domain/dates";
import {
  type ReconciliationDifferenceKind,
  ReconciliationDifferenceKinds,
  type ReconciliationDifferenceStatus,
  ReconciliationDifferenceStatuses,
} from "@/lib/domain/machines/reconciliation-difference";
import { requirePageRole } from "@/lib/server/auth/session";
import { getClock, today } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { listDifferences, listStatementImports } from "@/lib/server/reconciliation";
import { can, rolesWith } from "@/lib/shared/capabilities";

const BASE = "/admin/reconciliation";

type Search = { page?: string; importsPage?: string; kind?: string; status?: string };

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return (values as readonly string[]).includes(value ?? "") ? (value as T) : undefined;
}

/**
 * Reconciliation (资金对账, issue 13 item 1): customer service imports the payment platform's statement (a file,
 * or fetched for business dates) and sees the open differences by kind; customer service, supervisors and the
 * admin read the imports and the differences (filtered by kind and status, paged). Resolving one is on its page.
 */
export default async function ReconciliationPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageRole(rolesWith("reconciliation.view"), BASE);
  const search = await searchParams;
  const page = parsePage(search.page);
  const importsPage = parsePage(search.importsPage);
  const kind = oneOf<ReconciliationDifferenceKind>(ReconciliationDifferenceKinds, search.kind);
  // Open differences unless the filter says otherwise ("ALL": any status, kept as such in the page links).
  const status: ReconciliationDifferenceStatus | undefined =
    search.status === undefined ? "OPEN" : oneOf(ReconciliationDifferenceStatuses, search.status);
  const [t, db] = await Promise.all([getTranslations("reconciliation"), getDb()]);
  const viewer = { id: user.id, role: user.role };
  const [imports, differences, ...openByKind] = await Promise.all([
    listStatementImports(db, viewer, importsPage),
    listDifferences(db, viewer, { kind, status, page }),
    ...ReconciliationDifferenceKinds.map((k) => listDifferences(db, viewer, { kind: k, status: "OPEN", page: 1 })),
  ]);
  const yesterday = addDays(today(getClock()), -1);
  const filterParams = { kind, status: status ?? "ALL" };

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>
        <Link prefetch={false} href={`${BASE}/report`} className={buttonClasses("secondary")}>
          {t("report.link")}
        </Link>
      </PageHeader>
      <p className="text-sm text-slate-600">{t("intro")}</p>

      {can(user.role, "reconciliation.import") && (
        <ClientMessages namespaces={importFormsMessages}>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <UploadStatementForm />
            </Card>
            <Card>
              <FetchStatementForm defaultDate={yesterday} />
            </Card>
          </div>
        </ClientMessages>
      )}

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("differences.countPerKind")}</h2>
        <dl className="grid grid-cols-2 gap-3 text-sm md:grid-cols-4" data-testid="open-by-kind">
          {ReconciliationDifferenceKinds.map((k, index) => (
            <div key={k} className="min-w-0 rounded-md border border-slate-200 p-3" data-testid={`open-${k}`}>
              <dt className="text-slate-500">{t(`kind.${k}`)}</dt>
              <dd className="mt-1 text-lg font-semibold">
                <Link prefetch={false} href={`${BASE}?kind=${k}&status=OPEN#differences`}>
                  {openByKind[index]?.total ?? 0}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </Card>

      <Card>
        <div id="differences" className="mb-4 flex flex-wrap items-end justify-between gap-4">
          <h2 className="text-lg font-semibold">
            {t("differences.title")} <span className="text-sm font-normal text-slate-500">({differences.total})</span>
          </h2>
          {/* A plain GET form: filtering works without JavaScript. */}
          <form method="get" action={BASE} className="flex flex-wrap items-end gap-3" data-testid="difference-filter">
            <label className="space-y-1 text-sm">
              <span className="block font-medium text-slate-700">{t("differences.kindLabel")}</span>
              <select name="kind" defaultValue={kind ?? ""} className="block rounded-md border border-slate-300 bg-white px-3 py-2">
                <option value="">{t("differences.anyKind")}</option>
                {ReconciliationDifferenceKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="space-y-1 text-sm">
              <span className="block font-medium text-slate-700">{t("differences.statusLabel")}</span>
              <select name="status" defaultValue={status ?? "ALL"} className="block rounded-md border border-slate-300 bg-white px-3 py-2">
                <option value="ALL">{t("differences.anyStatus")}</option>
                {ReconciliationDifferenceStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={buttonClasses("secondary")}>
              {t("differences.filter")}
            </button>
          </form>
        </div>
        {differences.items.length === 0 ? <EmptyState>{t("differences.empty")}</EmptyState> : <DifferenceList items={differences.items} />}
        <Pagination
          page={differences.page}
          pageSize={differences.pageSize}
          total={differences.total}
          basePath={BASE}
          params={{ ...filterParams, importsPage: importsPage > 1 ? String(importsPage) : undefined }}
        />
      </Card>

      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("imports.title")}</h2>
        {imports.items.length === 0 ? <EmptyState>{t("imports.empty")}</EmptyState> : <ImportList items={imports.items} />}
        {/* The imports' own page links (?importsPage=), keeping the differences' filter and page. */}
        <Pagination
          page={imports.page}
          pageSize={imports.pageSize}
          total={imports.total}
          basePath={BASE}
          pageParam="importsPage"
          params={{ ...filterParams, page: page > 1 ? String(page) : undefined }}
        />
      </Card>
    </div>
  );
}
