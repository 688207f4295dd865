import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { CompanyRecord } from "@/lib/server/decision-context/company-records";

/** The company's loan projects with their statuses, newest first, each linking to its review page. */
export async function CompanyLoanRecord({ record }: { record: Pick<CompanyRecord, "projects" | "projectCount"> }) {
  const [t, tLoans, locale] = await Promise.all([getTranslations("subject"), getTranslations("loans"), getLocale()]);
  const { projects, projectCount } = record;
  return (
    <div data-testid="loan-record">
      <h3 className="mb-2 font-medium">{t("loanRecord", { count: projectCount })}</h3>
      {projects.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noLoans")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {projects.map((project) => (
            <li key={project.id} className="break-words">
              <Link href={`/admin/reviews/${project.id}`}>{project.title}</Link> ·{" "}
              <span className="whitespace-nowrap">{formatMoney(project.amountFen, locale as MoneyLocale)}</span> ·{" "}
              <strong className="font-medium">{tLoans(`status.${project.status}`)}</strong>
            </li>
          ))}
        </ul>
      )}
      {projectCount > projects.length && (
        <p className="mt-1 text-xs text-slate-500">{t("moreLoans", { shown: projects.length, count: projectCount })}</p>
      )}
    </div>
  );
}
