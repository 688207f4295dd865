import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ExportCsvLink } from "@/components/admin/export-csv-link";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import type { CompanyStatus } from "@/lib/domain/machines/company";
import type { listCompaniesByStatus } from "@/lib/server/companies/list-companies-by-status";

type CompanyPage = Awaited<ReturnType<typeof listCompaniesByStatus>>;

/** Companies in one status, each linking to its page (status requests are filed there). */
export async function CompanyDirectory({ status, list, tabs }: { status: CompanyStatus; list: CompanyPage; tabs: React.ReactNode }) {
  const [t, tc, format] = await Promise.all([getTranslations("companyStatus.directory"), getTranslations("company"), getFormatter()]);
  return (
    <div>
      <PageHeader title={t("title", { status: tc(`status.${status}`) })}>
        <span className="text-sm text-slate-500" data-testid="queue-count">
          {t("count", { count: list.total })}
        </span>
        <ExportCsvLink list="companies" query={{ status }} />
      </PageHeader>
      {tabs}
      <Card>
        {list.items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="divide-y">
            {list.items.map((company) => (
              <li key={company.id} className="py-3" data-testid="company-row">
                <Link href={`/admin/companies/${company.id}`} className="font-medium break-words">
                  {company.name}
                </Link>
                <p className="text-sm break-words text-slate-500">
                  {company.creditCode} · {company.industry}
                  {company.activatedAt && ` · ${t("activatedOn", { date: format.dateTime(company.activatedAt, { dateStyle: "medium" }) })}`}
                </p>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/admin/companies" params={{ status }} />
      </Card>
    </div>
  );
}
