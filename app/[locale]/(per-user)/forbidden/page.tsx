import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

export default async function ForbiddenPage() {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-2 text-2xl font-semibold">{t("forbiddenTitle")}</h1>
        <p className="mb-4 text-slate-600">{t("forbiddenBody")}</p>
        <Link href="/">{t("goHome")}</Link>
      </Card>
    </div>
  );
}
