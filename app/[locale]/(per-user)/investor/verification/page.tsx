import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { VerificationForm } from "./verification-form";
import { verificationFormMessages } from "./verification-form.messages";

export default async function InvestorVerificationPage() {
  const user = await requirePageRole(["INVESTOR"], "/investor/verification");
  const t = await getTranslations("investor");
  const profile = await (await getDb()).investorProfile.findUnique({ where: { userId: user.id } });
  return (
    <ClientMessages namespaces={verificationFormMessages}>
      <div className="mx-auto max-w-xl">
        <PageHeader title={t("verificationTitle")} />
        <Card>
          {profile?.verifiedAt ? (
            <p data-testid="verified">{t("verifiedAs", { name: profile.realName, last4: profile.idNumberLast4 })}</p>
          ) : (
            <>
              <p className="mb-6 text-slate-600">{t("verificationIntro")}</p>
              <VerificationForm />
            </>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
