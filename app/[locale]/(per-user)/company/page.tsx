import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { companyMayBorrow } from "@/lib/domain/machines/company";
import { awaitingVerification } from "@/lib/domain/permissions";
import { requirePageRole } from "@/lib/server/auth/session";
import { getOwnCompany } from "@/lib/server/companies/company-profile";
import { getDb } from "@/lib/server/db";

export default async function CompanyOverviewPage() {
  const user = await requirePageRole(["COMPANY"], "/company");
  const [t, tWallet] = await Promise.all([getTranslations("company"), getTranslations("wallet")]);
  const company = await getOwnCompany(await getDb(), user.id);
  return (
    <div className="space-y-6">
      <PageHeader title={t("overviewTitle")} />
      <Card>
        <h2 className="text-xl font-semibold">{company.name}</h2>
        <p className="mt-2">
          {t("statusLabel")}: <strong data-testid="company-status">{t(`status.${company.status}`)}</strong>
        </p>
        {company.status === "INVALID" && (
          <p className="mt-4 rounded-md bg-amber-50 p-3 text-amber-900">
            {awaitingVerification(company)
              ? t("awaitingVerification")
              : company.verificationComment
                ? t("verificationReturned", { comment: company.verificationComment })
                : t("inactiveNotice")}
          </p>
        )}
        {company.status !== "INVALID" && !companyMayBorrow(company.status) && (
          <p className="mt-4 rounded-md bg-amber-50 p-3 text-amber-900">{t("cannotBorrowNotice")}</p>
        )}
        <div className="mt-6 flex flex-wrap gap-4">
          <Link href="/company/profile">{t("profileLink")}</Link>
          <Link href="/company/loans">{t("loansLink")}</Link>
          <Link href="/company/wallet">{tWallet("company.title")}</Link>
          <Link href="/company/deposit">{t("depositLink")}</Link>
          <Link href="/company/bank-cards">{t("bankCardsLink")}</Link>
          <Link href="/company/withdraw">{t("withdrawLink")}</Link>
        </div>
      </Card>
    </div>
  );
}
