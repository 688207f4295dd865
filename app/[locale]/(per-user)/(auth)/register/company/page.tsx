import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { CompanyRegistrationForm } from "./company-registration-form";
import { companyRegistrationFormMessages } from "./company-registration-form.messages";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("registerCompanyTitle") };
}

export default async function CompanyRegistrationPage() {
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={companyRegistrationFormMessages}>
      <div className="mx-auto max-w-xl">
        <Card>
          <h1 className="mb-6 text-2xl font-semibold">{t("registerCompanyTitle")}</h1>
          <CompanyRegistrationForm />
          <p className="mt-6 text-sm text-slate-600">
            {t("haveAccount")} <Link href="/login">{t("loginTitle")}</Link>
          </p>
        </Card>
      </div>
    </ClientMessages>
  );
}
