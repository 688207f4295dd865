import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { CompanyRecord } from "@/lib/server/decision-context/company-records";
import { Facts } from "./facts";

/**
 * Who the company is and where it stands: status, activation date, identity and contact facts, the
 * credit-code warning and the last verification return. `link` adds a link to its staff page.
 */
export async function CompanySummary({ record, link = false }: { record: CompanyRecord; link?: boolean }) {
  const [t, tc, tr, ts, format, locale] = await Promise.all([
    getTranslations("subject"),
    getTranslations("company"),
    getTranslations("review"),
    getTranslations("companyStatus.summary"),
    getFormatter(),
    getLocale(),
  ]);
  const { company } = record;
  const when = (date: Date | null, fallback = "–") => (date ? format.dateTime(date, { dateStyle: "medium" }) : fallback);
  return (
    <div className="space-y-3" data-testid="company-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold break-words">{t("companyHeading", { name: company.name })}</h3>
        {link && (
          <Link href={`/admin/companies/${company.id}`} className="text-sm" data-testid="company-link">
            {t("openCompany")}
          </Link>
        )}
      </div>
      <Facts
        items={[
          [tc("statusLabel"), tc(`status.${company.status}`), "summary-company-status"],
          [t("activatedAt"), when(company.activatedAt, t("notActivated")), "company-activated-at"],
          [ts("outstanding"), formatMoney(record.standing.outstandingFen, locale as MoneyLocale), "company-outstanding"],
          [ts("overdueInstalments"), String(record.standing.overdueInstalments), "company-overdue-instalments"],
          [tc("creditCode"), company.creditCode],
          [tc("legalRepresentative"), company.legalRepresentative],
          [tc("contactPhone"), company.contactPhone],
          [tc("industry"), company.industry],
          [tc("registeredCapital"), formatMoney(company.registeredCapitalFen, locale as MoneyLocale)],
          [tc("address"), company.address ?? "–"],
          [tr("email"), company.user.email],
          [t("registeredAt"), when(company.createdAt)],
          [tr("profileCompletedAt"), when(company.profileCompletedAt)],
        ]}
      />
      {company.creditCodeChecksumUnverified && (
        <p role="note" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="credit-code-unverified">
          <strong className="font-semibold">{tr("creditCodeUnverified")}</strong> · {tr("creditCodeUnverifiedNotice")}
        </p>
      )}
      {company.description && <p className="text-sm whitespace-pre-line break-words">{company.description}</p>}
      {company.verificationComment && (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900 break-words">
          {t("verificationComment")}: {company.verificationComment}
        </p>
      )}
    </div>
  );
}
