import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { InvestorRegistrationForm } from "./investor-registration-form";
import { investorRegistrationFormMessages } from "./investor-registration-form.messages";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("registerInvestorTitle") };
}

export default async function InvestorRegistrationPage() {
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={investorRegistrationFormMessages}>
      <div className="mx-auto max-w-md">
        <Card>
          <h1 className="mb-6 text-2xl font-semibold">{t("registerInvestorTitle")}</h1>
          <InvestorRegistrationForm />
          <p className="mt-6 text-sm text-slate-600">
            {t("haveAccount")} <Link href="/login">{t("loginTitle")}</Link>
          </p>
        </Card>
      </div>
    </ClientMessages>
  );
}
