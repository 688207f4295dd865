import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";

export default async function CompanyOverviewPage() {
  const user = await requirePageRole(["COMPANY"], "/company");
  const t = await getTranslations("company");
  const company = await (await getDb()).company.findUniqueOrThrow({ where: { userId: user.id } });
  return (
    <div className="space-y-6">
      <PageHeader title={t("overviewTitle")} />
      <Card>
        <h2 className="text-xl font-semibold">{company.name}</h2>
        <p className="mt-2">
          {t("statusLabel")}: <strong data-testid="company-status">{t(`status.${company.status}`)}</strong>
        </p>
        {company.status === "INVALID" && <p className="mt-4 rounded-md bg-amber-50 p-3 text-amber-900">{t("inactiveNotice")}</p>}
      </Card>
    </div>
  );
}
