import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type CompanyStatus, CompanyStatuses } from "@/lib/domain/machines/company";

/** The verification queue and one list per company status, as links (the current one marked). */
export async function CompanyStatusTabs({ current }: { current: CompanyStatus | undefined }) {
  const [t, tc, ts] = await Promise.all([getTranslations("review"), getTranslations("company"), getTranslations("companyStatus")]);
  const tabs = [
    { href: "/admin/companies", label: t("queueTitleCompanies"), active: current === undefined },
    ...CompanyStatuses.map((status) => ({
      href: `/admin/companies?status=${status}`,
      label: tc(`status.${status}`),
      active: current === status,
    })),
  ];
  return (
    <nav aria-label={ts("directory.tabs")} className="mb-4 flex flex-wrap gap-2 text-sm" data-testid="company-status-tabs">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          prefetch={false}
          aria-current={tab.active ? "page" : undefined}
          className={`rounded-full border px-3 py-1 ${tab.active ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300"}`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
