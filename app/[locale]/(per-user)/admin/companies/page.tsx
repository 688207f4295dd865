import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CompanyDirectory } from "@/components/admin/company/company-directory";
import { CompanyStatusTabs } from "@/components/admin/company/company-status-tabs";
import { QueueShell } from "@/components/admin/queue-shell";
import { parsePage } from "@/components/ui/pagination";
import { companyDirectoryStatus } from "@/lib/schemas/company-directory";
import { requirePageRole } from "@/lib/server/auth/session";
import { listCompanyVerificationQueue } from "@/lib/server/companies/company-verification-review";
import { listCompaniesByStatus } from "@/lib/server/companies/list-companies-by-status";
import { getDb } from "@/lib/server/db";

const PAGE_SIZE = 20;

/** The company verification queue (企业认证) or, with ?status=, the companies in that status. */
export default async function CompanyVerificationQueuePage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; status?: string }>;
}) {
  await requirePageRole(["CUSTOMER_SERVICE", "SUPERVISOR"], "/admin/companies");
  const query = await searchParams;
  const page = parsePage(query.page);
  const status = companyDirectoryStatus.parse(query.status);
  const [t, format, db] = await Promise.all([getTranslations("review"), getFormatter(), getDb()]);
  const tabs = <CompanyStatusTabs current={status} />;
  if (status) return <CompanyDirectory status={status} list={await listCompaniesByStatus(db, status, page, PAGE_SIZE)} tabs={tabs} />;
  const queue = await listCompanyVerificationQueue(db, page, PAGE_SIZE);
  return (
    <>
      {tabs}
      <QueueShell title={t("queueTitleCompanies")} list={queue} basePath="/admin/companies" exportList="companies">
        <ul className="divide-y">
          {queue.items.map((company) => (
            <li key={company.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="queue-row">
              <div>
                <Link href={`/admin/companies/${company.id}`} className="font-medium">
                  {company.name}
                </Link>
                <p className="text-sm text-slate-500">
                  {company.industry} ·{" "}
                  {company.profileCompletedAt && format.dateTime(company.profileCompletedAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
              </div>
              {company.creditCodeChecksumUnverified && (
                <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800" data-testid="credit-code-unverified">
                  {t("creditCodeUnverified")}
                </span>
              )}
              {company.activationPending && (
                <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-800">{t("activationPending")}</span>
              )}
            </li>
          ))}
        </ul>
      </QueueShell>
    </>
  );
}
