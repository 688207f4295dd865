import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";

export default async function InvestorOverviewPage() {
  const user = await requirePageRole(["INVESTOR"], "/investor");
  const t = await getTranslations("investor");
  const profile = await (await getDb()).investorProfile.findUnique({ where: { userId: user.id } });
  return (
    <div>
      <PageHeader title={t("overviewTitle")} />
      <Card>
        <p className="mb-2 text-lg" data-testid="welcome">
          {t("welcome", { name: profile?.realName ?? user.name })}
        </p>
        {profile?.verifiedAt ? (
          <p className="text-green-700">{t("verifiedAs", { name: profile.realName, last4: profile.idNumberLast4 })}</p>
        ) : (
          <p>
            <span className="text-amber-700">{t("notVerified")}</span> · <Link href="/investor/verification">{t("verifyNow")}</Link>
          </p>
        )}
        <div className="mt-6 flex flex-wrap gap-4">
          <Link href="/investor/bank-cards">{t("bankCardsLink")}</Link>
          <Link href="/investor/withdraw">{t("withdrawLink")}</Link>
        </div>
      </Card>
    </div>
  );
}
