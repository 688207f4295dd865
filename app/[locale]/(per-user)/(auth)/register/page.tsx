import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("registerTitle") };
}

export default async function RegisterChoicePage() {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-2 text-2xl font-semibold">{t("registerTitle")}</h1>
      <p className="mb-6 text-slate-600">{t("registerChoose")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-lg font-semibold">
            <Link href="/register/investor">{t("registerInvestor")}</Link>
          </h2>
          <p className="text-slate-600">{t("investorCardBody")}</p>
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">
            <Link href="/register/company">{t("registerCompany")}</Link>
          </h2>
          <p className="text-slate-600">{t("companyCardBody")}</p>
        </Card>
      </div>
    </div>
  );
}
