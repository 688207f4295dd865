import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-4 text-2xl font-semibold">{t("errors.NOT_FOUND")}</h1>
        <Link href="/">{t("auth.goHome")}</Link>
      </Card>
    </div>
  );
}
